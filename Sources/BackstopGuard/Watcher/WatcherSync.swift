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

    /// How often to look again for `.git` while a watcher rebuilds it.
    static let rebuildPollMilliseconds: Int64 = 50

    private let location: RepositoryLocation
    private let log: AuditLog
    private var logFolder: InotifyWatcher
    /// The log folder the watch is on: one deleted with `.git` and rebuilt is a new folder.
    private var logFolderIdentity: FileIdentity?
    private var readEntries: Int
    private var syncs = 0

    /// Starts following the watcher's log; the entries written before are not answers.
    public init(_ location: RepositoryLocation) throws {
        self.location = location
        log = AuditLog(location)
        // Watching the folder before any cookie exists: an answer cannot slip in unseen.
        logFolder = try Self.watch(location.stateDirectory)
        logFolderIdentity = try? Files.status(location.stateDirectory)?.identity
        readEntries = try log.entries().entries.count
    }

    deinit { logFolder.stop() }

    private static func watch(_ folder: String) throws -> InotifyWatcher {
        let watcher = try InotifyWatcher(root: folder) { _ in false }
        watcher.start()
        return watcher
    }

    /// Watches the log folder again when `.git` was deleted and rebuilt since the watch was set.
    private func followRebuiltLogFolder() {
        guard let identity = try? Files.status(location.stateDirectory)?.identity, identity != logFolderIdentity,
              let watcher = try? Self.watch(location.stateDirectory) else { return }
        logFolder.stop()
        logFolder = watcher
        logFolderIdentity = identity
    }

    /// Drops the sync cookie. While a watcher rebuilds a deleted `.git`, the folder is missing for
    /// a moment: the cookie waits for it.
    private func dropCookie(_ cookie: String, until deadline: Int64) throws {
        while true {
            do {
                try Files.touch(cookie)
                return
            } catch where error.isNotFound && MonotonicClock.milliseconds() < deadline && WatcherRegistration.running(location) != nil {
                _ = logFolder.take(until: MonotonicClock.milliseconds() + Self.rebuildPollMilliseconds)
            } catch {
                throw GuardError("cannot write the sync cookie \(cookie): \(error.reason)")
            }
        }
    }

    /// Waits for the running watcher to judge everything done before the call; returns the actions
    /// (and errors) it logged since the previous sync.
    public func sync(timeoutMilliseconds: Int64 = WatcherSync.timeoutMilliseconds) throws -> [AuditEntry] {
        guard WatcherRegistration.running(location) != nil else {
            throw GuardError("no watcher runs for \(location.root)", hint: "start one with `backstop watch --daemon`")
        }
        syncs += 1
        let name = "\(CurrentProcess.identifier)-\(MonotonicClock.milliseconds())-\(syncs)"
        let cookie = location.root + "/.git/" + Self.cookiePrefix + name
        let deadline = MonotonicClock.milliseconds() + timeoutMilliseconds
        try dropCookie(cookie, until: deadline)
        defer { try? Files.remove(cookie) }
        while MonotonicClock.milliseconds() < deadline {
            followRebuiltLogFolder()
            let entries = try log.entries().entries
            if let answer = entries.indices.dropFirst(readEntries).first(where: { entries[$0].event == .sync && entries[$0].message == name }) {
                defer { readEntries = answer + 1 }
                return entries[readEntries..<answer].filter { [.action, .error, .unjudged, .journal, .leftOut, .leak].contains($0.event) }
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
