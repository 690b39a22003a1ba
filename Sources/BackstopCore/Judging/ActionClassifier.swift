/// Classifies the watcher's actions, keeping the session's running total of lost pre-existing files
/// so that a deletion spread over many small actions is caught when the total crosses the
/// threshold. Pure: facts and the time in, classes and a verdict out.
///
/// After a mass deletion is blocked the session is on alert: every further deletion of
/// pre-existing work is a mass deletion too, however small, until `alertMilliseconds` pass without
/// one or a person releases it (`backstop undo`). An agent stopped once goes on one file at a time;
/// without the alert it could delete threshold-minus-one files more before the next block.
public struct ActionClassifier: Sendable {
    /// Ten minutes: longer than an agent's retry loop, short enough that a person who deletes a
    /// file by hand an hour later is not rolled back.
    public static let alertMilliseconds: Int64 = 10 * 60 * 1000
    public private(set) var threshold: MassDeletionThreshold
    public private(set) var verdicts: Verdicts
    /// Work files when the session started: the base of the fraction threshold.
    public let preexistingFileCount: Int
    private var lostInSession = Set<RepositoryPath>()
    /// Until when (monotonic milliseconds) the session is on alert after a blocked mass deletion.
    public private(set) var alertUntil: Int64?

    public init(threshold: MassDeletionThreshold, verdicts: Verdicts, preexistingFileCount: Int) {
        self.threshold = threshold
        self.verdicts = verdicts
        self.preexistingFileCount = preexistingFileCount
    }

    /// Pre-existing files the session deleted or emptied and that are not back (see `restored`).
    public var sessionLosses: Int { lostInSession.count }

    /// `now`: monotonic milliseconds, for the alert after a blocked mass deletion.
    public mutating func classify(_ facts: ActionFacts, at now: Int64) -> Classification {
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
        } else if !lost.isEmpty, let alertUntil, now < alertUntil {
            found(.massDeletion, "deletes \(lost.count) \(noun) while the session is on alert after a blocked mass deletion (each deletion is rolled back "
                + "until \(Self.alertMilliseconds / 60_000) minutes pass without one, or a person runs `backstop undo`)", facts.lostPreexistingFiles)
        }
        if findings.contains(where: { $0.actionClass == .massDeletion && $0.verdict == .block }) { alertUntil = now + Self.alertMilliseconds }
        for secret in facts.secrets {
            found(.secret, "writes a credential (\(secret.ruleID)) into \(PathQuoting.quoted(secret.path)):\(secret.line): \(secret.excerpt)", [RepositoryPath(secret.path)])
        }
        for (source, path) in facts.credentialCopies {
            found(.credentialCopy, "copies a value of \(source.quoted) into \(path.quoted)", [path])
        }
        for secret in facts.selfAllowedSecrets {
            found(.guardTamper, "writes a credential (\(secret.ruleID)) into \(PathQuoting.quoted(secret.path)):\(secret.line) with an allowance marker on the same line: "
                + "an allowance written with the secret it excuses does not count: \(secret.excerpt)", [RepositoryPath(secret.path)])
        }
        if !facts.tamperedGuards.isEmpty {
            found(.guardTamper, "changes Backstop's guards: \(facts.tamperedGuards.map(\.quoted).joined(separator: ", "))", facts.tamperedGuards)
        }
        if !facts.discardedUncommittedFiles.isEmpty {
            let discarded = facts.discardedUncommittedFiles
            found(.discardUncommitted, "overwrites or deletes uncommitted work in \(discarded.count) files", discarded)
        }
        return Classification(findings: findings)
    }

    /// The configuration changed while the watch runs: the session's total and alert stay.
    public mutating func reconfigure(threshold: MassDeletionThreshold, verdicts: Verdicts) {
        self.threshold = threshold
        self.verdicts = verdicts
    }

    /// A person put files back or undid a rollback: the alert ends.
    public mutating func release() {
        alertUntil = nil
    }

    /// Files that are back (a rollback restored them, or the session wrote them again) no longer
    /// count toward the session's total.
    public mutating func restored(_ paths: [RepositoryPath]) {
        lostInSession.subtract(paths)
    }
}
