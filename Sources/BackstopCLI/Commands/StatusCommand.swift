import BackstopCore
import BackstopGit
import Foundation

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
        let installer = try HookInstaller(repository: repository, binaryPath: HookInstaller.currentBinary)
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
            Terminal.output("last action: " + last.summary.replacingOccurrences(of: "\n", with: "\n  "))
        }
        if let blocked = log.last(where: { $0.verdict == .block }) {
            Terminal.output("last blocked action: " + blocked.summary.replacingOccurrences(of: "\n", with: "\n  "))
        }
        // Read through git, so a status query never creates Backstop's state.
        let newest = try context.git.runAllowingFailure(["log", "-1", "--format=%h %ct %s", SnapshotStore.snapshotsReference])
        let fields = newest.text.split(separator: " ", maxSplits: 2).map(String.init)
        if newest.status == 0, fields.count == 3, let time = Int64(fields[1]) {
            Terminal.output("newest snapshot: \(fields[0]) at \(SnapshotMessage.format(time)) (\(fields[2].trimmingCharacters(in: .newlines)))")
        } else {
            Terminal.output("newest snapshot: none yet (`backstop snapshot` takes one)")
        }
        return .clean
    }
}
