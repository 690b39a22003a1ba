/// Degraded mode: folders that cannot be watched, and a disk too full to snapshot on. The watcher
/// says so once, logs it, and rescans the whole tree on a timer until it can see everything again.
extension WatchSession {
    func reportWatchFailure(now: Int64) {
        let unreadable = events.unreadableFolders
        for folder in unreadable.dropFirst(reportedUnreadableFolders) {
            say("backstop watch: \(folder)")
            try? log.append(entry(.error, "\(folder)"))
        }
        reportedUnreadableFolders = unreadable.count
        guard !reportedWatchFailure, let failure = events.firstWatchFailure else { return }
        reportedWatchFailure = true
        nextRescan = now + Self.rescanMilliseconds
        say("backstop watch: \(failure)")
        try? log.append(entry(.error, "\(failure)"))
    }

    func rescanAfterFullDisk(now: Int64) {
        rescanAfterFullDisk = true
        nextRescan = min(nextRescan ?? .max, now + Self.rescanMilliseconds)
    }

    /// An action whose snapshot succeeded after a full disk ends the rescans, unless folders still
    /// lack a watch.
    func recoveredFromFullDisk() {
        guard rescanAfterFullDisk else { return }
        rescanAfterFullDisk = false
        if events.firstWatchFailure == nil { nextRescan = nil }
    }
}
