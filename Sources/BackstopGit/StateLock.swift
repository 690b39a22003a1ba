import Glibc

/// An exclusive `flock` on a file in `.git/backstop/`, held while snapshots or restores write, so a
/// command and the watcher never interleave. The kernel drops it when its holder dies, even by
/// `kill -9`, so a lock held by nobody is never mistaken for a live one.
final class StateLock {
    private let path: String
    /// Lock files that only a holder of this lock creates (libgit2's `index.lock`, ref locks): one
    /// found once the lock is taken was left by a process killed mid-write, and would block every
    /// write after it, so it is removed.
    private let staleFiles: [String]

    init(path: String, staleFiles: [String]) {
        self.path = path
        self.staleFiles = staleFiles
    }

    func withLock<Result>(_ body: () throws(GitError) -> Result) throws(GitError) -> Result {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw GitError.system("open(\(path))") }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw GitError.system("flock(\(path))") }
        }
        for file in staleFiles { unlink(file) }
        return try body()
    }
}
