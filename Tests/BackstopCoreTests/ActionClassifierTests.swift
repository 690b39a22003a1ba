@testable import BackstopCore
import Testing

/// Classification tables: facts in, classes, evidence and a verdict out.
@Suite struct ActionClassifierTests {
    static let verdicts = Verdicts([.massDeletion: .block, .secret: .block, .credentialCopy: .block, .guardTamper: .block, .discardUncommitted: .warn])

    private func classifier(files: Int = 230) -> ActionClassifier {
        ActionClassifier(threshold: MassDeletionThreshold(files: 20, fraction: 0.25, fractionMinimumFiles: 5), verdicts: Self.verdicts,
                         preexistingFileCount: files)
    }

    private func lost(_ count: Int, prefix: String = "src/f") -> ActionFacts {
        var facts = ActionFacts()
        facts.lostPreexistingFiles = (0..<count).map { RepositoryPath("\(prefix)\($0).c") }
        return facts
    }

    @Test(arguments: [(0, 230, Verdict.allow), (3, 230, .allow), (19, 230, .allow), (20, 230, .block), (214, 230, .block), (5, 12, .block), (4, 12, .allow)])
    func massDeletionCountsFilesOrAFraction(_ count: Int, _ existing: Int, _ verdict: Verdict) {
        var classifier = classifier(files: existing)
        let result = classifier.classify(lost(count))
        #expect(result.verdict == verdict)
        if verdict == .block {
            #expect(result.findings.first?.evidence.contains("deletes \(count) of \(existing) pre-existing work files") == true)
        }
    }

    @Test func slowDeletionsAddUpOverTheSession() {
        var classifier = classifier()
        for round in 0..<6 { #expect(classifier.classify(lost(3, prefix: "slow\(round)/f")).verdict == .allow) }
        let seventh = classifier.classify(lost(3, prefix: "slow6/f"))
        #expect(seventh.verdict == .block)
        #expect(seventh.findings.first?.evidence.hasPrefix("this session deletes 21 of 230") == true)
        classifier.restored(seventh.findings.first?.paths ?? [])
        #expect(classifier.sessionLosses == 0)
    }

    @Test func eachClassHasItsVerdictAndTheStrictestWins() {
        var classifier = classifier()
        var facts = ActionFacts()
        facts.discardedUncommittedFiles = [RepositoryPath("notes.txt")]
        #expect(classifier.classify(facts).verdict == .warn)
        facts.tamperedGuards = [RepositoryPath(".git/hooks/pre-commit")]
        let both = classifier.classify(facts)
        #expect(both.verdict == .block)
        #expect(both.findings.map(\.actionClass) == [.guardTamper, .discardUncommitted])
        var secret = ActionFacts()
        secret.secrets = [Finding(ruleID: "github-token", description: "GitHub token", path: "config.py", line: 3, column: 9, commit: nil,
                                  redacted: "ghp_ab****", excerpt: "TOKEN = 'ghp_ab****'", fingerprint: "github-token:0")]
        secret.credentialCopies = [(source: RepositoryPath(".env"), path: RepositoryPath("settings.py"))]
        let result = classifier.classify(secret)
        #expect(result.findings.map(\.actionClass) == [.secret, .credentialCopy])
        #expect(result.findings.first?.evidence == "writes a credential (github-token) into config.py:3: TOKEN = 'ghp_ab****'")
    }
}
