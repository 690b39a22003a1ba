import BackstopCore
import BackstopGit
import BackstopSystem
import BackstopWatch

/// `backstop watch --sync`: waits until the running watcher has judged everything that happened
/// before the call, without sleeping. It drops a sync cookie (`.git/backstop-sync-NAME`); the
/// watcher answers it in the audit log once every action before the cookie is closed and judged,
/// and the log's folder is watched with inotify, so the wait ends as soon as the answer is written.
public final class WatcherSync {
    /// The prefix of a sync cookie's name in `.git`.
    public static let cookiePrefix = "backstop-sync-"
    /// How long to wait for an answer: a rollback of tens of thousands of files takes seconds.
    public static let timeoutMilliseconds: Int64 = 120_000
    /// How often to check that the watcher is still alive while waiting.
    static let livenessMilliseconds: Int64 = 1_000

    private let location: RepositoryLocation
    private let log: AuditLog
    private let logFolder: InotifyWatcher
    private var readEntries: Int
    private var syncs = 0

    /// Starts following the watcher's log; the entries written before are not answers.
    public init(_ location: RepositoryLocation) throws {
        self.location = location
        log = AuditLog(location)
        // Watching the folder before any cookie exists: an answer cannot slip in unseen.
        logFolder = try InotifyWatcher(root: location.stateDirectory) { _ in false }
        logFolder.start()
        readEntries = try log.entries().entries.count
    }

    deinit { logFolder.stop() }

    /// Waits for the running watcher to judge everything done before the call; returns the actions
    /// (and errors) it logged since the previous sync.
    public func sync(timeoutMilliseconds: Int64 = WatcherSync.timeoutMilliseconds) throws -> [AuditEntry] {
        guard WatcherRegistration.running(location) != nil else {
            throw GuardError("no watcher runs for \(location.root)", hint: "start one with `backstop watch --daemon`")
        }
        syncs += 1
        let name = "\(CurrentProcess.identifier)-\(MonotonicClock.milliseconds())-\(syncs)"
        let cookie = location.root + "/.git/" + Self.cookiePrefix + name
        do {
            try Files.touch(cookie)
        } catch {
            throw GuardError("cannot write the sync cookie \(cookie): \(error.reason)")
        }
        defer { try? Files.remove(cookie) }
        let deadline = MonotonicClock.milliseconds() + timeoutMilliseconds
        while MonotonicClock.milliseconds() < deadline {
            let entries = try log.entries().entries
            if let answer = entries.indices.dropFirst(readEntries).first(where: { entries[$0].event == .sync && entries[$0].message == name }) {
                defer { readEntries = answer + 1 }
                return entries[readEntries..<answer].filter { $0.event == .action || $0.event == .error }
            }
            guard WatcherRegistration.running(location) != nil else {
                throw GuardError("the watcher stopped before it answered", hint: "see \(WatcherDaemon.outputPath(location))")
            }
            _ = logFolder.take(until: min(deadline, MonotonicClock.milliseconds() + Self.livenessMilliseconds))
        }
        throw GuardError("the watcher did not answer within \(timeoutMilliseconds / 1_000) s",
                         hint: "see \(WatcherDaemon.outputPath(location)) and `backstop log`")
    }
}
