import BackstopCore
import BackstopGit
import BackstopSystem
import Foundation

/// The running watcher of a repository: `watch.pid` in the store outside the tree (so deleting
/// `.git` does not hide it), holding its pid and start time, with an exclusive `flock` for the
/// watcher's whole life. The kernel drops the lock when the watcher dies, even by `kill -9`, so a
/// stale file never passes for a running watcher, and two watchers can never guard one tree.
public final class WatcherRegistration {
    public struct Details: Codable, Sendable {
        public let pid: Int32
        /// UTC, to the second.
        public let since: String
        public let root: String
    }

    private let lock: FileLock
    /// The watcher before this one, when it ended without stopping (`kill -9`, a crash, a reboot):
    /// the changes made since its last snapshot were never judged.
    public let interrupted: Details?

    static func path(_ location: RepositoryLocation) -> String { OutsideStore(location: location).directory + "/watch.pid" }

    /// Registers this process as the repository's watcher, or fails naming the one that runs.
    public init(_ location: RepositoryLocation) throws {
        let path = Self.path(location)
        try OutsideStore(location: location).createDirectory()
        guard let lock = try FileLock.exclusiveIfFree(path) else {
            let running = Self.running(location)
            throw GuardError("a watcher already guards \(location.root)" + (running.map { " (pid \($0.pid), since \($0.since))" } ?? ""),
                             hint: "stop it with `backstop watch --stop`")
        }
        self.lock = lock
        // A watcher that stops cleanly empties the file; one that was killed leaves its details.
        interrupted = try? JSONDecoder().decode(Details.self, from: Data(lock.contents))
        let details = Details(pid: CurrentProcess.identifier, since: SnapshotMessage.format(SnapshotStore.now()), root: location.root)
        try lock.replaceContents(with: Array(try JSONEncoder().encode(details)) + [UInt8(ascii: "\n")])
    }

    deinit {
        // Emptied first, so a reader never takes a dead watcher's pid for a live one.
        try? lock.replaceContents(with: [])
    }

    /// The watcher that runs for the repository, if one does.
    public static func running(_ location: RepositoryLocation) -> Details? {
        FileLock.holderContents(path(location)).flatMap { try? JSONDecoder().decode(Details.self, from: Data($0)) }
    }

    /// Asks the running watcher to stop and waits until it has: its lock is released only once it
    /// has written its last log line and let go of everything. Nil when none was running.
    public static func stop(_ location: RepositoryLocation) throws -> Details? {
        guard let details = running(location) else { return nil }
        do {
            _ = try CurrentProcess.terminate(details.pid)
        } catch {
            throw GuardError("cannot signal the watcher (pid \(details.pid)): \(error.reason)", hint: "stop it as the user that started it")
        }
        FileLock.waitUntilFree(path(location))
        return details
    }
}
