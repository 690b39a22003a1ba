import BackstopCore
import BackstopGit
import BackstopGuard
import Foundation

struct RecoverCommand: Command {
    static let name = "recover"
    static let summary = "rebuild a repository whose .git or whole folder was deleted, from the store outside the tree"
    static let usage = """
        Usage: backstop recover PATH [--force]
               backstop recover --list
        Rebuilds the repository whose working tree was at PATH from the store outside the tree
        (${XDG_STATE_HOME:-~/.local/state}/backstop/): `.git` with every ref, the stash, the index,
        the config and the hooks as they were, then the work files of the newest settled snapshot,
        untracked work and `.env` included. Lists what it put back. Writes over nothing.
          --force   PATH has content (only `.git` was deleted, or part of the work): put back only
                    what is missing, and name the files that differ from the snapshot
          --list    the repositories the store holds, and whether each is still there
        """

    let path: String?
    let force: Bool
    let list: Bool

    init(parsing arguments: inout Arguments) throws(UsageError) {
        force = arguments.flag("--force")
        list = arguments.flag("--list")
        let positionals = try arguments.positionals()
        if list {
            guard positionals.isEmpty, !force else { throw UsageError(message: "backstop recover: --list takes no PATH and no --force") }
            path = nil
        } else {
            guard positionals.count == 1 else { throw UsageError(message: "backstop recover: needs one PATH, the repository's folder as it was") }
            path = positionals[0]
        }
    }

    func run(in context: CommandContext) throws -> ExitStatus {
        guard let path else { return listStores() }
        let root = Recovery.canonicalRoot(path, from: context.directory)
        let report = try Recovery.recover(root: root, settings: try context.configuration().configuration.snapshots, force: force)
        Terminal.say("backstop: rebuilt \(root)/.git from the store outside the tree (\(report.gitFiles) files put back)")
        guard let snapshot = report.snapshot else {
            Terminal.say("backstop: the store holds no snapshot and no commit; `.git` alone was rebuilt")
            return .clean
        }
        let when = report.snapshotMessage.map { " (\(SnapshotMessage.format($0.time)), \($0.reason))" } ?? " (HEAD: the store holds no snapshot)"
        for path in report.restored.prefix(SnapshotReporting.listLimit) { Terminal.say("  restored: \(path.quoted)") }
        if report.restored.count > SnapshotReporting.listLimit { Terminal.say("  restored: ... and \(report.restored.count - SnapshotReporting.listLimit) more") }
        for path in report.differing.prefix(SnapshotReporting.listLimit) { Terminal.say("  kept as it is: \(path.quoted) (differs from the snapshot)") }
        for path in report.mismatched.prefix(SnapshotReporting.listLimit) { Terminal.say("  NOT restored: \(path.quoted) (differs from the snapshot after writing)") }
        Terminal.say("backstop: \(report.restored.count) work files restored from snapshot \(snapshot.short)\(when)")
        if !report.differing.isEmpty {
            Terminal.say("  \(report.differing.count) files differ from it and were kept; `backstop -C \(root) restore \(snapshot.short) -- PATH` puts back its version")
        }
        return report.mismatched.isEmpty ? .clean : .failure
    }

    private func listStores() -> ExitStatus {
        let known = OutsideStore.known()
        if known.isEmpty { Terminal.say("backstop: the store outside the tree holds no repository yet (\(OutsideStore.baseDirectory))") }
        for store in known {
            let state = !FileManager.default.fileExists(atPath: store.root) ? "folder deleted" : !OutsideStore.isWhole(store.root + "/.git") ? ".git deleted" : "present"
            let newest = store.newestSnapshotTime.map { "newest snapshot \(SnapshotMessage.format($0))" } ?? "no snapshot"
            Terminal.output("\(store.root)  (\(state); \(newest))  \(store.directory)")
        }
        return .clean
    }
}
