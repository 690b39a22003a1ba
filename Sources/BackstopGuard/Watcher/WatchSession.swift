import BackstopCore
import BackstopGit
import BackstopSystem
import BackstopWatch

/// One run of the watcher over a working tree: events in, batched into actions, each judged and
/// then either snapshotted or rolled back, and written to the audit log.
///
/// `run` waits on the event source and calls `step(now:)`, which takes what is queued, closes an
/// action whose time has come and judges it: watchman's `stepIoThread`. A test hands the session
/// a source it fills itself and steps it with times it chooses, with no kernel and no sleeping.
///
/// Everything but the event source's reader runs on the thread that calls `run` or `step`, which
/// owns the snapshot store: libgit2 lets one thread at a time use a repository. Only `stop` may be
/// called from another thread, hence `@unchecked Sendable`.
public final class WatchSession: @unchecked Sendable {
    /// Degraded mode (some folders could not be watched): how often the whole tree is rescanned.
    static let rescanMilliseconds: Int64 = 5_000
    /// libgit2's pack windows and object cache: enough for an action's objects, not a whole tree's.
    /// The cache holds trees, which a rollback's comparisons read again soon or never. (The mapped
    /// limit closes only whole windows, and a window maps a whole pack of up to 1 GiB: the pages an
    /// action read are let go after it instead, see `step`.)
    static let mappedPackBytes = 8 << 20, cachedObjectBytes = 1 << 20
    /// How long the watcher waits to see its own cookie file after a rollback.
    static let cookieMilliseconds: Int64 = 5_000
    /// The reason of the snapshot a rollback takes of the blocked state first: how a resumed watcher
    /// knows its predecessor was cut short in the middle of one.
    static let rollbackReason = "blocked action"
    static let gitFolder = RepositoryPath(".git")

    let location: RepositoryLocation
    /// The working tree's folder as it was when the watch began: one deleted (or replaced) is
    /// no longer watched, and the watch ends.
    let rootIdentity: FileIdentity?
    let store: SnapshotStore
    let events: EventSource
    let clock: @Sendable () -> Int64
    let log: AuditLog
    /// The store outside the tree: what rebuilds `.git` when an action deletes it.
    let outside: OutsideStore
    let say: (String) -> Void
    let guards: GuardedFiles
    let inspector: ActionInspector
    var classifier: ActionClassifier
    var batcher: ActionBatcher
    /// The newest snapshot of a settled state, and its tree: what the next action is compared
    /// with, and what a rollback restores from.
    var settledSnapshot: ObjectID
    var settledTree: ObjectID
    /// Files read ahead into the private index since the last action closed: the action's capture
    /// must look at them again, even those whose events cancel out (created, then deleted).
    var stagedSinceAction: [RepositoryPath] = []
    var lastUndoState: ObjectID?
    var cookies = 0
    var reportedWatchFailure = false
    var reportedUnreadableFolders = 0
    var nextRescan: Int64?
    /// An action failed on a full disk: what it changed is in no snapshot and its events are spent,
    /// so the whole tree is rescanned on the rescan timer and before each sync until one succeeds.
    var rescanAfterFullDisk = false
    var pendingSyncs: [String] = []
    /// When the store outside the tree is to catch up with `.git` (a snapshot, a commit, a branch).
    var outsideStoreDue: Int64?
    var reportedOutsideStoreFailure = false
    /// Work files earlier allowed actions lost, with the snapshot from before each: when the
    /// session's total crosses the threshold, the rollback brings them back too.
    var earlierLosses: [RepositoryPath: ObjectID] = [:]
    /// Said in the audit entry of the first action after resuming from an interrupted watcher.
    var resumeNote: String?
    /// The rollback an interrupted watcher began and this one finished, logged once it runs.
    var finishedRollback: AuditEntry?

    /// Whether the last `stop` came from `watch --stop` or a person at the terminal.
    public private(set) var stoppedAsAsked = true
    /// Reads the configuration and the scanner's rules again, when a change to `.backstopignore` or
    /// `.backstop.json` stands (a person's: an agent's change to the team file is blocked).
    public var reloadSettings: (() throws -> (Configuration, SecretDetector))?
    /// Work files snapshots leave out, and why: named in the log when they appear and when they go.
    var leftOut: [RepositoryPath: String] = [:]
    /// Said when the watch starts: work files the last snapshot held that are missing now.
    var startNote: String?

