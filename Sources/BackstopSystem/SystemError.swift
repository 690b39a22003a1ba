import Glibc

/// A failed system call: which call, on which path, the errno, and what a person can do about it.
public struct SystemError: Error, Sendable, CustomStringConvertible {
    public let call: String
    public let errno: Int32
    public let path: String?
    public let hint: String?

    public init(call: String, errno: Int32, path: String? = nil, hint: String? = nil) {
        self.call = call
        self.errno = errno
        self.path = path
        self.hint = hint
    }

    /// The system's text for the errno, as `strerror` gives it.
    public var reason: String { Self.text(errno) }

    public var description: String {
        var text = path.map { "\($0): \(call) failed: \(reason)" } ?? "\(call) failed: \(reason)"
        if let hint { text += " (\(hint))" }
        return text
    }

    /// The disk (or the user's quota) was full: retrying helps once space is freed.
    public var isOutOfSpace: Bool { errno == ENOSPC || errno == EDQUOT }

    /// This user may not read or write there.
    public var isPermissionDenied: Bool { errno == EACCES }

    /// The path, or a folder on its way, does not exist.
    public var isNotFound: Bool { errno == ENOENT || errno == ENOTDIR }

    /// A hard link or rename across file systems.
    public var isCrossDevice: Bool { errno == EXDEV }

    /// The system's texts for a full disk and a full quota: libgit2 and git end their messages
    /// about an OS error with them, which is how a failure there is known to be a full disk.
    public static var outOfSpaceTexts: [String] { [text(ENOSPC), text(EDQUOT)] }

    static func text(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// The errno the last failed call left, as an error.
    static func last(_ call: String, path: String? = nil) -> SystemError {
        SystemError(call: call, errno: Glibc.errno, path: path)
    }
}

/// Runs a system call, retrying while it is interrupted by a signal, and turns -1 into a
/// SystemError. Every system call of Backstop's goes through here.
@discardableResult
public func retryingInterrupts<Result: BinaryInteger>(_ call: String, path: String? = nil, _ body: () -> Result) throws(SystemError) -> Result {
    while true {
        let result = body()
        if result != -1 { return result }
        let code = Glibc.errno
        if code == EINTR { continue }
        throw SystemError(call: call, errno: code, path: path)
    }
}
