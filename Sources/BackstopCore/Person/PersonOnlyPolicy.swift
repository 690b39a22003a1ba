/// Which commands need a person at a terminal: all of `PersonOnlyCommand`, less those the user
/// file's `personOnly` relaxes for people who script them. Pure: the command line asks; whether
/// a person is there is the system's to find out.
public struct PersonOnlyPolicy: Sendable, Equatable {
    /// Commands that run without a person.
    public let relaxed: Set<PersonOnlyCommand>

    public init(relaxed: Set<PersonOnlyCommand> = []) {
        self.relaxed = relaxed
    }

    /// Classes whose blocked state, put back by `undo`, leaks or loosens something: a secret, a
    /// copied credential, a tampered guard. Files a mass deletion took are only put back where
    /// snapshots keep them anyway, so undoing that rollback stays free.
    public static let undoNeedsPersonAfter: Set<ActionClass> = [.secret, .credentialCopy, .guardTamper]

    public func needsPerson(_ command: PersonOnlyCommand) -> Bool { !relaxed.contains(command) }

    /// Whether `undo` needs a person, given the blocked classes of the state it would put back;
    /// nil when they are not known (a record from before they were kept, a rollback finished after
    /// a restart), which counts as the worst.
    public func undoNeedsPerson(puttingBack classes: [ActionClass]?) -> Bool {
        guard needsPerson(.undo) else { return false }
        guard let classes else { return true }
        return classes.contains(where: Self.undoNeedsPersonAfter.contains)
    }

    /// The policy a `personOnly` value sets: an object of command names to true (a person only,
    /// the default) or false (relaxed). Nil value: nothing relaxed. Call `problem(with:)` first.
    public init(value: JSONValue?) {
        var relaxed = Set<PersonOnlyCommand>()
        if case .object(let entries) = value {
            for (name, setting) in entries where setting == .bool(false) {
                if let command = PersonOnlyCommand(rawValue: name) { relaxed.insert(command) }
            }
        }
        self.init(relaxed: relaxed)
    }

    /// What is wrong with a `personOnly` value, nil when it is acceptable.
    public static func problem(with value: JSONValue) -> String? {
        let names = PersonOnlyCommand.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        guard case .object(let entries) = value else { return "must be an object of command names (\(names)) to true or false" }
        for (name, setting) in entries.sorted(by: { $0.key < $1.key }) {
            guard PersonOnlyCommand(rawValue: name) != nil else { return "'\(name)' is not one of \(names)" }
            guard case .bool = setting else { return "'\(name)' must be true or false" }
        }
        return nil
    }
}
