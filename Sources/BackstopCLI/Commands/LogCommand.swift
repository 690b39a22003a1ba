import BackstopCore
import BackstopGuard
import Foundation

struct LogCommand: Command {
    static let name = "log"
    static let summary = "print the audit log of actions, verdicts and snapshots"
    static let usage = """
        Usage: backstop log [--format text|json] [--blocked] [--all] [-n COUNT]
        Prints the watcher's audit log (.git/backstop/log.jsonl), oldest first: every action with its
        counts, up to 5 of its paths (quoted as git quotes them), classes and evidence, verdict,
        snapshot ids and rollback result. Secrets never appear in it: findings carry redacted
        excerpts only. The watcher's answers to `watch --sync` are left out of the text.
          --format json   one JSON object per line, as stored (sync answers included)
          --blocked       only blocked actions
          --all           the text includes the answers to `watch --sync`
          -n COUNT        only the last COUNT entries
        """

    let json: Bool
    let blockedOnly: Bool
    let includesSyncs: Bool
    let count: Int?

    init(parsing arguments: inout Arguments) throws(UsageError) {
        json = try arguments.choice("--format", from: ["text", "json"], default: "text") == "json"
        blockedOnly = arguments.flag("--blocked")
        includesSyncs = arguments.flag("--all")
        if let text = try arguments.option("-n") {
            guard let number = Int(text), number >= 0 else { throw UsageError(message: "backstop log: -n takes a count, not '\(text)'") }
            count = number
        } else {
            count = nil
        }
        try arguments.finish()
    }

    func run(in context: CommandContext) throws -> ExitStatus {
        let log = AuditLog(try context.repository())
        var (entries, unreadable) = try log.entries()
        if blockedOnly { entries = entries.filter { $0.verdict == .block } }
        // A script's syncs can be a third of a session's log and say nothing a person needs.
        if !json, !includesSyncs { entries = entries.filter { $0.event != .sync } }
        if let count { entries = Array(entries.suffix(count)) }
        if unreadable > 0 { Terminal.say("backstop: \(unreadable) lines of \(log.path) could not be read") }
        if entries.isEmpty, !json { Terminal.say("backstop: the audit log is empty (the watcher writes it: `backstop watch`)") }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for entry in entries {
            if json {
                Terminal.output(String(decoding: try encoder.encode(entry), as: UTF8.self))
            } else {
                Terminal.output(entry.summary)
            }
        }
        return .clean
    }
}
