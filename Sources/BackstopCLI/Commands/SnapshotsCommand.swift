import BackstopCore
import Foundation

struct SnapshotsCommand: Command {
    static let name = "snapshots"
    static let summary = "list snapshots, newest first"
    static let usage = """
        Usage: backstop snapshots [--format text|json]
        Lists snapshots, newest first: id, time (UTC), files changed against the one before, reason.
        """

    let format: String

    init(parsing arguments: inout Arguments) throws(UsageError) {
        format = try arguments.choice("--format", from: ["text", "json"], default: "text")
        try arguments.finish()
    }

    func run(in context: CommandContext) throws -> ExitStatus {
        let snapshots = try context.snapshotStore().history()
        if format == "json" {
            let items: [[String: Any]] = snapshots.map {
                ["id": $0.id.hex, "time": SnapshotMessage.format($0.time), "reason": $0.reason, "changedFiles": $0.changedFiles]
            }
            let data = try JSONSerialization.data(withJSONObject: items, options: [.prettyPrinted, .sortedKeys])
            Terminal.output(String(decoding: data, as: UTF8.self))
            return .clean
        }
        if snapshots.isEmpty { Terminal.say("backstop: no snapshots yet (take one with `backstop snapshot`)") }
        for snapshot in snapshots {
            let files = String(snapshot.changedFiles).leftPadded(to: 6)
            Terminal.output("\(snapshot.id.short)  \(SnapshotMessage.format(snapshot.time))  \(files) files  \(snapshot.reason)")
        }
        return .clean
    }
}
