import BackstopSystem

/// The snapshot lock: an exclusive `flock` on a file in `.git/backstop/`, held while snapshots or
/// restores write, so a command and the watcher never interleave.
struct StateLock {
    let path: String
    /// Lock files that only a holder of this lock creates (libgit2's `index.lock`, ref locks): one
    /// found once the lock is taken was left by a process killed mid-write, and would block every
    /// write after it, so it is removed.
    let staleFiles: [String]

    func withLock<Result>(_ body: () throws(GitError) -> Result) throws(GitError) -> Result {
        let lock: FileLock
        do throws(SystemError) {
            lock = try FileLock.exclusive(path)
            for file in staleFiles { try Files.remove(file) }
        } catch {
            throw GitError(error)
        }
        return try withExtendedLifetime(lock) { () throws(GitError) -> Result in try body() }
    }
}
