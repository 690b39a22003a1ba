import BackstopCore
import BackstopGit
import BackstopGuard

struct StatusCommand: Command {
    static let name = "status"
    static let summary = "hooks installed?, watcher running?, last snapshot, last blocked action"
    static let usage = """
        Usage: backstop status
        Says whether the hooks are installed, which remotes are approved, whether the watcher runs
        (pid, since when, its last action), the newest snapshot and the last blocked action.
        """

    init(parsing arguments: inout Arguments) throws(UsageError) {
        try arguments.finish()
    }

    func run(in context: CommandContext) throws -> ExitStatus {
        let repository = try context.repository()
        let installer = try HookInstaller(repository: repository)
        Terminal.output("hooks: \(installer.isInstalled ? "installed" : "not installed (run `backstop install`)") in \(installer.hooksDirectory)")
        let allowList = try RemoteAllowList(repository: repository)
        Terminal.output("approved remotes: \(allowList.entries.isEmpty ? "none" : allowList.entries.map { "\($0.name) (\($0.url))" }.joined(separator: ", "))")
        let log = try AuditLog(repository).entries().entries
        if let watcher = WatcherRegistration.running(repository) {
            Terminal.output("watcher: running (pid \(watcher.pid), since \(watcher.since))")
        } else {
            Terminal.output("watcher: not running (`backstop watch --daemon` starts it)")
        }
        if let last = log.last(where: { $0.event == .action }) {
            Terminal.output("last action: " + last.summary.indentingLines())
        }
        if let blocked = log.last(where: { $0.verdict == .block }) {
            Terminal.output("last blocked action: " + blocked.summary.indentingLines())
        }
        // Read through git's log, so a status query never creates Backstop's state.
        if let newest = try SnapshotLog.newest(in: repository.root, reference: SnapshotStore.snapshotsReference) {
            Terminal.output("newest snapshot: \(newest.abbreviatedID) at \(SnapshotMessage.format(newest.time)) (\(newest.reason))")
        } else {
            Terminal.output("newest snapshot: none yet (`backstop snapshot` takes one)")
        }
        return .clean
    }
}