    public let baseline: SnapshotRecord
    public var watchCount: Int { events.watchCount }

    /// Starts `events`, then takes the baseline snapshot, so nothing that happens in between is
    /// missed: it is either in the baseline or an event. `clock` gives monotonic milliseconds
    /// (events that arrive during a rollback are stamped with it).
    ///
    /// `resumingAfter` names a watcher that was killed rather than stopped: this one starts from
    /// that watcher's newest settled snapshot and judges everything since as its first action, so a
    /// rollback cut short is finished and a deletion made while no watcher ran is still caught.
    /// `store` is the repository's snapshot store when the caller opened it already (while the
    /// watches were being set); it is opened here otherwise.
    public init(location: RepositoryLocation, configuration: Configuration, detector: SecretDetector, events: EventSource,
                store opened: SnapshotStore? = nil, resumingAfter interrupted: String? = nil, clock: @escaping @Sendable () -> Int64 = MonotonicClock.milliseconds,
                say: @escaping (String) -> Void) throws {
        self.location = location
        rootIdentity = try? Files.status(location.root)?.identity
        self.events = events
        self.clock = clock
        self.say = say
        log = AuditLog(location)
        outside = OutsideStore(location: location)
        try Self.limitLibgit2Memory()
        store = try opened ?? SnapshotStore(location: location, settings: configuration.snapshots)
        store.writesIndexLazily = true
        guards = try GuardedFiles.read(root: location.root)
        events.start()
        let resumed = try interrupted == nil ? nil : store.defaultRestoreSource()
        let snapshots = store
        let resumedTree = try resumed.map { try snapshots.tree(ofCommit: $0) }
        // A rollback the interrupted watcher began is finished before the baseline is taken: the
        // baseline would otherwise hide the blocked state it must be recognised by.
        if let interrupted, let resumed, let resumedTree {
            finishedRollback = try Self.finishRollback(store, from: resumed, tree: resumedTree, interrupted: interrupted)
        }
        let previous = try interrupted == nil ? store.defaultRestoreSource() : nil
        baseline = try store.take(reason: resumed == nil ? "backstop watch started" : "backstop watch resumed", kind: resumed == nil ? .state : .backup)
        if let previous {
            startNote = try Self.missingSince(previous, baseline: baseline.tree, store: store)
        }
        settledSnapshot = resumed ?? baseline.id
        settledTree = resumedTree ?? baseline.tree
        lastUndoState = try store.undoRecord()?.state
        // Resuming, the files there before are the interrupted watcher's, not what is left now.
        let preexisting = try resumed == nil ? store.indexedFileCount() : store.fileChanges(from: nil, to: settledTree, within: nil).count
        classifier = ActionClassifier(threshold: configuration.massDeletion, verdicts: configuration.verdicts, preexistingFileCount: preexisting)
        let outsideStore = outside
        inspector = try ActionInspector(store: store, baselineTree: settledTree, detector: detector, maximumScanBytes: configuration.maximumScanFileBytes,
                                        knownCommits: { outsideStore.heldCommits() })
        batcher = ActionBatcher(settleMilliseconds: configuration.settleMilliseconds, maximumMilliseconds: configuration.maximumActionMilliseconds)
        if let interrupted, let resumed {
            // The whole tree against the interrupted watcher's last settled state, as after lost events.
            resumeNote = "changes made while no watcher ran: the one before (\(interrupted)) ended without `backstop watch --stop`; "
                + "judged against its last snapshot \(resumed.short)"
            batcher.receive(FileEvent(.overflow, RepositoryPath(bytes: [])), at: clock())
        }
        try store.flush()
        updateOutsideStore()
        reportWatchFailure(now: clock())
    }

