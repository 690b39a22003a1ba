/// A failure of the application that is neither usage nor configuration (exit 3): what went
/// wrong, and what a person can do about it.
public struct GuardError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public let hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    public var description: String { hint.map { "\(message)\n  \($0)" } ?? message }
}
