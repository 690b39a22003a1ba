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
