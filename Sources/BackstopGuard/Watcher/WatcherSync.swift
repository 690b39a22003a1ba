import BackstopCore
import BackstopGit
import BackstopWatch
import Foundation
import Glibc

/// `backstop watch --sync`: waits until the running watcher has judged everything that happened
/// before the call, without sleeping. It drops a sync cookie (`.git/backstop-sync-NAME`); the
/// watcher answers it in the audit log once every action before the cookie is closed and judged,
/// and the log's folder is watched with inotify, so the wait ends as soon as the answer is written.
enum WatcherSync {
    /// How long to wait for the answer: a rollback of tens of thousands of files takes seconds.
    static let timeoutMilliseconds: Int64 = 120_000
    /// How often to check that the watcher is still alive while waiting.
    static let livenessMilliseconds: Int64 = 1_000

    /// The actions (and errors) the watcher logged between the call and its answer.
    static func wait(_ location: RepositoryLocation) throws -> [AuditEntry] {
        guard WatcherRegistration.running(location) != nil else {
            throw CommandFailure("no watcher runs for \(location.root)", hint: "start one with `backstop watch --daemon`")
        }
        let log = AuditLog(location)
        let queue = EventQueue()
        // Watching the folder before the cookie exists: the answer cannot slip in unseen.
        let watcher = try InotifyWatcher(root: location.stateDirectory, queue: queue) { _ in false }
        watcher.start()
        defer { watcher.stop() }
        let alreadyLogged = try log.entries().entries.count
        let name = "\(getpid())-\(MonotonicClock.milliseconds())"
        let cookie = location.root + "/.git/backstop-sync-" + name
        let descriptor = open(cookie, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw CommandFailure("cannot write the sync cookie \(cookie): \(String(cString: strerror(errno)))") }
        close(descriptor)
        defer { unlink(cookie) }

        let deadline = MonotonicClock.milliseconds() + timeoutMilliseconds
        while MonotonicClock.milliseconds() < deadline {
            let entries = try log.entries().entries
            if let answer = entries.indices.dropFirst(alreadyLogged).first(where: { entries[$0].event == .sync && entries[$0].message == name }) {
                return entries[alreadyLogged..<answer].filter { $0.event == .action || $0.event == .error }
            }
            guard WatcherRegistration.running(location) != nil else {
                throw CommandFailure("the watcher stopped before it answered", hint: "see \(WatcherDaemon.outputPath(location))")
            }
            _ = queue.take(until: min(deadline, MonotonicClock.milliseconds() + livenessMilliseconds))
        }
        throw CommandFailure("the watcher did not answer within \(timeoutMilliseconds / 1_000) s", hint: "see \(WatcherDaemon.outputPath(location)) and `backstop log`")
    }
}
