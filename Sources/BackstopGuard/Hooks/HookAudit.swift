import BackstopCore
import BackstopGit

/// Writes a hook's blocked commit or push to the audit log, as the watcher's blocked actions are:
/// the classes, their evidence, the rule ids and the findings redacted. `backstop log` and
/// `status` ("last blocked") read it.
public enum HookAudit {
    public static func recordCommit(_ outcome: PreCommitCheck.Outcome, hook: String, in repository: RepositoryLocation) throws {
        let findings = outcome.facts.secrets + outcome.facts.credentialCopies
        try AuditLog(repository).append(.hookVerdict(time: SnapshotStore.now(), event: .commit, hook: hook, message: "commit",
                                                     outcome.classification, findings: findings))
    }

    /// `hook` names the check: `pre-push`, or the push helper for a push that skipped the hooks.
    public static func recordPush(_ outcome: PrePushCheck.Outcome, hook: String = "pre-push", in repository: RepositoryLocation) throws {
        let findings = outcome.facts.secrets + outcome.facts.credentialCopies
        try AuditLog(repository).append(.hookVerdict(time: SnapshotStore.now(), event: .push, hook: hook,
                                                     message: "push to \(outcome.facts.remote)", outcome.classification, findings: findings))
    }
}
