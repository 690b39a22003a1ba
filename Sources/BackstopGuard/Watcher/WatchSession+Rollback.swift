import BackstopCore
import BackstopGit
import BackstopSystem

/// Rolling a blocked action back, bringing back what earlier allowed actions of a mass deletion
/// took, and finishing a rollback an interrupted watcher began.
extension WatchSession {
    /// Blocks an action: the blocked state is kept (a backup snapshot, also `refs/backstop/blocked`),
    /// the `harmed` paths are restored from the snapshot before it and checked, the guards are
    /// written back, the rollback's own events are swallowed, and the result, with whatever else
    /// the action changed within `actionPaths`, becomes the settled snapshot. Returns the paths
    /// written. `blocked` are the action's blocked classes, which decide whether its undo needs a person.
    @discardableResult
    func rollBack(restoring harmed: [RepositoryPath], actionPaths: [RepositoryPath]?, guardsChanged: Bool, lost: [RepositoryPath],
                  blocked: [ActionClass], into record: inout AuditEntry) throws -> [RepositoryPath] {
        var ownPaths: [RepositoryPath] = []
        var restored = 0, removed = 0
        var mismatched: [String] = []
        if !harmed.isEmpty {
            // The private index holds the whole blocked state already: the backup reads only these.
            let report = try store.restore(from: settledSnapshot, within: harmed, exact: true, dryRun: false, reason: Self.rollbackReason,
                                           recordingAs: .rollback, blocked: blocked, backingUpOnlyPaths: true)
            if let blocked = report.before {
                try store.markBlocked(blocked)
                record.snapshot = blocked.hex
            }
            lastUndoState = report.before
            ownPaths = report.plan.touched
            restored = report.plan.written.count + report.plan.replaced.count
            removed = report.plan.removed.count
            mismatched = report.mismatched.map(\.description)
        }
        let written = ownPaths
        if guardsChanged {
            try guards.putBack()
            mismatched += guards.changes(in: try GuardedFiles.read(root: location.root)).map(\.description)
            ownPaths += guards.writtenOnPutBack
        }
        record.rollback = AuditEntry.RollbackRecord(restored: restored, removed: removed, mismatched: mismatched)
        swallowOwnEvents(ownPaths)
        classifier.restored(lost)
        if actionPaths != [] {
            try forgetNewlyIgnored(after: ownPaths)
            try settle(reason: "after rolling back a blocked action")
        }
        return written
    }

    /// A mass deletion spread over many actions: the files the earlier, allowed actions deleted come
    /// back from the snapshot each was last in (kept files are left alone).
    func restoreEarlierLosses(_ paths: [RepositoryPath], blocked: [ActionClass], into record: inout AuditEntry) throws {
        var bySource: [ObjectID: [RepositoryPath]] = [:]
        for path in paths {
            if let source = earlierLosses.removeValue(forKey: path) { bySource[source, default: []].append(path) }
        }
        guard !bySource.isEmpty else { return }
        var restored: [RepositoryPath] = []
        var mismatched: [String] = []
        for (source, group) in bySource {
            let report = try store.restore(from: source, within: group, exact: false, dryRun: false, reason: "blocked: the session's deletions",
                                           recordingAs: .rollback, blocked: blocked, backingUpOnlyPaths: true)
            restored += report.plan.touched
            mismatched += report.mismatched.map(\.description)
        }
        swallowOwnEvents(restored)
        classifier.restored(restored)
        try forgetNewlyIgnored(after: restored)
        try settle(reason: "after bringing back the session's deletions")
        let previous = record.rollback
        record.rollback = AuditEntry.RollbackRecord(restored: (previous?.restored ?? 0) + restored.count, removed: previous?.removed ?? 0,
                                                    mismatched: (previous?.mismatched ?? []) + mismatched)
    }

    /// An interrupted watcher that was rolling an action back left the blocked state as its newest
    /// snapshot (a rollback snapshots it first), and a tree half restored: the rollback is done
    /// again, on the paths the blocked state changed, from the same snapshot (`resumed`, whose tree
    /// is `tree`). The entry to log, nil when there was no rollback to finish.
    static func finishRollback(_ store: SnapshotStore, from resumed: ObjectID, tree: ObjectID, interrupted: String) throws -> AuditEntry? {
        guard let newest = try store.newest(), newest != resumed, try store.message(ofCommit: newest).reason == rollbackReason else { return nil }
        let changed = try store.fileChanges(from: tree, to: try store.tree(ofCommit: newest), within: nil).map(\.path)
        guard !changed.isEmpty else { return nil }
        let paths = RepositoryPath.covering(changed)
        // What the interrupted watcher blocked is not known: undoing this rollback needs a person.
        let report = try store.restore(from: resumed, within: paths, exact: true, dryRun: false, reason: "blocked action, finished after a restart",
                                       recordingAs: .rollback, blocked: nil, backingUpOnlyPaths: true)
        try store.markBlocked(newest)
        var record = entry(.action, "finished the rollback that the interrupted watcher (\(interrupted)) began")
        record.verdict = .block
        record.before = resumed.hex
        record.snapshot = newest.hex
        record.sample = changed.prefix(AuditEntry.samplePaths).map(\.description)
        record.rollback = AuditEntry.RollbackRecord(restored: report.plan.written.count + report.plan.replaced.count, removed: report.plan.removed.count,
                                                    mismatched: report.mismatched.map(\.description))
        return record
    }

    /// The state a rollback produced becomes the settled snapshot: the private index as the
    /// restore left it (the action's result, with what the harm took put back), not the disk read
    /// again, which a deletion still running may have changed since (its events are the next action).
    func settle(reason: String) throws {
        let after = try store.commit(tree: try store.stagedTree(), reason: reason)
        settledSnapshot = after.id
        settledTree = after.tree
    }

    /// A restore that wrote a `.gitignore` may ignore again files the snapshot held as work: they
    /// leave the private index, so the snapshot taken next is the tree as git sees it.
    func forgetNewlyIgnored(after written: [RepositoryPath]) throws {
        guard written.contains(where: { $0.fileName == Self.ignoreFileName }) else { return }
        _ = try store.dropNewlyIgnoredFiles()
    }

    /// The rollback's writes raise events like anyone's: a cookie file written after them marks
    /// where they end in the stream. Events before it on the paths the rollback wrote are dropped,
    /// except the removal of one that is gone now: a deletion still running (`find . -delete`)
    /// took what the rollback had just put back. Anything else (the agent kept working) goes to
    /// the batcher.
    func swallowOwnEvents(_ ownPaths: [RepositoryPath]) {
        guard !ownPaths.isEmpty else { return }
        var own = Set(ownPaths)
        for path in ownPaths { own.formUnion(path.ancestors) }
        cookies += 1
        let cookie = Self.gitFolder.appending(Self.rollbackCookiePrefix + Array("\(CurrentProcess.identifier)-\(cookies)".utf8))
        let fenced = events.fence(cookie: cookie, timeoutMilliseconds: Self.cookieMilliseconds)
        let kept = fenced.before.filter { event in
            !own.contains(event.path) || (event.isRemoval && !Files.exists(location.root + "/" + event.path.description))
        }
        receive(kept + fenced.after, at: clock())
    }
}
