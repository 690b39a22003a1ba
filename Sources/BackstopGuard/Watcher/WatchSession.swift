import BackstopCore
import BackstopGit
import BackstopWatch
import Foundation
import Glibc

/// One run of the watcher over a working tree: inotify events in, batched into actions, each judged
/// and then either snapshotted or rolled back, and written to the audit log.
///
/// Everything but the inotify reader runs on the thread that calls `run`, which owns the snapshot
/// store: libgit2 lets one thread at a time use a repository. Only `stop` may be called from
/// another thread, hence `@unchecked Sendable`.
final class WatchSession: @unchecked Sendable {
    /// Degraded mode (some folders could not be watched): how often the whole tree is rescanned.
    static let rescanMilliseconds: Int64 = 5_000
    /// libgit2's pack windows and object cache: enough for an action's objects, not a whole tree's.
    static let mappedPackBytes = 8 << 20, cachedObjectBytes = 8 << 20
    /// How long the watcher waits to see its own cookie file after a rollback.
    static let cookieMilliseconds: Int64 = 5_000

    private let location: RepositoryLocation
    private let configuration: Configuration
    private let store: SnapshotStore
    private let queue = EventQueue()
    private let watcher: InotifyWatcher
    private let log: AuditLog
    private let say: (String) -> Void
    private let guards: GuardState
    private var classifier: ActionClassifier
    private let inspector: ActionInspector
    private var batcher: ActionBatcher
    /// The newest snapshot of a settled state: what the next action is compared with, and what a
    /// rollback restores from.
    private var lastCommit: ObjectID
    private var lastTree: ObjectID
    private var stagedSinceAction = false
    private var lastUndoState: ObjectID?
    private var cookies = 0
    private var reportedWatchFailure = false
    private var reportedUnreadableFolders = 0
    private var nextRescan: Int64?
    /// An action failed on a full disk: what it changed is in no snapshot and its events are spent,
    /// so the whole tree is rescanned on the rescan timer and before each sync until one succeeds.
    private var rescanAfterFullDisk = false
    private var pendingSyncs: [String] = []
    /// Work files earlier allowed actions lost, with the snapshot from before each: when the
    /// session's total crosses the threshold, the rollback brings them back too.
    private var earlierLosses: [RepositoryPath: ObjectID] = [:]

    let baseline: SnapshotRecord
    /// Said in the audit entry of the first action after resuming from an interrupted watcher.
    private var resumeNote: String?
    /// The rollback an interrupted watcher began and this one finished, logged once it runs.
    private var finishedRollback: AuditEntry?
    /// The reason of the snapshot a rollback takes of the blocked state first: how a resumed watcher
    /// knows its predecessor was cut short in the middle of one.
    private static let rollbackReason = "blocked action"
    var watchCount: Int { watcher.watchCount }

    private static let gitFolder = RepositoryPath(".git")
    private static let ignoreFileName = Array(".gitignore".utf8)
    private static let teamConfiguration = RepositoryPath(".backstop.json")

