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

/// The verdict of each class, as the policy sets it; a class the policy does not name is blocked.
public struct Verdicts: Sendable, Equatable {
    private let byClass: [ActionClass: Verdict]

    public init(_ byClass: [ActionClass: Verdict]) {
        self.byClass = byClass
    }

    public subscript(actionClass: ActionClass) -> Verdict { byClass[actionClass] ?? .block }
}
