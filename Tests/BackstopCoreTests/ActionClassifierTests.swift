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
        let result = classifier.classify(lost(count), at: 0)
        #expect(result.verdict == verdict)
        if verdict == .block {
            #expect(result.findings.first?.evidence.contains("deletes \(count) of \(existing) pre-existing work files") == true)
        }
    }

    @Test func slowDeletionsAddUpOverTheSession() {
        var classifier = classifier()
        for round in 0..<6 { #expect(classifier.classify(lost(3, prefix: "slow\(round)/f"), at: 0).verdict == .allow) }
        let seventh = classifier.classify(lost(3, prefix: "slow6/f"), at: 0)
        #expect(seventh.verdict == .block)
        #expect(seventh.findings.first?.evidence.hasPrefix("this session deletes 21 of 230") == true)
        classifier.restored(seventh.findings.first?.paths ?? [])
        #expect(classifier.sessionLosses == 0)
    }

    /// After a blocked mass deletion, each further deletion of pre-existing work is blocked at once,
    /// until the alert passes without one or a person releases it.
    @Test func aBlockedCampaignStaysBlocked() {
        var classifier = classifier()
        let block = classifier.classify(lost(20, prefix: "first/f"), at: 1_000)
        #expect(block.verdict == .block)
        classifier.restored(block.findings.first?.paths ?? [])
        let next = classifier.classify(lost(1, prefix: "one/f"), at: 60_000)
        #expect(next.verdict == .block && next.findings.first?.evidence.contains("on alert") == true)
        classifier.restored(next.findings.first?.paths ?? [])
        // Each block extends the alert; a deletion after a quiet spell is judged as usual again.
        let quiet = 60_000 + ActionClassifier.alertMilliseconds
        #expect(classifier.classify(lost(1, prefix: "two/f"), at: quiet - 1).verdict == .block)
        #expect(classifier.classify(lost(1, prefix: "three/f"), at: quiet - 1 + ActionClassifier.alertMilliseconds).verdict == .allow)
        let four = classifier.classify(lost(20, prefix: "four/f"), at: 10_000_000)
        #expect(four.verdict == .block)
        classifier.restored(four.findings.first?.paths ?? [])
        classifier.release()
        #expect(classifier.classify(lost(1, prefix: "five/f"), at: 10_000_001).verdict == .allow)
    }

    @Test func eachClassHasItsVerdictAndTheStrictestWins() {
        var classifier = classifier()
        var facts = ActionFacts()
        facts.discardedUncommittedFiles = [RepositoryPath("notes.txt")]
        #expect(classifier.classify(facts, at: 0).verdict == .warn)
        facts.tamperedGuards = [RepositoryPath(".git/hooks/pre-commit")]
        let both = classifier.classify(facts, at: 0)
        #expect(both.verdict == .block)
        #expect(both.findings.map(\.actionClass) == [.guardTamper, .discardUncommitted])
        var secret = ActionFacts()
        secret.secrets = [Finding(ruleID: "github-token", description: "GitHub token", path: "config.py", line: 3, column: 9, commit: nil,
                                  redacted: "ghp_ab****", excerpt: "TOKEN = 'ghp_ab****'", fingerprint: "github-token:0")]
        secret.credentialCopies = [(source: RepositoryPath(".env"), path: RepositoryPath("settings.py"))]
        let result = classifier.classify(secret, at: 0)
        #expect(result.findings.map(\.actionClass) == [.secret, .credentialCopy])
        #expect(result.findings.first?.evidence == "writes a credential (github-token) into config.py:3: TOKEN = 'ghp_ab****'")
    }
}
