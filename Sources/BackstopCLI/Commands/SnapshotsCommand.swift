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
