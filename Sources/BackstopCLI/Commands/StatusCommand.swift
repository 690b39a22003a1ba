import BackstopCore
import BackstopGuard

struct StatusCommand: Command {
    static let name = "status"
    static let summary = "hooks installed?, watcher running?, last snapshot, last blocked action"
    static let usage = """
        Usage: backstop status
        Says whether the hooks are installed, each remote with the URL pushes to it go to and whether
        that URL is approved, whether the watcher runs
        (pid, since when, its last action), the newest snapshot, the last blocked action and the
        store outside the tree. Exits 0 only when the repository is fully guarded (hooks installed,
        a watcher running, the store holding a copy of `.git`), 1 otherwise, saying what is wrong.
        """

    init(parsing arguments: inout Arguments) throws(UsageError) {
        try arguments.finish()
    }

    func run(in context: CommandContext) throws -> ExitStatus {
        let configuration = try context.configuration().configuration
        let status = try GuardStatus(try context.repository(), configuredRemoteURLs: configuration.allowedRemoteURLs)
        Terminal.output("hooks: \(status.hooksInstalled ? "installed" : "not installed (run `backstop install`)") in \(status.hooksDirectory)")
        Terminal.output("remotes: " + Self.describe(status.remotes))
        if let watcher = status.watcher {
            Terminal.output("watcher: running (pid \(watcher.pid), since \(watcher.since))")
        } else {
            Terminal.output("watcher: not running (`backstop watch --daemon` starts it)")
        }
        if let last = status.lastAction { Terminal.output("last action: " + last.summary.indentingLines()) }
        if let blocked = status.lastBlocked { Terminal.output("last blocked action: " + blocked.summary.indentingLines()) }
        if let newest = status.newestSnapshot {
            Terminal.output("newest snapshot: \(newest.abbreviatedID) at \(SnapshotMessage.format(newest.time)) (\(newest.reason))")
        } else {
            Terminal.output("newest snapshot: none yet (`backstop snapshot` takes one)")
        }
        if status.leftOutFiles > 0 {
            Terminal.output("left out of snapshots: \(status.leftOutFiles) work files (too large or unreadable; `backstop log` names them)")
        }
        let ownBytes = status.storeOwnBytes >= 1 << 20 ? "\(status.storeOwnBytes >> 20) MiB" : "\(status.storeOwnBytes >> 10) KiB"
        Terminal.output("store outside the tree: \(status.storeDirectory) (\(status.storeExists ? "\(ownBytes) of its own" : "empty"))")
        let budget = configuration.snapshots.diskBudgetBytes
        if status.storeOwnBytes > budget {
            Terminal.say("backstop: warning: the store outside the tree holds \(ownBytes) of its own (objects the repository dropped), over "
                         + "snapshots.diskBudgetBytes (\(budget >> 20) MiB)")
        }
        for problem in status.problems { Terminal.say("backstop: not fully guarded: \(problem)") }
        return status.problems.isEmpty ? .clean : .blocked
    }

    /// `origin -> URL (approved), backup -> URL (NOT approved: ...)`, then the approvals no remote uses.
    static func describe(_ remotes: RemoteApprovals) -> String {
        var parts = remotes.rows.map { row in
            "\(row.name) -> \(row.url) (\(row.isApproved ? "approved" : "NOT approved: `backstop allow-remote \(row.name)` approves it"))"
        }
        if parts.isEmpty { parts.append("none") }
        let unused = remotes.unusedApprovals
        if unused > 0 { parts.append("and \(unused) approved URL\(unused == 1 ? "" : "s") that no remote has now") }
        return parts.joined(separator: ", ")
    }
}
