struct UndoCommand: Command {
    static let name = "undo"
    static let summary = "reverse the last restore or rollback"
    static let usage = """
        Usage: backstop undo
        Puts back the state that the last restore, rollback or undo replaced, on the paths it changed
        (so a second undo redoes). The working tree is snapshotted first.
        """

    init(parsing arguments: inout Arguments) throws(UsageError) {
        try arguments.finish()
    }

    func run(in context: CommandContext) throws -> ExitStatus {
        let store = try context.snapshotStore()
        guard let report = try store.undo() else {
            Terminal.say("backstop: nothing to undo (no restore or rollback has been made)")
            return .clean
        }
        SnapshotReporting.sayRestore(report, verb: "undid; put back")
        return try SnapshotReporting.sayMismatch(report)
    }
}
