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

    public var description: String {
        let reason = String(cString: strerror(errno))
        var text = path.map { "\($0): \(call) failed: \(reason)" } ?? "\(call) failed: \(reason)"
        if let hint { text += " (\(hint))" }
        return text
    }
}

/// Runs a system call, retrying while it is interrupted by a signal, and turns -1 into a SystemError.
@discardableResult
func retryingInterrupts<Result: BinaryInteger>(_ call: String, path: String? = nil, _ body: () -> Result) throws(SystemError) -> Result {
    while true {
        let result = body()
        if result != -1 { return result }
        let code = Glibc.errno
        if code == EINTR { continue }
        throw SystemError(call: call, errno: code, path: path)
    }
}
