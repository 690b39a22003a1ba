extension AuditEntry {
    /// The record of secrets that reached a remote by a push no check saw: which remote, by which
    /// ref, the commits, and each finding redacted, with what a person must do.
    public static func leak(time: Int64, reference: String, commit: ObjectID, findings: [Finding]) -> AuditEntry {
        let remote = reference.split(separator: "/").dropFirst(2).first.map(String.init) ?? reference
        var entry = AuditEntry(time: time, event: .leak)
        let count = findings.count == 1 ? "a secret" : "\(findings.count) secrets"
        entry.message = "\(count) reached \(remote) (\(reference) is now \(commit.short), moved by a push that no check saw). "
            + "Rotate \(findings.count == 1 ? "it" : "them") now: revoke at the provider, then issue a new one. "
            + "Then a person runs `backstop leaks --rotated`."
        let commits = Set(findings.compactMap { $0.commit.map { String($0.prefix(12)) } }).sorted().joined(separator: ", ")
        entry.classes = [ClassRecord(actionClass: ActionClass.secret.rawValue, verdict: .block, evidence: "\(count) in commit\(commits.contains(",") ? "s" : "") \(commits)",
                                     paths: Array(Set(findings.map(\.path))).sorted())]
        // Each finding redacted, as the hooks' entries record theirs.
        entry.findings = findings.map(FindingRecord.init)
        entry.verdict = .block
        return entry
    }
}
