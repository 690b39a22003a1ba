struct UndoCommand: PlannedCommand {
    static let name = "undo"
    static let summary = "reverse the last restore or rollback"
    static let usage = "Puts back the state that the last restore or rollback replaced."
    static func parseOptions(_ arguments: inout Arguments) throws(UsageError) { try arguments.finish() }
}
