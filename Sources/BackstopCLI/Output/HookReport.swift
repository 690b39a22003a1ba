import BackstopCore
import BackstopGuard

/// What the hooks tell a person: each class found that is not allowed, with its evidence and what
/// to do about it. The hooks decide; this only words it.
enum HookReport {
    static func say(_ outcome: PreCommitCheck.Outcome) {
        for finding in outcome.classification.reported {
            let heading = "backstop: \(finding.verdict == .block ? "commit blocked" : "warning"): "
            switch finding.actionClass {
            case .secret:
                let secrets = outcome.facts.secrets
                Terminal.say(heading + "\(finding.evidence) [secret]")
                Terminal.say(FindingReporter.text(secrets))
                Terminal.say(FindingReporter.allowHint(secrets))
                Terminal.say("To take it out of this commit: `git restore --staged PATH`, edit the file, and `git add` it again.")
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
    }

    static func say(_ outcome: PrePushCheck.Outcome) {
        let reported = outcome.classification.reported
        for finding in reported where finding.verdict == .warn {
            Terminal.say("backstop: warning: " + text(finding, outcome.facts))
        }
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
        case .secret:
            return [head + ":", FindingReporter.text(facts.secrets), FindingReporter.allowHint(facts.secrets),
                    "To take it out of history before pushing: rewrite the commit (`git rebase -i`), then rotate the secret."].joined(separator: "\n")
        default:
            return head + "."
        }
    }
}
