@testable import BackstopCore
import Testing

/// The pre-commit rules as a table: a staged change's facts in, classes and a verdict out. No
/// repository, no git.
@Suite struct CommitClassifierTests {
    static let classifier = CommitClassifier(threshold: MassDeletionThreshold(files: 20, fraction: 0.25, fractionMinimumFiles: 5),
                                             verdicts: Verdicts([.secret: .block, .massDeletion: .block]))

    static func file(_ path: String, _ status: PatchFile.Status, content: String? = nil) -> PatchFile {
        PatchFile(commit: nil, path: path, status: status, isBinary: false, addedBytes: [], addedLineNumbers: [], contentID: content ?? path)
    }

    static func deleted(_ count: Int, prefix: String = "src/f") -> [PatchFile] {
        (0..<count).map { file("\(prefix)\($0).c", .deleted) }
    }

    static let secret = Finding(ruleID: "github-pat", description: "GitHub token", path: "app/settings.py", line: 2, column: 5, commit: nil,
                                redacted: "ghp_…", excerpt: "TOKEN = ghp_…", fingerprint: "github-pat:0123456789abcdef0123")

    struct Row: CustomStringConvertible, Sendable {
        let description: String
        let facts: CommitFacts
        let classes: [ActionClass]
        let evidence: String?
    }

    static func facts(_ files: [PatchFile], indexed: Int, secrets: [Finding] = [], confirmed: Set<String>? = nil,
                      allowed: Set<String> = []) -> CommitFacts {
        var facts = CommitFacts(files: files, indexedFiles: indexed)
        facts.secrets = secrets
        facts.confirmedDeletions = confirmed
        facts.allowedDeletions = allowed
        return facts
    }

    static func paths(_ count: Int, prefix: String = "src/f") -> Set<String> { Set((0..<count).map { "\(prefix)\($0).c" }) }

    static let rows: [Row] = [
        Row(description: "an edit", facts: facts([file("a.c", .modified)], indexed: 30), classes: [], evidence: nil),
        Row(description: "a line with a secret", facts: facts([file("app/settings.py", .modified)], indexed: 30, secrets: [secret]),
            classes: [.secret], evidence: "the staged change adds a secret"),
        Row(description: "two secrets", facts: facts([file("app/settings.py", .modified)], indexed: 30, secrets: [secret, secret]),
            classes: [.secret], evidence: "the staged change adds 2 secrets"),
        Row(description: "three deletions of 30", facts: facts(deleted(3), indexed: 27), classes: [], evidence: nil),
        Row(description: "28 deletions of 28", facts: facts(deleted(28), indexed: 0), classes: [.massDeletion],
            evidence: "deletes 28 of 28 tracked files (threshold: 20 files, or 25% when that is at least 5)"),
        Row(description: "6 of 12: the fraction", facts: facts(deleted(6), indexed: 6), classes: [.massDeletion],
            evidence: "deletes 6 of 12 tracked files (threshold: 20 files, or 25% when that is at least 5)"),
        Row(description: "4 of 12: under the fraction's minimum", facts: facts(deleted(4), indexed: 8), classes: [], evidence: nil),
        Row(description: "25 files moved with git mv: same content arrives",
            facts: facts(deleted(25) + (0..<25).map { file("lib/f\($0).c", .added, content: "src/f\($0).c") }, indexed: 30),
            classes: [], evidence: nil),
        Row(description: "25 deletions git pairs with edited additions", facts: facts(deleted(25), indexed: 30, confirmed: []), classes: [], evidence: nil),
        Row(description: "25 deletions of which git confirms 22", facts: facts(deleted(25), indexed: 5, confirmed: Set((0..<22).map { "src/f\($0).c" })),
            classes: [.massDeletion], evidence: "deletes 22 of 30 tracked files (threshold: 20 files, or 25% when that is at least 5)"),
        Row(description: "28 deletions of 28, all allowed by a person", facts: facts(deleted(28), indexed: 0, allowed: paths(28)),
            classes: [], evidence: nil),
        Row(description: "3000 of 3131 allowed: neither the count nor the fraction counts them", facts: facts(deleted(3000), indexed: 131, allowed: paths(3000)),
            classes: [], evidence: nil),
        Row(description: "40 deletions, 20 allowed: the other 20 still cross the threshold",
            facts: facts(deleted(40), indexed: 60, allowed: paths(20)), classes: [.massDeletion],
            evidence: "deletes 20 of 100 tracked files (threshold: 20 files, or 25% when that is at least 5)"),
        Row(description: "an allowance for other paths allows nothing", facts: facts(deleted(28), indexed: 0, allowed: paths(28, prefix: "lib/f")),
            classes: [.massDeletion], evidence: "deletes 28 of 28 tracked files (threshold: 20 files, or 25% when that is at least 5)"),
        Row(description: "a secret and a mass deletion, in that order",
            facts: facts(deleted(20) + [file("app/settings.py", .added)], indexed: 11, secrets: [secret]),
            classes: [.secret, .massDeletion], evidence: nil),
    ]

    @Test(arguments: rows) func eachSituation(_ row: Row) {
        let classification = Self.classifier.classify(row.facts)
        #expect(classification.findings.map(\.actionClass) == row.classes)
        #expect(classification.verdict == (row.classes.isEmpty ? .allow : .block))
        if let evidence = row.evidence { #expect(classification.findings.first?.evidence == evidence) }
    }

    @Test func gitConfirmsOnlyADeletionThatCrossesTheThresholdOnItsExactCount() {
        #expect(Self.classifier.deletionsToConfirm(Self.facts(Self.deleted(19), indexed: 200)).isEmpty)
        #expect(Self.classifier.deletionsToConfirm(Self.facts(Self.deleted(20), indexed: 200)).count == 20)
        let moved = Self.deleted(20) + (0..<20).map { Self.file("lib/f\($0).c", .added, content: "src/f\($0).c") }
        #expect(Self.classifier.deletionsToConfirm(Self.facts(moved, indexed: 200)).isEmpty, "a git mv loses nothing")
    }

    @Test func aWarningPolicyWarnsAndAnAllowingOneIsSilent() {
        let facts = Self.facts(Self.deleted(30), indexed: 0, secrets: [Self.secret])
        let warning = CommitClassifier(threshold: Self.classifier.threshold, verdicts: Verdicts([.secret: .warn, .massDeletion: .allow])).classify(facts)
        #expect(warning.verdict == .warn)
        #expect(warning.reported.map(\.actionClass) == [.secret])
    }
}
