/// What an agent is told about the watcher's rollbacks: facts for the model, not an error. Which
/// class and why, the counts and sample paths, that the files are back, that the blocked state is
/// kept, what a person can do, and what to do instead. Pure: audit entries in, text out.
public enum AgentRollbackReport {
    /// Claude and Codex save longer context to a file and show a preview.
    public static let maximumCharacters = 9_000

    /// The entries a session is told about: actions the watcher blocked, and leaks.
    public static func reportable(_ entry: AuditEntry) -> Bool {
        (entry.event == .action && entry.verdict == .block) || entry.event == .leak
    }

    /// The report; nil when no entry is reportable. `thisCall` are the entries that followed this
    /// tool call's start, `earlier` those no call claimed (a background command, a script still
    /// running); `repeated` the classes this session had rolled back within a few calls.
    public static func text(thisCall: [AuditEntry], earlier: [AuditEntry], repeated: [String]) -> String? {
        let own = thisCall.filter(reportable)
        let unclaimed = earlier.filter(reportable)
        guard !own.isEmpty || !unclaimed.isEmpty else { return nil }
        var lines: [String] = []
        if !own.isEmpty {
            lines.append("backstop rolled back the effect of this tool call:")
            lines += own.map(describe)
        }
        if !unclaimed.isEmpty {
            lines.append("backstop rolled back an effect no tool call claimed (a background command, or a script still running):")
            lines += unclaimed.map(describe)
        }
        let all = own + unclaimed
        if all.contains(where: { $0.event == .action }) {
            lines.append("The rolled-back files are back on disk as they were before. The blocked state is kept: a person at a terminal "
                         + "who wants it can run `backstop undo`. Do not run the same thing again, in this or another form: it will be rolled "
                         + "back again. Plan the change as named paths and smaller steps, or ask the user.")
        }
        if all.contains(where: { $0.event == .leak }) {
            lines.append("A secret reached a remote: it cannot be called back. Tell the user that it must be rotated.")
        }
        if !repeated.isEmpty {
            lines.append("This session has now had \(repeated.joined(separator: ", ")) rolled back more than once within a few calls. Stop "
                         + "retrying: a person is needed to decide. Tell the user what you were trying to do and wait for them.")
        }
        let text = lines.joined(separator: "\n")
        return text.count <= maximumCharacters ? text : String(text.prefix(maximumCharacters)) + "\n(report cut short; `backstop log` has it all)"
    }

    /// One entry: the classes that blocked it, with their evidence, the counts and a sample.
    static func describe(_ entry: AuditEntry) -> String {
        let classes = (entry.classes ?? []).filter { $0.verdict == .block }
        var text = entry.event == .leak ? "- LEAK at \(entry.time): \(entry.message ?? "")" : "- at \(entry.time):"
        for record in classes { text += "\n  \(record.actionClass): \(record.evidence)" }
        if entry.event == .action {
            text += "\n  \(entry.created ?? 0) created, \(entry.modified ?? 0) modified, \(entry.deleted ?? 0) deleted"
            if let paths = entry.shownPaths { text += "; paths: \(paths)" }
            if let rollback = entry.rollback {
                text += "\n  rolled back: \(rollback.restored) restored, \(rollback.removed) removed"
                text += rollback.mismatched.isEmpty ? ", verified" : "; NOT restored: \(rollback.mismatched.prefix(AuditEntry.shownPaths).joined(separator: ", "))"
            }
            if let snapshot = entry.snapshot, entry.rollback != nil { text += "\n  blocked state kept as snapshot \(snapshot.prefix(12))" }
        }
        return text
    }
}
