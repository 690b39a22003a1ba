/// A command line that cannot be run as written; always names the flag or argument (exit 2).
struct UsageError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// A failure that is neither usage nor configuration (exit 3), with what a person can do.
struct CommandFailure: Error, CustomStringConvertible {
    let message: String
    let hint: String?

    init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    var description: String { hint.map { "\(message)\n  \($0)" } ?? message }
}
