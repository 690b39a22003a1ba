import BackstopCore
import BackstopGit

/// What `backstop status` reports: the hooks, the approved remotes, the watcher, its last actions
/// and the newest snapshot. Read without creating any of Backstop's state.
public struct GuardStatus {
    public let hooksInstalled: Bool
    public let hooksDirectory: String
    public let approvedRemotes: [RemoteAllowList.Entry]
    /// Each remote by name with its push URL and whether it is approved; approvals no remote uses are counted.
    public let remotes: RemoteApprovals
    public let watcher: WatcherRegistration.Details?
    public let lastAction: AuditEntry?
    public let lastBlocked: AuditEntry?
    /// Work files snapshots leave out now (too large, unreadable), as the watcher last counted.
    public let leftOutFiles: Int
    /// The watcher's last action failed to be judged, even after healing.
    public let lastFailure: AuditEntry?
    public let newestSnapshot: SnapshotLog.Entry?
    /// Secrets that reached a remote by a push no check saw, not yet said to be rotated.
    public let unrotatedLeaks: [AuditEntry]
    /// The store outside the tree: its folder, whether it holds a copy of `.git` yet, and the bytes
    /// only it holds (what deleting the repository would leave there).
    public let storeDirectory: String
    public let storeExists: Bool
    public let storeOwnBytes: Int

    /// What keeps the repository from being fully guarded, as a person would fix it; empty when
    /// it is (hooks installed, a watcher running, the store holding a copy).
    public var problems: [String] {
        var problems: [String] = []
        if !hooksInstalled { problems.append("the hooks are not installed: run `backstop install`") }
        if watcher == nil { problems.append("no watcher runs: run `backstop watch --daemon`") }
        if let lastFailure { problems.append("the watcher failed to judge its last action (\(lastFailure.time)); see `backstop log`") }
        for leak in unrotatedLeaks {
            problems.append("a secret reached a remote (\(leak.time)); rotate it, then a person runs `backstop leaks --rotated`. `backstop leaks` names it")
        }
        if !storeExists { problems.append("the store outside the tree holds no copy yet: run `backstop install` or `backstop watch --daemon`") }
        return problems
    }

    /// `configuredRemoteURLs`: `push.allowedRemoteURLs`, which approve as the allow list does.
    public init(_ repository: RepositoryLocation, configuredRemoteURLs: [String] = []) throws {
        let installer = try HookInstaller(repository: repository)
        hooksInstalled = installer.isInstalled
        hooksDirectory = installer.hooksDirectory
        approvedRemotes = try RemoteAllowList(repository: repository).entries
        remotes = RemoteApprovals(remotes: try Remotes.configured(in: repository.root), approvedURLs: approvedRemotes.map(\.url),
                                  configuredURLs: configuredRemoteURLs)
        watcher = WatcherRegistration.running(repository)
        let log = try AuditLog(repository).entries().entries
        lastAction = log.last { $0.event == .action }
        lastBlocked = log.last { $0.verdict == .block }
        leftOutFiles = log.last { $0.leftOutTotal != nil }?.leftOutTotal ?? 0
        let lastOutcome = log.last { [.start, .action, .unjudged].contains($0.event) }
        lastFailure = lastOutcome?.event == .unjudged ? lastOutcome : nil
        unrotatedLeaks = PushedSecrets.unrotated(log)
        // Read through git's log, so a status query never creates Backstop's state.
        newestSnapshot = try SnapshotLog.newest(in: repository.root, reference: SnapshotStore.snapshotsReference)
        let outside = OutsideStore(location: repository)
        storeDirectory = outside.directory
        storeExists = outside.exists
        storeOwnBytes = outside.ownBytes()
    }
}
