extension AuditEntry {
    /// The record of secrets that reached a remote by a push no check saw: which remote, by which
    /// ref, and each finding redacted, with what a person must do.
    public static func leak(time: Int64, reference: String, commit: ObjectID, findings: [Finding]) -> AuditEntry {
        let remote = reference.split(separator: "/").dropFirst(2).first.map(String.init) ?? reference
        var entry = AuditEntry(time: time, event: .leak)
        let count = findings.count == 1 ? "a secret" : "\(findings.count) secrets"
        entry.message = "\(count) reached \(remote) (\(reference) is now \(commit.short), moved by a push that no check saw). "
            + "Rotate \(findings.count == 1 ? "it" : "them") now: revoke at the provider, then issue a new one. "
            + "Then a person runs `backstop leaks --rotated`."
        entry.classes = [ClassRecord(actionClass: ActionClass.secret.rawValue, verdict: .block, evidence: findings.map { finding in
            "\(finding.ruleID) \(PathQuoting.quoted(finding.path)):\(finding.line) commit \(finding.commit.map { String($0.prefix(12)) } ?? "?") \(finding.redacted) (fingerprint \(finding.fingerprint))"
        }.joined(separator: "; "), paths: Array(Set(findings.map(\.path))).sorted())]
        entry.verdict = .block
        return entry
    }
}
