/// Judges a commit about to be made: a secret in the lines it adds, or a mass deletion of tracked
/// files. Pure: facts in, classes and a verdict out.
///
/// | the staged change                                        | class           |
/// | -------------------------------------------------------- | --------------- |
/// | adds a line a secret rule matches                        | `secret`        |
/// | adds a file whose name, or has a message that, holds one | `secret`        |
/// | adds a value of an ignored secret file (`.env`)          | `credential-copy` |
/// | deletes tracked files past the threshold, content lost   | `mass-deletion` |
/// | moves files (`git mv`, or a move with edits git pairs)   | nothing         |
/// | stops tracking files git now ignores, left on disk       | nothing         |
/// | deletes files a person allowed (`allow --deletion`)      | nothing         |
public struct CommitClassifier: Sendable {
    public let threshold: MassDeletionThreshold
    public let verdicts: Verdicts

    public init(threshold: MassDeletionThreshold, verdicts: Verdicts) {
        self.threshold = threshold
        self.verdicts = verdicts
    }

    /// The deleted paths git should confirm (`CommitFacts.confirmedDeletions`): those of a deletion
    /// whose exact count crosses the threshold; none otherwise, which spares git the reading.
    public func deletionsToConfirm(_ facts: CommitFacts) -> [String] {
        let lost = facts.deletionsToJudge
        return threshold.isMassDeletion(deleted: lost.count, outOf: facts.trackedBefore) ? lost.map(\.path) : []
    }

    public func classify(_ facts: CommitFacts) -> Classification {
        var findings: [ClassFinding] = []
        if !facts.secrets.isEmpty {
            findings.append(ClassFinding(.secret, verdicts[.secret], evidence: "the staged change adds \(facts.secrets.counted("secret"))",
                                         paths: facts.secrets.map { RepositoryPath($0.holder) }))
        }
        if !facts.credentialCopies.isEmpty {
            let sources = CredentialValues.sources(of: facts.credentialCopies)
            findings.append(ClassFinding(.credentialCopy, verdicts[.credentialCopy],
                                         evidence: "the staged change adds \(facts.credentialCopies.counted("value", qualifier: " of \(sources)"))",
                                         paths: facts.credentialCopies.map { RepositoryPath($0.holder) }))
        }
        var lost = facts.deletionsToJudge
        if let confirmed = facts.confirmedDeletions { lost = lost.filter { confirmed.contains($0.path) } }
        let before = facts.trackedBefore
        if threshold.isMassDeletion(deleted: lost.count, outOf: before) {
            let evidence = threshold.evidence(deleted: lost.count, outOf: before, noun: "tracked files")
            findings.append(ClassFinding(.massDeletion, verdicts[.massDeletion], evidence: evidence, paths: lost.map { RepositoryPath($0.path) }))
        }
        return Classification(findings: findings)
    }
}
