/// A command line that cannot be run as written; always names the flag or argument (exit 2).
struct UsageError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