    /// Sets the watches, then takes the baseline snapshot, so nothing that happens in between is
    /// missed: it is either in the baseline or an event.
    /// `beforeEachRead` runs on the inotify reader thread before each read: tests stall it to make
    /// the kernel's queue overflow for real.
    ///
    /// `resumingAfter` names a watcher that was killed rather than stopped: this one starts from
    /// that watcher's newest settled snapshot and judges everything since as its first action, so a
    /// rollback cut short is finished and a deletion made while no watcher ran is still caught.
    init(location: RepositoryLocation, configuration: Configuration, detector: SecretDetector, resumingAfter interrupted: String? = nil,
         beforeEachRead: (@Sendable () -> Void)? = nil, say: @escaping (String) -> Void) throws {
        self.location = location
        self.configuration = configuration
        self.say = say
        log = AuditLog(location)
        try Libgit2.limitMemory(mappedBytes: Self.mappedPackBytes, cachedBytes: Self.cachedObjectBytes)
        store = try SnapshotStore(location: location, settings: configuration.snapshots)
        store.writesIndexLazily = true
        guards = try GuardState.read(root: location.root)
        let ignore = try IgnoreRules(root: location.root, tracked: try store.headTree())
        watcher = try InotifyWatcher(root: location.root, queue: queue) { folder in
            if folder == Self.gitFolder { return false }
            if folder.isWithin(Self.gitFolder) { return folder != RepositoryPath(".git/hooks") }
            // A nested repository's own git folder.
            if folder.fileName == Array(".git".utf8) { return true }
            return ignore.isIgnoredFolder(folder)
        }
        watcher.beforeEachRead = beforeEachRead
        watcher.start()
        let resumed = try interrupted == nil ? nil : store.defaultRestoreSource()
        baseline = try store.take(reason: resumed == nil ? "backstop watch started" : "backstop watch resumed", kind: resumed == nil ? .state : .backup)
        lastCommit = try resumed ?? baseline.id
        let snapshots = store
        lastTree = try resumed.map { try snapshots.tree(ofCommit: $0) } ?? baseline.tree
        lastUndoState = try store.undoRecord()?.state
        // Resuming, the files there before are the interrupted watcher's, not what is left now.
        let preexisting = try resumed == nil ? store.indexedFileCount() : store.fileChanges(from: nil, to: lastTree, within: nil).count
        classifier = ActionClassifier(threshold: configuration.massDeletion, verdicts: configuration.verdicts, preexistingFileCount: preexisting)
        inspector = try ActionInspector(store: store, baselineTree: lastTree, detector: detector, maximumScanBytes: configuration.maximumScanFileBytes)
        batcher = ActionBatcher(settleMilliseconds: configuration.settleMilliseconds, maximumMilliseconds: configuration.maximumActionMilliseconds)
        if let interrupted, let resumed {
            finishedRollback = try finishRollback(after: resumed, interrupted: interrupted)
            // The whole tree against the interrupted watcher's last settled state, as after lost events.
            resumeNote = "changes made while no watcher ran: the one before (\(interrupted)) ended without `backstop watch --stop`; judged against its last snapshot \(resumed.short)"
            batcher.receive(FileEvent(.overflow, RepositoryPath(bytes: [])), at: MonotonicClock.milliseconds())
        }
        try store.flush()
        reportWatchFailure()
    }

    /// Makes `run` return (SIGINT, SIGTERM); safe from any thread.
    func stop() { queue.close() }

    /// Watches until `stop`.
    func run() throws {
        try log.append(entry(.start, "watching \(location.root): \(watcher.watchCount) folders, baseline snapshot \(baseline.id.short)"))
        if let finishedRollback {
            try log.append(finishedRollback)
            say(finishedRollback.summary)
        }
        while true {
            reportWatchFailure()
            let events = queue.take(until: batcher.deadline ?? nextRescan)
            if queue.isClosed { break }
            receive(events)
            let now = MonotonicClock.milliseconds()
            if let due = nextRescan, now >= due, batcher.isIdle {
                // Folders without a watch are seen only by rescanning the whole tree.
                batcher.receive(FileEvent(.overflow, RepositoryPath(bytes: [])), at: now)
                nextRescan = now + Self.rescanMilliseconds
            }
            if let action = batcher.close(at: now) {
                // A large action's arrays are freed when it is done; glibc keeps the pages unless asked.
                defer { ProcessMemory.releaseFreePages() }
                do {
                    try handle(action)
                    if action.overflowed, rescanAfterFullDisk {
                        rescanAfterFullDisk = false
                        if watcher.firstWatchFailure == nil { nextRescan = nil }
                    }
                } catch let error as GitError where error.isOutOfSpace {
                    say("backstop watch: the disk is full, so this action is in no snapshot yet: \(error); free space: until a snapshot succeeds, "
                        + "the tree is rescanned every \(Self.rescanMilliseconds / 1000) s and before each sync")
                    try? log.append(entry(.error, "the disk is full: \(error)"))
                    rescanAfterFullDisk(now: now)
                } catch {
                    say("backstop watch: error: \(error)")
                    try? log.append(entry(.error, "\(error)"))
                }
            }
            if batcher.isIdle { answerSyncs(now: now) }
        }
        watcher.stop()
        try store.flush()
        try log.append(entry(.stop, "stopped"))
    }

    // MARK: Events

