import BackstopSystem
import Foundation

/// A failure of git: a libgit2 call that returned an error, a `git` command that exited non-zero,
/// or a system call made on the way to either (the snapshot lock, the state folder).
public struct GitError: Error, Sendable, CustomStringConvertible {
    /// The libgit2 function (`git_revwalk_next`), the git command line (`git diff --cached`), or
    /// the system call and its path (`mkdir(/repo/.git/backstop)`).
    public let function: String
    /// libgit2's return code, the git command's exit status, or the errno.
    public let code: Int32
    /// libgit2's error class (`git_error_t`), nil for the git command line.
    public let errorClass: Int32?
    /// libgit2's last error message, what the git command printed on stderr, or the system's text.
    public let message: String
    /// The system call that failed, when that is what happened.
    public let systemError: SystemError?

    public init(function: String, code: Int32, errorClass: Int32? = nil, message: String) {
        self.function = function
        self.code = code
        self.errorClass = errorClass
        self.message = message
        systemError = nil
    }

    /// A failed system call made on the way to a git operation.
    public init(_ system: SystemError) {
        function = system.path.map { "\(system.call)(\($0))" } ?? system.call
        code = system.errno
        errorClass = nil
        message = system.reason
        systemError = system
    }

    /// Whether the disk (or the user's quota) was full: retrying helps once space is freed, and no
    /// file is at fault. libgit2 ends an OS error's message with the system's text for errno, as
    /// git's own messages do, so that text is what tells.
    public var isOutOfSpace: Bool {
        systemError?.isOutOfSpace ?? SystemError.outOfSpaceTexts.contains { message.contains($0) }
    }

    public var description: String {
        let detail = message.trimmingCharacters(in: .whitespacesAndNewlines)
        let classText = errorClass.map { ", class \($0)" } ?? ""
        return "\(function) failed (code \(code)\(classText))\(detail.isEmpty ? "" : ": \(detail)")"
    }
}
