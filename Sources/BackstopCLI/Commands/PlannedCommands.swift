/// Commands whose work comes with the watcher and snapshots. Each parses its design options.

struct WatchCommand: PlannedCommand {
    static let name = "watch"
    static let summary = "run the watcher (foreground; --daemon detaches, --stop stops it)"
    static let usage = """
        Runs the watcher on the working tree until SIGINT or SIGTERM.
          --daemon   detach, returning once the watcher is ready
          --stop     stop the running watcher
        """
    static func parseOptions(_ arguments: inout Arguments) throws(UsageError) {
        _ = arguments.flag("--daemon")
        _ = arguments.flag("--stop")
        try arguments.finish()
    }
}

struct SnapshotCommand: PlannedCommand {
    static let name = "snapshot"
    static let summary = "take a snapshot of the working tree now and print its id"
    static let usage = """
        Writes the working tree as a commit on refs/backstop/snapshots and prints its id.
          -m, --message MESSAGE   why the snapshot was taken
        """
    static func parseOptions(_ arguments: inout Arguments) throws(UsageError) {
        _ = try arguments.option("-m", "--message")
        try arguments.finish()
    }
}

struct SnapshotsCommand: PlannedCommand {
    static let name = "snapshots"
    static let summary = "list snapshots, newest first"
    static let usage = """
        Lists snapshots, newest first: id, time, reason, files changed.
          --format text|json
        """
    static func parseOptions(_ arguments: inout Arguments) throws(UsageError) {
        _ = try arguments.choice("--format", from: ["text", "json"], default: "text")
        try arguments.finish()
    }
}

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

struct UndoCommand: PlannedCommand {
    static let name = "undo"
    static let summary = "reverse the last restore or rollback"
    static let usage = "Puts back the state that the last restore or rollback replaced."
    static func parseOptions(_ arguments: inout Arguments) throws(UsageError) { try arguments.finish() }
}

struct LogCommand: PlannedCommand {
    static let name = "log"
    static let summary = "print the audit log of actions, verdicts and snapshots"
    static let usage = """
        Prints the audit log (.git/backstop/log.jsonl).
          --format text|json
        """
    static func parseOptions(_ arguments: inout Arguments) throws(UsageError) {
        _ = try arguments.choice("--format", from: ["text", "json"], default: "text")
        try arguments.finish()
    }
}