    /// Feeds events to the batcher; content written and closed is read into the object database
    /// at once (a pre-image), before anything can delete it.
    private func receive(_ events: [FileEvent]) {
        let now = MonotonicClock.milliseconds()
        var written: [RepositoryPath] = []
        for event in events where admits(event) {
            batcher.receive(event, at: now)
            if event.kind == .written, !event.path.isWithin(Self.gitFolder) { written.append(event.path) }
        }
        guard !written.isEmpty else { return }
        do {
            try store.stage(paths: RepositoryPath.covering(written))
            stagedSinceAction = true
        } catch {
            say("backstop watch: could not read written files ahead: \(error)")
        }
    }

    /// Inside `.git`, only the guards matter (the config and the hooks), and sync cookies, which are
    /// answered once every action before them is judged.
    private func admits(_ event: FileEvent) -> Bool {
        guard event.path.isWithin(Self.gitFolder) else { return true }
        let name = event.path.bytes.dropFirst(Self.gitFolder.bytes.count + 1)
        var arrived = event.kind == .created
        if case .movedTo = event.kind { arrived = true }
        if arrived, name.starts(with: Self.syncPrefix) {
            pendingSyncs.append(String(decoding: name.dropFirst(Self.syncPrefix.count), as: UTF8.self))
            // Folders without a watch, or an action that failed on a full disk, are only known after a rescan:
            // "judged up to now" needs one.
            if watcher.firstWatchFailure != nil || rescanAfterFullDisk { batcher.receive(FileEvent(.overflow, RepositoryPath(bytes: [])), at: MonotonicClock.milliseconds()) }
            return false
        }
        return guards.mayConcern(event.path)
    }

    static let syncPrefix = Array("backstop-sync-".utf8)

