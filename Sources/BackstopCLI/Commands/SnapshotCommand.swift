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
