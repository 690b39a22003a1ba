import BackstopCore
import BackstopSystem

/// Events in: what the batcher is given, what is left out, and the sync cookies scripts and tests
/// wait on.
extension WatchSession {
    static let syncPrefix = Array(WatcherSync.cookiePrefix.utf8)
    /// The name of the marker files a rollback writes to find where its own events end.
    static let rollbackCookiePrefix = Array("backstop-cookie-".utf8)

    /// Feeds events to the batcher; content written and closed is read into the object database
    /// at once (a pre-image), before anything can delete it.
    func receive(_ events: [FileEvent], at now: Int64) {
        var written: [RepositoryPath] = []
        for event in events where admits(event, at: now) {
            batcher.receive(event, at: now)
            if event.kind == .written, !event.path.isWithin(Self.gitFolder) { written.append(event.path) }
        }
        guard !written.isEmpty else { return }
        do {
            let covered = RepositoryPath.covering(written)
            try store.stage(paths: covered)
            stagedSinceAction += covered
        } catch {
            say("backstop watch: could not read written files ahead: \(error)")
        }
    }

    /// Inside `.git`, what the batcher is given is the guards (the config and the hooks) and the
    /// deletion of a part the repository needs; sync cookies are answered once every action
    /// before them is judged; any other change there (refs, HEAD, the index) is for the store
    /// outside the tree to catch up with.
    private func admits(_ event: FileEvent, at now: Int64) -> Bool {
        guard event.path.isWithin(Self.gitFolder) else { return true }
        if Self.breaksRepository(event) { return true }
        let name = event.path.bytes.dropFirst(Self.gitFolder.bytes.count + 1)
        var arrived = event.kind == .created
        if case .movedTo = event.kind { arrived = true }
        if arrived, name.starts(with: Self.syncPrefix) {
            pendingSyncs.append(String(decoding: name.dropFirst(Self.syncPrefix.count), as: UTF8.self))
            // Folders without a watch, or an action that failed on a full disk, are only known
            // after a rescan: "judged up to now" needs one.
            if events.firstWatchFailure != nil || rescanAfterFullDisk { batcher.receive(FileEvent(.overflow, RepositoryPath(bytes: [])), at: now) }
            return false
        }
        if !event.path.fileName.starts(with: Self.rollbackCookiePrefix) { scheduleOutsideStoreUpdate(by: now + Self.outsideStoreDelayMilliseconds) }
        return guards.mayConcern(event.path)
    }

    /// Answers the sync cookies in the audit log. An answer that cannot be written (a full disk)
    /// waits for the rescan timer: the watcher goes on guarding, and the sync is answered late.
    func answerSyncs(now: Int64) {
        while let name = pendingSyncs.first {
            do {
                try log.append(entry(.sync, name))
            } catch {
                say("backstop watch: cannot answer sync \(name) yet: \(error)")
                rescanAfterFullDisk(now: now)
                return
            }
            pendingSyncs.removeFirst()
        }
    }

    /// Lost events may include a sync cookie's: the cookies still in `.git` are answered anyway.
    func findSyncCookies() {
        for (name, _) in DirectoryListing.entries(of: location.root + "/.git") ?? [] where name.starts(with: Self.syncPrefix) {
            let cookie = String(decoding: name.dropFirst(Self.syncPrefix.count), as: UTF8.self)
            if !pendingSyncs.contains(cookie) { pendingSyncs.append(cookie) }
        }
    }
}
