import BackstopCore
import BackstopGit

/// What `backstop status` reports: the hooks, the approved remotes, the watcher, its last actions
/// and the newest snapshot. Read without creating any of Backstop's state.
public struct GuardStatus {
    public let hooksInstalled: Bool
    public let hooksDirectory: String
    public let approvedRemotes: [RemoteAllowList.Entry]
    public let watcher: WatcherRegistration.Details?
    public let lastAction: AuditEntry?
    public let lastBlocked: AuditEntry?
    public let newestSnapshot: SnapshotLog.Entry?

    public init(_ repository: RepositoryLocation) throws {
        let installer = try HookInstaller(repository: repository)
        hooksInstalled = installer.isInstalled
        hooksDirectory = installer.hooksDirectory
        approvedRemotes = try RemoteAllowList(repository: repository).entries
        watcher = WatcherRegistration.running(repository)
        let log = try AuditLog(repository).entries().entries
        lastAction = log.last { $0.event == .action }
        lastBlocked = log.last { $0.verdict == .block }
        // Read through git's log, so a status query never creates Backstop's state.
        newestSnapshot = try SnapshotLog.newest(in: repository.root, reference: SnapshotStore.snapshotsReference)
    }
}
