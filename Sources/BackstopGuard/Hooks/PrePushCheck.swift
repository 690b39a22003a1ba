import BackstopCore
import BackstopGit
import Foundation

/// pre-push: reads git's ref lines and blocks a push that carries a secret in a commit the remote
/// does not have, deletes a remote branch, is not a fast-forward, carries `refs/backstop/*`, or goes
/// to a remote whose URL was not allowed.
struct PrePushGuard {
    let context: CommandContext
    let remote: String
    let url: String
    let refLines: String

    /// One line of git's pre-push input: `<local ref> <local id> <remote ref> <remote id>`.
    struct RefUpdate {
        let localRef: String
        let localID: String
        let remoteRef: String
        let remoteID: String

        var deletes: Bool { localID.allSatisfy { $0 == "0" } }
        var creates: Bool { remoteID.allSatisfy { $0 == "0" } }
    }

    static func parse(_ text: String) throws -> [RefUpdate] {
        try text.split(whereSeparator: \.isNewline).compactMap { line in
            let words = line.split(separator: " ").map(String.init)
            if words.isEmpty { return nil }
            guard words.count == 4 else {
                throw CommandFailure("unexpected pre-push input line '\(line)'", hint: "git writes four words per ref; was the hook run by hand?")
            }
            return RefUpdate(localRef: words[0], localID: words[1], remoteRef: words[2], remoteID: words[3])
        }
    }

    func run() throws -> ExitStatus {
        let configuration = try context.configuration().configuration
        let repository = try context.repository()
        let git = GitCommandLine(directory: repository.root)
        let updates = try PrePushGuard.parse(refLines)
        var reasons: [String] = []

        let remotes = try RemoteAllowList.remoteURLs(git)
        if !(try RemoteAllowList(repository: repository)).allows(url, configured: configuration.allowedRemoteURLs) {
            let name = remotes[remote] != nil ? remote : "NAME"
            reasons.append("""
                [push-unapproved-remote] \(url) is not an approved remote.
                    If you mean to push there: `backstop allow-remote \(name)`\(name == "NAME" ? " after `git remote add NAME \(url)`" : "").
                """)
        }

        var included: [String] = []
        var excluded: [String] = []
        for update in updates {
            if update.localRef.hasPrefix("refs/backstop/") || update.remoteRef.hasPrefix("refs/backstop/") {
                reasons.append("[push-private-ref] \(update.remoteRef): Backstop's snapshots and records stay in this repository; they are never pushed.")
                continue
            }
            if update.deletes {
                if configuration.blocksBranchDeletion {
                    reasons.append("""
                        [push-branch-deletion] the push deletes \(update.remoteRef) on \(remote).
                            If you mean it, delete it where the remote is hosted, or set push.blockBranchDeletion to false in .backstop.json.
                        """)
                }
                continue
            }
            included.append(update.localID)
            if update.creates { continue }
            let ancestry = try git.runAllowingFailure(["merge-base", "--is-ancestor", update.remoteID, update.localID])
            if ancestry.status == 0 {
                excluded.append(update.remoteID)
            } else if configuration.blocksForcePush {
                let why = ancestry.status == 1
                    ? "it replaces \(update.remoteID.prefix(12)) with a commit that does not contain it"
                    : "the remote's \(update.remoteID.prefix(12)) is not in this repository, so the push cannot be checked as a fast-forward (fetch first)"
                reasons.append("""
                    [push-force] the update of \(update.remoteRef) is not a fast-forward: \(why); it would rewrite remote history.
                        Integrate the remote's commits first (`git pull --rebase`), or set push.blockForcePush to false in .backstop.json.
                    """)
            }
        }

        var findings: [Finding] = []
        if !included.isEmpty {
            var revisions = included + ["--not"] + excluded
            if remotes[remote] != nil { revisions.append("--remotes=\(remote)") }
            let patches = try CommitPatches.read(revisions: revisions, in: context)
            findings = PatchScanner(detector: try context.detector(), maximumBytes: configuration.maximumScanFileBytes).scan(patches).findings
        }
        let secretVerdict = configuration.verdict(for: .secret)
        if !findings.isEmpty, secretVerdict != .allow {
            let header = "[secret] the push carries \(findings.count == 1 ? "a secret" : "\(findings.count) secrets") in commits \(remote) does not have:"
            let text = [header, FindingReporter.text(findings), FindingReporter.allowHint(findings),
                        "To take it out of history before pushing: rewrite the commit (`git rebase -i`), then rotate the secret."]
            if secretVerdict == .block {
                reasons.append(text.joined(separator: "\n"))
            } else {
                Terminal.say("backstop: warning: " + text.joined(separator: "\n"))
            }
        }

        guard !reasons.isEmpty else { return .clean }
        Terminal.say("backstop: push to \(remote) blocked:")
        Terminal.say(reasons.joined(separator: "\n"))
        return .blocked
    }
}
