/// Classifies the watcher's actions, keeping the session's running total of lost pre-existing files
/// so that a deletion spread over many small actions is caught when the total crosses the
/// threshold. Pure: facts in, classes and a verdict out.
public struct ActionClassifier: Sendable {
    public let threshold: MassDeletionThreshold
    public let verdicts: Verdicts
    /// Work files when the session started: the base of the fraction threshold.
    public let preexistingFileCount: Int
    private var lostInSession = Set<RepositoryPath>()

    public init(threshold: MassDeletionThreshold, verdicts: Verdicts, preexistingFileCount: Int) {
        self.threshold = threshold
        self.verdicts = verdicts
        self.preexistingFileCount = preexistingFileCount
    }

    /// Pre-existing files the session deleted or emptied and that are not back (see `restored`).
    public var sessionLosses: Int { lostInSession.count }

    public mutating func classify(_ facts: ActionFacts) -> Classification {
        var findings: [ClassFinding] = []
        let lost = Set(facts.lostPreexistingFiles)
        lostInSession.formUnion(lost)
        let noun = "pre-existing work files"
        func found(_ actionClass: ActionClass, _ evidence: String, _ paths: [RepositoryPath]) {
            findings.append(ClassFinding(actionClass, verdicts[actionClass], evidence: evidence, paths: paths))
        }
        if threshold.isMassDeletion(deleted: lost.count, outOf: preexistingFileCount) {
            found(.massDeletion, threshold.evidence(deleted: lost.count, outOf: preexistingFileCount, noun: noun), facts.lostPreexistingFiles)
        } else if !lost.isEmpty, threshold.isMassDeletion(deleted: lostInSession.count, outOf: preexistingFileCount) {
            let evidence = threshold.evidence(deleted: lostInSession.count, outOf: preexistingFileCount, noun: noun)
            found(.massDeletion, "this session " + evidence, lostInSession.sorted())
        }
        for secret in facts.secrets {
            found(.secret, "writes a credential (\(secret.ruleID)) into \(secret.path):\(secret.line): \(secret.excerpt)", [RepositoryPath(secret.path)])
        }
        for (source, path) in facts.credentialCopies {
            found(.credentialCopy, "copies a value of \(source) into \(path)", [path])
        }
        if !facts.tamperedGuards.isEmpty {
            found(.guardTamper, "changes Backstop's guards: \(facts.tamperedGuards.map(\.description).joined(separator: ", "))", facts.tamperedGuards)
        }
        if !facts.discardedUncommittedFiles.isEmpty {
            let discarded = facts.discardedUncommittedFiles
            found(.discardUncommitted, "overwrites or deletes uncommitted work in \(discarded.count) files", discarded)
        }
        return Classification(findings: findings)
    }

    /// Files that are back (a rollback restored them, or the session wrote them again) no longer
    /// count toward the session's total.
    public mutating func restored(_ paths: [RepositoryPath]) {
        lostInSession.subtract(paths)
    }
}
