import Glibc

/// An exclusive `flock` on a file in `.git/backstop/`, held while snapshots or restores write, so a
/// command and the watcher never interleave. The kernel drops it when its holder dies, even by
/// `kill -9`, so a lock held by nobody is never mistaken for a live one.
final class StateLock {
    private let path: String

    init(path: String) {
        self.path = path
    }

    func withLock<Result>(_ body: () throws(GitError) -> Result) throws(GitError) -> Result {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw GitError(function: "open(\(path))", code: errno, message: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw GitError(function: "flock(\(path))", code: errno, message: String(cString: strerror(errno))) }
        }
        return try body()
    }
}
