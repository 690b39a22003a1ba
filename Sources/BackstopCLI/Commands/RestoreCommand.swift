import BackstopCore
import BackstopGit
import BackstopGuard

struct RestoreCommand: Command {
    static let name = "restore"
    static let summary = "put files back from a snapshot (default: the newest)"
    static let usage = """
        Usage: backstop restore [SNAPSHOT] [-- PATH...] [--dry-run] [--exact]
        Puts files back (content and mode) from a snapshot; SNAPSHOT is an id, a prefix of one, or any
        revision. By default the newest snapshot that is not a restore's own backup. Snapshots the working tree first, so `backstop undo`
        reverses it. Never touches HEAD or the index, never writes through a symbolic link or into
        .git; files that are not in the snapshot are kept unless --exact.
          --dry-run   say what would be restored, write nothing
          --exact     also remove files that are not in the snapshot
        """

    let snapshot: String?
    let paths: [String]
    let dryRun: Bool
    let exact: Bool

    init(parsing arguments: inout Arguments) throws(UsageError) {
        dryRun = arguments.flag("--dry-run")
        exact = arguments.flag("--exact")
        let (before, after) = try arguments.splitPositionals()
        if before.count > 1 {
            throw UsageError(message: "backstop restore: takes at most one SNAPSHOT before `--`, got '\(before[1])' (put paths after `--`)")
        }
        snapshot = before.first
        paths = after
    }

    func run(in context: CommandContext) throws -> ExitStatus {
        let store = try context.snapshotStore()
        let source: ObjectID
        if let snapshot {
            source = try store.resolve(snapshot)
        } else if let newest = try store.defaultRestoreSource() {
            source = newest
        } else {
            throw GuardError("there are no snapshots yet", hint: "take one with `backstop snapshot`")
        }
        // One path naming the root itself means the whole tree, like no path at all.
        let within = try paths.map(context.repositoryPath)
        let filters: [RepositoryPath]? = within.isEmpty || within.contains(nil) ? nil : within.compactMap { $0 }
        let report = try store.restore(from: source, within: filters, exact: exact, dryRun: dryRun, reason: "before restore of \(source.short)")
        SnapshotReporting.sayRestore(report, verb: "restored from")
        return try SnapshotReporting.sayMismatch(report)
    }
}
