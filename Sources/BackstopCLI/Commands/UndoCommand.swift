import BackstopCore
import BackstopGit

struct UndoCommand: Command {
    static let name = "undo"
    static let summary = "reverse the last restore or rollback"
    static let usage = """
        Usage: backstop undo
        Puts back the state that the last restore, rollback or undo replaced, on the paths it changed
        (so a second undo redoes). The working tree is snapshotted first. Putting back what a rollback
        kept out for a secret, a copied credential or a tampered guard is for a person alone, at a
        terminal: it asks for a code shown there.
        """

    init(parsing arguments: inout Arguments) throws(UsageError) {
        try arguments.finish()
    }

    func run(in context: CommandContext) throws -> ExitStatus {
        let store = try context.snapshotStore()
        guard let record = try store.undoRecord(), !record.paths.isEmpty else {
            Terminal.say("backstop: nothing to undo (no restore or rollback has been made)")
            return .clean
        }
        let needed = try context.configuration().configuration.personOnly.undoNeedsPerson(puttingBack: record.blockedInState)
        let blocked = record.blockedInState.map { $0.map(\.rawValue).joined(separator: ", ") } ?? "not known"
        guard PersonGate.admits(Self.name, needed: needed, doing: "puts back what the watcher blocked (\(blocked)) on \(record.paths.count) paths",
                                commandLine: "backstop undo", in: try context.repository().root) else { return .blocked }
        guard let report = try store.undo(expecting: record.state) else {
            Terminal.say("backstop: nothing to undo (no restore or rollback has been made)")
            return .clean
        }
        SnapshotReporting.sayRestore(report, verb: "undid; put back")
        return try SnapshotReporting.sayMismatch(report)
    }
}