    /// Gives back what large work (the baseline, an action) freed or read: a whole-tree snapshot or
    /// a rollback of 10,000 files frees tens of megabytes of arrays, whose pages glibc keeps unless
    /// asked, and reads pack files that libgit2 keeps mapped whole; a watcher sits idle for hours.
    func releaseMemory() {
        ProcessMemory.releaseFreePages()
        ProcessMemory.releaseMappedPages(below: location.commonDirectory + "/objects")
    }

    /// Caps libgit2's memory for this long-lived process, before the first repository is opened
    /// (the watches' ignore rules open one).
    public static func limitLibgit2Memory() throws(GitError) {
        try Libgit2.limitMemory(mappedBytes: mappedPackBytes, cachedBytes: cachedObjectBytes)
    }

    /// Makes `run` return (SIGINT, SIGTERM); safe from any thread. `asked`: by `watch --stop` or a
    /// person at the terminal; otherwise the stop is logged as an interruption.
    public func stop(asked: Bool = true) {
        stoppedAsAsked = asked
        events.close()
    }

    /// Watches until `stop`.
    public func run() throws {
        try log.append(entry(.start, "watching \(location.root): \(events.watchCount) folders, baseline snapshot \(baseline.id.short)"
            + (startNote.map { "\n" + $0 } ?? "")))
        if let startNote { say("backstop watch: " + startNote) }
        noteLeftOut(baseline.skipped, within: [])
        if let finishedRollback {
            try log.append(finishedRollback)
            say(finishedRollback.summary)
        }
        // After the caller said "ready": the baseline's memory goes back off the start's path.
        releaseMemory()
        while true {
            events.wait(until: [batcher.deadline, nextRescan, outsideStoreDue].compactMap { $0 }.min())
            if events.isClosed { break }
            step(now: clock())
        }
        events.stop()
        try store.flush()
        updateOutsideStore()
        try log.append(entry(.stop, stoppedAsAsked ? "stopped" : "stopped by a signal that did not come from `backstop watch --stop`: "
            + "treated as a kill, the next watcher judges what changed meanwhile"))
    }

    /// One turn of the loop: takes the events queued by `now`, rescans when that is due, closes
    /// the open action when its settle time or maximum length has passed and judges it, and once
    /// no action is open, brings the store outside the tree up to date when that is due and
    /// answers the sync cookies.
    public func step(now: Int64) {
        reportWatchFailure(now: now)
        receive(events.take(), at: now)
        if let due = nextRescan, now >= due, batcher.isIdle {
            // Folders without a watch are seen only by rescanning the whole tree.
            batcher.receive(FileEvent(.overflow, RepositoryPath(bytes: [])), at: now)
            nextRescan = now + Self.rescanMilliseconds
        }
        if let action = batcher.close(at: now) {
            defer { releaseMemory() }
            judge(action, now: now)
        }
        guard batcher.isIdle else { return }
        // A sync answered means judged up to now: refs journaled and the store caught up included.
        if let due = outsideStoreDue, now >= due || !pendingSyncs.isEmpty { updateOutsideStore() }
        answerSyncs(now: now)
    }

    /// Work files the newest settled snapshot before this watch held and the tree no longer does
    /// (deleted while no watcher ran), with the command that brings them back; nil when none are.
    static func missingSince(_ previous: ObjectID, baseline: ObjectID, store: SnapshotStore) throws -> String? {
        let missing = try store.fileChanges(from: try store.tree(ofCommit: previous), to: baseline, within: nil).filter { $0.after == nil }.map(\.path)
        guard !missing.isEmpty else { return nil }
        let sample = missing.prefix(AuditEntry.samplePaths).map(\.quoted).joined(separator: ", ")
        return "\(missing.count) work files of the last snapshot \(previous.short) are missing now (\(sample)\(missing.count > AuditEntry.samplePaths ? ", ..." : "")); "
            + "`backstop restore \(previous.short) -- PATH` brings one back, `backstop restore \(previous.short)` all of them"
    }

    func entry(_ event: AuditEntry.Event, _ message: String?) -> AuditEntry { Self.entry(event, message) }

    static func entry(_ event: AuditEntry.Event, _ message: String?) -> AuditEntry {
        var entry = AuditEntry(time: SnapshotStore.now(), event: event)
        entry.pid = CurrentProcess.identifier
        entry.message = message
        return entry
    }
}
