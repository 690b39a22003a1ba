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
    private let location: RepositoryLocation
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
        self.location = location
        // A watcher that stops cleanly empties the file; one that was killed leaves its details.
        interrupted = try? JSONDecoder().decode(Details.self, from: Data(lock.contents))
        let details = Details(pid: CurrentProcess.identifier, since: SnapshotMessage.format(SnapshotStore.now()), root: location.root)
        try lock.replaceContents(with: Array(try JSONEncoder().encode(details)) + [UInt8(ascii: "\n")])
    }

    /// Whether the watcher ends as asked (`backstop watch --stop`, Ctrl-C at its terminal); one that
    /// does not leaves its details, so the next watcher resumes from its last snapshot and judges
    /// what changed meanwhile, as after `kill -9`.
    public var endsCleanly = true

    deinit {
        // Emptied first, so a reader never takes a dead watcher's pid for a live one.
        if endsCleanly { try? lock.replaceContents(with: []) }
        try? Files.remove(Self.stopRequestPath(location))
    }

    static func stopRequestPath(_ location: RepositoryLocation) -> String { OutsideStore(location: location).directory + "/stop-request" }

    /// Whether `backstop watch --stop` asked the watcher `pid` to stop: it writes the pid to the
    /// store before it signals, so a SIGTERM from anyone else is told apart.
    public static func stopWasRequested(_ location: RepositoryLocation, pid: Int32) -> Bool {
        (try? Files.contents(stopRequestPath(location))).flatMap { $0 }.map { String(decoding: $0, as: UTF8.self) == "\(pid)\n" } ?? false
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
            try Files.writeAtomically(Array("\(details.pid)\n".utf8), to: stopRequestPath(location), permissions: 0o600)
            _ = try CurrentProcess.terminate(details.pid)
        } catch {
            throw GuardError("cannot signal the watcher (pid \(details.pid)): \(error.reason)", hint: "stop it as the user that started it")
        }
        FileLock.waitUntilFree(path(location))
        return details
    }
}
