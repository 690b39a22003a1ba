import Foundation
import Glibc

/// A failure of git: a libgit2 call that returned an error, or a `git` command that exited non-zero.
public struct GitError: Error, Sendable, CustomStringConvertible {
    /// The libgit2 function (`git_revwalk_next`) or the git command line (`git diff --cached`).
    public let function: String
    /// libgit2's return code, or the git command's exit status.
    public let code: Int32
    /// libgit2's error class (`git_error_t`), nil for the git command line.
    public let errorClass: Int32?
    /// libgit2's last error message, or what the git command printed on stderr.
    public let message: String

    public init(function: String, code: Int32, errorClass: Int32? = nil, message: String) {
        self.function = function
        self.code = code
        self.errorClass = errorClass
        self.message = message
    }

    /// A failed system call made on the way to a git operation (a lock, the state folder), from errno.
    static func system(_ call: String, errno code: Int32 = errno) -> GitError {
        GitError(function: call, code: code, message: String(cString: strerror(code)))
    }

    /// Whether the disk (or the user's quota) was full: retrying helps once space is freed, and no
    /// file is at fault. libgit2 ends an OS error's message with the system's text for errno, as
    /// `system` and git's own messages do, so that text is what tells.
    public var isOutOfSpace: Bool {
        [ENOSPC, EDQUOT].contains { message.contains(String(cString: strerror($0))) }
    }

    public var description: String {
        let detail = message.trimmingCharacters(in: .whitespacesAndNewlines)
        let classText = errorClass.map { ", class \($0)" } ?? ""
        return "\(function) failed (code \(code)\(classText))\(detail.isEmpty ? "" : ": \(detail)")"
    }
}
