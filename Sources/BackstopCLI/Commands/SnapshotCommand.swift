import BackstopCore
import BackstopGit

struct SnapshotCommand: Command {
    static let name = "snapshot"
    static let summary = "take a snapshot of the working tree now and print its id"
    static let usage = """
        Usage: backstop snapshot [-m MESSAGE]
        Writes the working tree (tracked files, untracked files that are not ignored, and the ignored
        secret files named in secretFiles) as a commit on refs/backstop/snapshots and prints its id.
        Nothing changed since the newest snapshot: prints that snapshot's id and adds nothing. The
        store outside the tree then catches up, so `backstop recover` finds this snapshot.
          -m, --message MESSAGE   why the snapshot was taken
        """

    let message: String?

    init(parsing arguments: inout Arguments) throws(UsageError) {
        message = try arguments.option("-m", "--message")
        try arguments.finish()
    }

    func run(in context: CommandContext) throws -> ExitStatus {
        let settings = try context.configuration().configuration.snapshots
        // Nothing changed: the store (and its 100,000-entry index) is never opened.
        let (record, opened) = try SnapshotStore.takeOnce(location: try context.repository(), settings: settings, reason: message ?? "backstop snapshot")
        for skipped in record.skipped { Terminal.say("backstop: skipped \(skipped.path.quoted): \(skipped.reason)") }
        if !record.created { Terminal.say("backstop: nothing changed since the newest snapshot") }
        Terminal.output(record.id.hex)
        _ = try OutsideStore(location: try context.repository()).update()
        if let store = try opened ?? (SnapshotStore.isPruneDue(location: try context.repository()) ? context.snapshotStore() : nil) {
            SnapshotReporting.sayPruning(try store.pruneIfDue(), settings: store.settings)
        }
        return .clean
    }
}
