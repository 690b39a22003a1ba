import BackstopCore
import BackstopGit
import Foundation
import Glibc

/// The running watcher of a repository: `.git/backstop/watch.pid`, holding its pid and start time,
/// with an exclusive `flock` for the watcher's whole life. The kernel drops the lock when the
/// watcher dies, even by `kill -9`, so a stale file never passes for a running watcher, and two
/// watchers can never guard one tree.
final class WatcherRegistration {
    struct Details: Codable {
        let pid: Int32
        /// UTC, to the second.
        let since: String
        let root: String
    }

    private let descriptor: Int32
    /// The watcher before this one, when it ended without stopping (`kill -9`, a crash, a reboot):
    /// the changes made since its last snapshot were never judged.
    let interrupted: Details?

    static func path(_ location: RepositoryLocation) -> String { location.stateDirectory + "/watch.pid" }

    /// Registers this process as the repository's watcher, or fails naming the one that runs.
    init(_ location: RepositoryLocation) throws {
        let path = Self.path(location)
        _ = mkdir(location.stateDirectory, 0o700)
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw CommandFailure("cannot open \(path): \(String(cString: strerror(errno)))") }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            let running = Self.running(location)
            throw CommandFailure("a watcher already guards \(location.root)" + (running.map { " (pid \($0.pid), since \($0.since))" } ?? ""),
                                 hint: "stop it with `backstop watch --stop`")
        }
        // A watcher that stops cleanly empties the file; one that was killed leaves its details.
        var previous = [UInt8](repeating: 0, count: 4096)
        let count = pread(descriptor, &previous, previous.count, 0)
        interrupted = count > 0 ? try? JSONDecoder().decode(Details.self, from: Data(previous[..<count])) : nil
        let details = Details(pid: getpid(), since: SnapshotMessage.format(SnapshotStore.now()), root: location.root)
        let bytes = Array((try JSONEncoder().encode(details))) + [UInt8(ascii: "\n")]
        guard ftruncate(descriptor, 0) == 0, pwrite(descriptor, bytes, bytes.count, 0) == bytes.count else {
            close(descriptor)
            throw CommandFailure("cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }

    deinit {
        // Emptied first, so a reader never takes a dead watcher's pid for a live one.
        _ = ftruncate(descriptor, 0)
        close(descriptor)
    }

    /// The watcher that runs for the repository, if one does.
    static func running(_ location: RepositoryLocation) -> Details? {
        let descriptor = open(path(location), O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_SH | LOCK_NB) != 0, errno == EWOULDBLOCK else { return nil }
        var bytes = [UInt8](repeating: 0, count: 4096)
        let count = pread(descriptor, &bytes, bytes.count, 0)
        guard count > 0 else { return nil }
        return try? JSONDecoder().decode(Details.self, from: Data(bytes[..<count]))
    }

    /// Asks the running watcher to stop and waits until it has: its lock is released only once it
    /// has written its last log line and let go of everything. False when none was running.
    static func stop(_ location: RepositoryLocation) throws -> Details? {
        guard let details = running(location) else { return nil }
        guard kill(details.pid, SIGTERM) == 0 || errno == ESRCH else {
            throw CommandFailure("cannot signal the watcher (pid \(details.pid)): \(String(cString: strerror(errno)))", hint: "stop it as the user that started it")
        }
        let descriptor = open(path(location), O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return details }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_SH) != 0, errno == EINTR {}
        return details
    }
}
