/// What the policy does with a class of action or finding.
public enum Verdict: String, Sendable, Codable, CaseIterable, Comparable {
    case allow, warn, block

    private var rank: Int {
        switch self {
        case .allow: 0
        case .warn: 1
        case .block: 2
        }
    }

    public static func < (left: Verdict, right: Verdict) -> Bool { left.rank < right.rank }
}

/// The classes the classifier can give an action.
public enum ActionClass: String, Sendable, Codable, CaseIterable {
    case massDeletion = "mass-deletion"
    case secret = "secret"
    case credentialCopy = "credential-copy"
    case guardTamper = "guard-tamper"
    case discardUncommitted = "discard-uncommitted"
}
