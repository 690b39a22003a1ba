import BackstopCore
import BackstopGuard

/// What the hooks tell a person: each class found that is not allowed, with its evidence and what
/// to do about it. The hooks decide; this only words it.
enum HookReport {
    /// pre-commit and commit-msg.
    static func say(_ outcome: PreCommitCheck.Outcome, hook: String) {
        for finding in outcome.classification.reported {
            let heading = "backstop: \(finding.verdict == .block ? "commit blocked" : "warning"): "
            switch finding.actionClass {
            case .secret, .credentialCopy:
                let found = finding.actionClass == .secret ? outcome.facts.secrets : outcome.facts.credentialCopies
                Terminal.say(heading + "\(finding.evidence) [\(finding.actionClass.rawValue)]")
                Terminal.say(FindingReporter.text(found))
                Terminal.say(finding.actionClass == .credentialCopy ? credentialHint(found) : FindingReporter.allowHint(found))
                Terminal.say(takeOutHint(found))
            case .massDeletion:
                let paths = finding.paths
                Terminal.say(heading + "this commit \(finding.evidence) [mass-deletion]")
                Terminal.say(paths.prefix(10).map { "    \($0.quoted)" }.joined(separator: "\n") + (paths.count > 10 ? "\n    ... and \(paths.count - 10) more" : ""))
                Terminal.say("""
                    If a person means this deletion, they can run `backstop allow --deletion` at a terminal: the next commit may then \
                    delete these files. The thresholds are commit.massDeletionFiles and commit.massDeletionFraction in .backstop.json, \
                    which a person changes (a running watcher rolls the change back until they keep it with `backstop undo`). \
                    To bring the files back into the index: `git restore --staged --worktree PATH...`.
                    """)
            default:
                Terminal.say(heading + "\(finding.evidence) [\(finding.actionClass.rawValue)]")
            }
        }
        if !outcome.skipped.isEmpty { Terminal.say("backstop: note: " + FindingReporter.notScanned(outcome.skipped) + " (added by the commit)") }
    }

    /// A value of `.env` is a secret whatever its shape; an inline marker does not excuse it.
    static func credentialHint(_ findings: [Finding]) -> String {
        guard let first = findings.first else { return "" }
        return """
            The values of the ignored secret files (secretFiles: .env, .env.*) stay on this machine; a commit carries them to every clone. \
            If this value is not a secret, allow it: `backstop allow \(first.fingerprint)` (writes .backstopignore).
            """
    }

    /// How to take the findings out of the commit, by where they are.
    private static func takeOutHint(_ findings: [Finding]) -> String {
        var hints: [String] = []
        if findings.contains(where: { $0.part == .message }) {
            hints.append("To take it out of the message: run `git commit` again with another message; the staged change is kept.")
        }
        if findings.contains(where: { $0.part == .name }) {
            hints.append("To take it out of a file name: rename the file (`git mv`), or `git restore --staged` it and rename it on disk.")
        }
        if findings.contains(where: { $0.part == .content }) {
            hints.append("To take it out of this commit: `git restore --staged PATH`, edit the file, and `git add` it again.")
        }
        return hints.joined(separator: "\n")
    }

    static func say(_ outcome: PrePushCheck.Outcome) {
        let reported = outcome.classification.reported
        for finding in reported where finding.verdict == .warn {
            Terminal.say("backstop: warning: " + text(finding, outcome.facts))
        }
        if !outcome.skipped.isEmpty { Terminal.say("backstop: note: " + FindingReporter.notScanned(outcome.skipped) + " (added by the outgoing commits)") }
        let blocked = reported.filter { $0.verdict == .block }
        guard !blocked.isEmpty else { return }
        Terminal.say("backstop: push to \(outcome.facts.remote) blocked:")
        Terminal.say(blocked.map { text($0, outcome.facts) }.joined(separator: "\n"))
    }

    private static func text(_ finding: ClassFinding, _ facts: PushFacts) -> String {
        let head = "[\(finding.actionClass.rawValue)] \(finding.evidence)"
        switch finding.actionClass {
        case .pushUnapprovedRemote:
            let name = facts.remoteIsConfigured ? facts.remote : "NAME"
            let add = facts.remoteIsConfigured ? "" : " after `git remote add NAME \(facts.url)`"
            return head + ".\n    If pushes there are meant, a person at a terminal can run `backstop allow-remote \(name)`\(add)."
        case .pushBranchDeletion:
            return head + ".\n    If it is meant, a person deletes it where the remote is hosted, or sets push.blockBranchDeletion to false in .backstop.json."
        case .pushForce:
            return head + ".\n    Integrate the remote's commits first (`git pull --rebase`); a person can set push.blockForcePush to false in .backstop.json."
        case .secret, .credentialCopy:
            let all = finding.actionClass == .secret ? facts.secrets : facts.credentialCopies
            let old = finding.evidence.hasSuffix(PushClassifier.alreadyPublishedNote)
            let found = all.filter { (facts.publishedElsewhere($0) != nil) == old }
            if old {
                return [head + ":", FindingReporter.text(Array(found.prefix(10))) + (found.count > 10 ? "\n... and \(found.count - 10) more" : "")]
                    .joined(separator: "\n")
            }
            let allow = finding.actionClass == .credentialCopy ? credentialHint(found) : FindingReporter.allowHint(found)
            return [head + ":", FindingReporter.text(found), allow,
                    "To take it out of history before pushing: rewrite the commit (`git rebase -i`; `reword` for a message), then rotate the secret."]
                .joined(separator: "\n")
        default:
            return head + "."
        }
    }
}
