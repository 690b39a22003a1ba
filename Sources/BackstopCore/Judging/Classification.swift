/// One class a judgement gave, with the verdict the policy has for it and evidence a person can
/// check.
public struct ClassFinding: Sendable, Equatable {
    public let actionClass: ActionClass
    public let verdict: Verdict
    public let evidence: String
    public let paths: [RepositoryPath]

    public init(_ actionClass: ActionClass, _ verdict: Verdict, evidence: String, paths: [RepositoryPath] = []) {
        self.actionClass = actionClass
        self.verdict = verdict
        self.evidence = evidence
        self.paths = paths
    }
}

/// A classifier's answer: the classes found, and the strictest of their verdicts (`allow` when
/// there are none).
public struct Classification: Sendable, Equatable {
    public let findings: [ClassFinding]

    public init(findings: [ClassFinding]) {
        self.findings = findings
    }

    public var verdict: Verdict { findings.map(\.verdict).max() ?? .allow }

    /// The findings a person is told about: those not allowed.
    public var reported: [ClassFinding] { findings.filter { $0.verdict != .allow } }
}