    /// Answers the sync cookies in the audit log. An answer that cannot be written (a full disk)
    /// waits for the rescan timer: the watcher goes on guarding, and the sync is answered late.
    private func answerSyncs(now: Int64) {
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

    private func rescanAfterFullDisk(now: Int64) {
        rescanAfterFullDisk = true
        nextRescan = min(nextRescan ?? .max, now + Self.rescanMilliseconds)
    }

    /// Lost events may include a sync cookie's: the cookies still in `.git` are answered anyway.
    private func findSyncCookies() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: location.root + "/.git")) ?? []
        for name in names where name.utf8.starts(with: Self.syncPrefix) {
            let cookie = String(name.dropFirst(Self.syncPrefix.count))
            if !pendingSyncs.contains(cookie) { pendingSyncs.append(cookie) }
        }
    }

    private func reportWatchFailure() {
        let unreadable = watcher.unreadableFolders
        for folder in unreadable.dropFirst(reportedUnreadableFolders) {
            say("backstop watch: \(folder)")
            try? log.append(entry(.error, "\(folder)"))
        }
        reportedUnreadableFolders = unreadable.count
        guard !reportedWatchFailure, let failure = watcher.firstWatchFailure else { return }
        reportedWatchFailure = true
        nextRescan = MonotonicClock.milliseconds() + Self.rescanMilliseconds
        say("backstop watch: \(failure)")
        try? log.append(entry(.error, "\(failure)"))
    }

    // MARK: Actions

    private func handle(_ action: Action) throws {
        // A changed .gitignore changes which files are work: the files of folders it no longer
        // ignores are snapshotted now, with the whole tree, and the folders get watches.
        let ignoreChanged = action.paths.contains { $0.fileName == Self.ignoreFileName && !$0.isWithin(Self.gitFolder) }
        if ignoreChanged { watcher.rewatch() }
        if action.overflowed { findSyncCookies() }
        let paths: [RepositoryPath]? = action.overflowed || ignoreChanged ? nil : RepositoryPath.covering(action.paths.filter { !$0.isWithin(Self.gitFolder) })
        let staged = stagedSinceAction ? try store.stagedTree() : nil
        stagedSinceAction = false
        // An action inside `.git` alone (a hook, the config) changed no work file: an empty path list
        // would mean the whole tree to libgit2.
        let (afterTree, skipped) = paths == [] ? (lastTree, []) : try store.captureTree(paths: paths)
        if let staged, staged != lastTree, staged != afterTree {
            _ = try store.commit(tree: staged, reason: "files as they were written during an action", kind: .preImages)
        }
        let inspection = try inspector.inspect(before: lastTree, after: afterTree, within: paths)
        var tampered = guards.changes(in: try GuardState.read(root: location.root))
        if inspection.changes.contains(where: { $0.path == Self.teamConfiguration }) { tampered.append(Self.teamConfiguration) }
        guard !inspection.changes.isEmpty || !tampered.isEmpty else {
            try store.flush()
            return
        }
        var facts = inspection.facts
        facts.tamperedGuards = tampered
        let undone = try putBackByPerson(inspection.changes)
        let classification = undone ? Classification(findings: [], verdict: .allow) : classifier.classify(facts)
        var record = entry(.action, undone ? "put back by `backstop undo` or `backstop restore`" : action.overflowed ? resumeNote : nil)
        if action.overflowed { resumeNote = nil }
        record.describe(created: inspection.changes.filter { $0.before == nil }.count,
                        modified: inspection.changes.filter { $0.before != nil && $0.after != nil }.count,
                        deleted: inspection.deletedFiles, changed: inspection.changes.map(\.path), overflowed: action.overflowed,
                        classification, verdicts: configuration.verdicts)
        record.before = lastCommit.hex
        if classification.verdict == .block {
            let sessionLosses = classification.findings.filter { $0.actionClass == .massDeletion }.flatMap(\.paths)
            try rollBack(within: paths, guardsChanged: tampered.contains { $0 != Self.teamConfiguration }, lost: facts.lostPreexistingFiles, into: &record)
            try restoreEarlierLosses(sessionLosses, into: &record)
            inspector.rolledBack(inspection)
        } else {
            for path in facts.lostPreexistingFiles { earlierLosses[path] = lastCommit }
            // A file written again (or an emptied one filled) is no longer lost: the session's total
            // counts what is missing, so an agent that rewrites files by deleting and recreating
            // them never adds up.
            let returned = inspection.changes.filter { $0.after.map { $0.id.hex != FileOutcome.emptyContent } ?? false }.map(\.path)
            classifier.restored(returned)
            for path in returned { earlierLosses[path] = nil }
            let snapshot = try store.commit(tree: afterTree, reason: "after an action: \(inspection.changes.count) files changed", skipped: skipped)
            lastCommit = snapshot.id
            lastTree = afterTree
            record.snapshot = snapshot.id.hex
            try inspector.accept(inspection, putBackByPerson: undone)
        }
        try log.append(record)
        if classification.verdict != .allow { say(record.summary) }
        try store.flush()
    }

    /// An interrupted watcher that was rolling an action back left the blocked state as its newest
    /// snapshot (a rollback snapshots it first), and a tree half restored: the rollback is done
    /// again, on the paths the blocked state changed, from the same snapshot.
    private func finishRollback(after resumed: ObjectID, interrupted: String) throws -> AuditEntry? {
        guard let newest = try store.newest(), newest != resumed, try store.message(ofCommit: newest).reason == Self.rollbackReason else { return nil }
        let changed = try store.fileChanges(from: lastTree, to: try store.tree(ofCommit: newest), within: nil).map(\.path)
        guard !changed.isEmpty else { return nil }
        let paths = RepositoryPath.covering(changed)
        let report = try store.restore(from: resumed, within: paths, exact: true, dryRun: false, reason: "blocked action, finished after a restart",
                                       recordingAs: "rollback", backingUpOnlyPaths: true)
        try store.markBlocked(newest)
        lastUndoState = report.before
        var record = entry(.action, "finished the rollback that the interrupted watcher (\(interrupted)) began")
        record.verdict = .block
        record.before = resumed.hex
        record.snapshot = newest.hex
        record.sample = changed.prefix(AuditEntry.samplePaths).map(\.description)
        record.rollback = AuditEntry.RollbackRecord(restored: report.plan.written.count + report.plan.replaced.count, removed: report.plan.removed.count,
                                                    mismatched: report.mismatched.map(\.description))
        return record
    }

    /// A person's `backstop undo` or `restore` while the watcher runs: a new undo record that is not
    /// the watcher's own, covering every changed path. Its restore held the snapshot lock until
    /// the record was written, and capturing the action waited for that lock, so the record is
    /// there to read.
    private func putBackByPerson(_ changes: [FileChange]) throws -> Bool {
        guard let record = try store.undoRecord(), record.state != lastUndoState else { return false }
        lastUndoState = record.state
        guard record.kind != "rollback" else { return false }
        let covered = Set(record.paths)
        return changes.allSatisfy { change in covered.contains(change.path) || change.path.ancestors.contains(where: covered.contains) }
    }

    /// Blocks an action: the blocked state is kept (a backup snapshot, also `refs/backstop/blocked`),
    /// the action's paths are restored from the snapshot before it and checked, the guards are
    /// written back, and the rollback's own events are swallowed.
    private func rollBack(within paths: [RepositoryPath]?, guardsChanged: Bool, lost: [RepositoryPath], into record: inout AuditEntry) throws {
        var ownPaths: [RepositoryPath] = []
        var restored = 0, removed = 0
        var mismatched: [String] = []
        if paths != [] {
            let report = try store.restore(from: lastCommit, within: paths, exact: true, dryRun: false, reason: Self.rollbackReason,
                                           recordingAs: "rollback", backingUpOnlyPaths: paths != nil)
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
        if guardsChanged {
            try guards.putBack()
            let now = try GuardState.read(root: location.root)
            mismatched += guards.changes(in: now).map(\.description)
            ownPaths.append(RepositoryPath(".git/config"))
            if let folder = guards.hooksFolderInTree { ownPaths += GuardState.guardedNames.map { folder.appending(Array($0.utf8)) } }
        }
        record.rollback = AuditEntry.RollbackRecord(restored: restored, removed: removed, mismatched: mismatched)
        swallowOwnEvents(ownPaths)
        classifier.restored(lost)
        if paths != [] {
            let after = try store.take(reason: "after rolling back a blocked action", paths: paths)
            lastCommit = after.id
            lastTree = after.tree
        }
    }

    /// A mass deletion spread over many actions: the files the earlier, allowed actions deleted come
    /// back from the snapshot each was last in (kept files are left alone).
    private func restoreEarlierLosses(_ paths: [RepositoryPath], into record: inout AuditEntry) throws {
        var bySource: [ObjectID: [RepositoryPath]] = [:]
        for path in paths {
            if let source = earlierLosses.removeValue(forKey: path) { bySource[source, default: []].append(path) }
        }
        guard !bySource.isEmpty else { return }
        var restored: [RepositoryPath] = []
        var mismatched: [String] = []
        for (source, group) in bySource {
            let report = try store.restore(from: source, within: group, exact: false, dryRun: false, reason: "blocked: the session's deletions",
                                           recordingAs: "rollback", backingUpOnlyPaths: true)
            restored += report.plan.touched
            mismatched += report.mismatched.map(\.description)
        }
        swallowOwnEvents(restored)
        classifier.restored(restored)
        let after = try store.take(reason: "after bringing back the session's deletions", paths: restored)
        lastCommit = after.id
        lastTree = after.tree
        let previous = record.rollback
        record.rollback = AuditEntry.RollbackRecord(restored: (previous?.restored ?? 0) + restored.count, removed: previous?.removed ?? 0,
                                                    mismatched: (previous?.mismatched ?? []) + mismatched)
    }

    /// The rollback's writes raise events like anyone's: a cookie file written after them marks
    /// where they end in the stream. Events before it on the paths the rollback wrote are dropped;
    /// anything else (the agent kept working) goes to the batcher.
    private func swallowOwnEvents(_ ownPaths: [RepositoryPath]) {
        guard !ownPaths.isEmpty else { return }
        var own = Set(ownPaths)
        for path in ownPaths { own.formUnion(path.ancestors) }
        cookies += 1
        let name = "backstop-cookie-\(getpid())-\(cookies)"
        let cookie = Self.gitFolder.appending(Array(name.utf8))
        let file = location.root + "/.git/" + name
        let descriptor = open(file, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        close(descriptor)
        defer { unlink(file) }
        let deadline = MonotonicClock.milliseconds() + Self.cookieMilliseconds
        var seen = false
        while !seen, !queue.isClosed, MonotonicClock.milliseconds() < deadline {
            var others: [FileEvent] = []
            for event in queue.take(until: deadline) {
                if event.path == cookie { seen = true }
                if seen || !own.contains(event.path) { others.append(event) }
            }
            receive(others)
        }
    }

    private func entry(_ event: AuditEntry.Event, _ message: String?) -> AuditEntry {
        var entry = AuditEntry(time: SnapshotStore.now(), event: event)
        entry.pid = getpid()
        entry.message = message
        return entry
    }
}
