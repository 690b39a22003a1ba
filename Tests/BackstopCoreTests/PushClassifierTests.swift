import BackstopCore
import Testing

/// The pre-push rules as a table: a push's facts in, classes and a verdict out. No repository, no
/// git.
@Suite struct PushClassifierTests {
    static let zero = String(repeating: "0", count: 40)
    static let old = String(repeating: "a", count: 40)
    static let new = String(repeating: "b", count: 40)

    static func update(_ remoteRef: String = "refs/heads/main", local: String = new, remote: String = old, localRef: String = "refs/heads/main",
                       ancestry: RefUpdate.Ancestry? = nil) -> RefUpdate {
        RefUpdate(localRef: localRef, localID: local, remoteRef: remoteRef, remoteID: remote, ancestry: ancestry)
    }

    static func push(_ updates: [RefUpdate], approved: Bool = true, secrets: Int = 0) -> PushFacts {
        var facts = PushFacts(remote: "origin", url: "/srv/origin.git", remoteIsConfigured: true, isApproved: approved, updates: updates)
        facts.secrets = (0..<secrets).map { _ in
            Finding(ruleID: "aws-access-key-id", description: "AWS key", path: "deploy/env.sh", line: 1, column: 1, commit: new,
                    redacted: "AKIA…", excerpt: "KEY=AKIA…", fingerprint: "aws-access-key-id:0123456789abcdef0123")
        }
        return facts
    }

    struct Row: CustomStringConvertible, Sendable {
        let description: String
        let facts: PushFacts
        let classes: [ActionClass]
    }

    static let rows: [Row] = [
        Row(description: "a fast-forward to an approved remote", facts: push([update(ancestry: .fastForward)]), classes: []),
        Row(description: "a new branch", facts: push([update("refs/heads/topic", remote: zero)]), classes: []),
        Row(description: "an unapproved remote", facts: push([update(ancestry: .fastForward)], approved: false), classes: [.pushUnapprovedRemote]),
        Row(description: "a rewrite of remote history", facts: push([update(ancestry: .rewrite)]), classes: [.pushForce]),
        Row(description: "a remote commit this repository lacks", facts: push([update(ancestry: .unknownRemoteCommit)]), classes: [.pushForce]),
        Row(description: "a branch deletion", facts: push([update("refs/heads/old", local: zero)]), classes: [.pushBranchDeletion]),
        Row(description: "Backstop's snapshots", facts: push([update("refs/backstop/snapshots", remote: zero, localRef: "refs/backstop/snapshots")]),
            classes: [.pushPrivateRef]),
        Row(description: "a secret in an outgoing commit", facts: push([update(ancestry: .fastForward)], secrets: 2), classes: [.secret]),
        Row(description: "everything at once, in order", facts: push([update("refs/backstop/undo", remote: zero, localRef: "refs/backstop/undo"),
                                                                        update("refs/heads/old", local: zero), update(ancestry: .rewrite)],
                                                                       approved: false, secrets: 1),
            classes: [.pushUnapprovedRemote, .pushPrivateRef, .pushBranchDeletion, .pushForce, .secret]),
    ]

    @Test(arguments: rows) func eachSituation(_ row: Row) {
        let classification = PushClassifier(blocksBranchDeletion: true, blocksForcePush: true, verdicts: Verdicts([:])).classify(row.facts)
        #expect(classification.findings.map(\.actionClass) == row.classes)
        #expect(classification.verdict == (row.classes.isEmpty ? .allow : .block))
    }

    @Test func theSwitchesTurnTheirRulesOff() {
        let facts = Self.push([Self.update("refs/heads/old", local: Self.zero), Self.update(ancestry: .rewrite)])
        let relaxed = PushClassifier(blocksBranchDeletion: false, blocksForcePush: false, verdicts: Verdicts([:])).classify(facts)
        #expect(relaxed.findings.isEmpty)
    }

    @Test func evidenceNamesTheRefAndTheRemote() {
        let classifier = PushClassifier(blocksBranchDeletion: true, blocksForcePush: true, verdicts: Verdicts([.secret: .warn]))
        let findings = classifier.classify(Self.push([Self.update("refs/heads/old", local: Self.zero), Self.update(ancestry: .rewrite)], secrets: 1)).findings
        #expect(findings[0].evidence == "the push deletes refs/heads/old on origin")
        #expect(findings[1].evidence == "the update of refs/heads/main is not a fast-forward: it replaces aaaaaaaaaaaa with a commit that does not contain it; "
            + "it would rewrite remote history")
        #expect(findings[2].evidence == "the push carries a secret in commits origin does not have")
        #expect(findings[2].verdict == .warn)
    }

    @Test func theOutgoingCommitsLeaveOutWhatTheRemoteHas() {
        let facts = Self.push([Self.update(ancestry: .fastForward), Self.update("refs/heads/topic", local: Self.old, remote: Self.zero),
                               Self.update("refs/heads/gone", local: Self.zero)])
        #expect(facts.outgoing.including == [Self.new, Self.old])
        #expect(facts.outgoing.excluding == [Self.old])
    }
}
