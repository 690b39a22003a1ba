/// The exit statuses every command shares, as the README lists them.
public enum ExitStatus: Int32, Sendable {
    /// Clean, allowed, or done.
    case clean = 0
    /// Blocked, or findings.
    case blocked = 1
    /// A usage or configuration error; the message names the flag or the key.
    case usage = 2
    /// Any other failure (I/O, git); the message says what to do.
    case failure = 3
}
