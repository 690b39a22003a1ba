/// What the watcher's adapters found out about one action, path by path: the facts the classifier
/// needs that only the file system and the snapshots can tell.
public struct ActionFacts: Sendable, Equatable {
    /// Work files that were there when the watch started (or at the user's last snapshot) and that
    /// the action deleted or emptied; a deleted folder is expanded to the work files it held.
    public var lostPreexistingFiles: [RepositoryPath] = []
    /// Work files whose uncommitted content (a modified tracked file, an untracked file) the action
    /// overwrote or deleted, and whose content now is not that of HEAD.
    public var discardedUncommittedFiles: [RepositoryPath] = []
    /// Backstop's own guards that changed: hooks, `core.hooksPath`, its configuration.
    public var tamperedGuards: [RepositoryPath] = []
    /// Credentials the action wrote into work files that did not hold them (redacted findings).
    public var secrets: [Finding] = []
    /// Values of an ignored secret file (`.env`) written into a work file.
    public var credentialCopies: [(source: RepositoryPath, path: RepositoryPath)] = []

    public init() {}

    public static func == (left: ActionFacts, right: ActionFacts) -> Bool {
        left.lostPreexistingFiles == right.lostPreexistingFiles && left.discardedUncommittedFiles == right.discardedUncommittedFiles
            && left.tamperedGuards == right.tamperedGuards && left.secrets == right.secrets
            && left.credentialCopies.map(\.path) == right.credentialCopies.map(\.path) && left.credentialCopies.map(\.source) == right.credentialCopies.map(\.source)
    }
}

/// One class the classifier gave an action, with evidence a person can check.
public struct ClassFinding: Sendable, Equatable {
    public let actionClass: ActionClass
    public let evidence: String
    public let paths: [RepositoryPath]
}

/// The classifier's answer for one action.
public struct Classification: Sendable, Equatable {
    public let findings: [ClassFinding]
    /// The strictest verdict of the findings' classes; `allow` when there are none.
    public let verdict: Verdict

    public init(findings: [ClassFinding], verdict: Verdict) {
        self.findings = findings
        self.verdict = verdict
    }
}

/// Classifies actions, keeping the session's running total of lost pre-existing files so that a
/// deletion spread over many small actions is caught when the total crosses the threshold. Pure:
/// facts in, classes and a verdict out.
public struct ActionClassifier: Sendable {
    public let threshold: MassDeletionThreshold
    public let verdicts: [ActionClass: Verdict]
    /// Work files when the session started: the base of the fraction threshold.
    public let preexistingFileCount: Int
    private var lostInSession = Set<RepositoryPath>()

    public init(threshold: MassDeletionThreshold, verdicts: [ActionClass: Verdict], preexistingFileCount: Int) {
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
        if threshold.isMassDeletion(deleted: lost.count, outOf: preexistingFileCount) {
            findings.append(ClassFinding(actionClass: .massDeletion, evidence: threshold.evidence(deleted: lost.count, outOf: preexistingFileCount, noun: noun),
                                         paths: facts.lostPreexistingFiles))
        } else if !lost.isEmpty, threshold.isMassDeletion(deleted: lostInSession.count, outOf: preexistingFileCount) {
            findings.append(ClassFinding(actionClass: .massDeletion,
                                         evidence: "this session " + threshold.evidence(deleted: lostInSession.count, outOf: preexistingFileCount, noun: noun),
                                         paths: lostInSession.sorted()))
        }
        for secret in facts.secrets {
            findings.append(ClassFinding(actionClass: .secret, evidence: "writes a credential (\(secret.ruleID)) into \(secret.path):\(secret.line): \(secret.excerpt)",
                                         paths: [RepositoryPath(secret.path)]))
        }
        for (source, path) in facts.credentialCopies {
            findings.append(ClassFinding(actionClass: .credentialCopy, evidence: "copies a value of \(source) into \(path)", paths: [path]))
        }
        if !facts.tamperedGuards.isEmpty {
            findings.append(ClassFinding(actionClass: .guardTamper, evidence: "changes Backstop's guards: \(facts.tamperedGuards.map(\.description).joined(separator: ", "))",
                                         paths: facts.tamperedGuards))
        }
        if !facts.discardedUncommittedFiles.isEmpty {
            findings.append(ClassFinding(actionClass: .discardUncommitted,
                                         evidence: "overwrites or deletes uncommitted work in \(facts.discardedUncommittedFiles.count) files",
                                         paths: facts.discardedUncommittedFiles))
        }
        let verdict = findings.map { verdicts[$0.actionClass] ?? .block }.max() ?? .allow
        return Classification(findings: findings, verdict: verdict)
    }

    /// Files that are back (a rollback restored them, or the session wrote them again) no longer
    /// count toward the session's total.
    public mutating func restored(_ paths: [RepositoryPath]) {
        lostInSession.subtract(paths)
    }
}
