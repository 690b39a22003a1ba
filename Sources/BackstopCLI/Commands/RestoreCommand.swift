struct RestoreCommand: PlannedCommand {
    static let name = "restore"
    static let summary = "put files back from a snapshot (default: the newest)"
    static let usage = """
        Usage: backstop restore [SNAPSHOT] [-- PATH...] [--dry-run] [--exact]
        Puts files back from a snapshot; never touches HEAD or the index.
          --dry-run   say what would be restored, write nothing
          --exact     also remove files that are not in the snapshot
        """
    static func parseOptions(_ arguments: inout Arguments) throws(UsageError) {
        _ = arguments.flag("--dry-run")
        _ = arguments.flag("--exact")
        let (snapshots, _) = try arguments.splitPositionals()
        if snapshots.count > 1 {
            throw UsageError(message: "backstop restore: takes at most one SNAPSHOT before `--`, got '\(snapshots[1])'")
        }
    }
}
