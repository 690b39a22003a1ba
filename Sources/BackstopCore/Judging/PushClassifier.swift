/// Judges a push: where it goes, what each ref update does, and what the outgoing commits carry.
/// Pure: facts in, classes and a verdict out.
///
/// | the push                                              | class                    |
/// | ----------------------------------------------------- | ------------------------ |
/// | goes to a URL nobody allowed                          | `push-unapproved-remote` |
/// | carries `refs/backstop/*`                             | `push-private-ref`       |
/// | deletes a remote branch (`push.blockBranchDeletion`)  | `push-branch-deletion`   |
/// | is not a fast-forward (`push.blockForcePush`)         | `push-force`             |
/// | carries a secret in a commit the remote lacks         | `secret`                 |
/// | carries a value of an ignored secret file (`.env`)    | `credential-copy`        |
/// | carries either only in commits another remote has     | the same class, a warning |
public struct PushClassifier: Sendable {
    public let blocksBranchDeletion: Bool
    public let blocksForcePush: Bool
    public let verdicts: Verdicts

    public init(blocksBranchDeletion: Bool, blocksForcePush: Bool, verdicts: Verdicts) {
        self.blocksBranchDeletion = blocksBranchDeletion
        self.blocksForcePush = blocksForcePush
        self.verdicts = verdicts
    }

    /// How the evidence of findings in history another remote has ends.
    public static let alreadyPublishedNote = "not a new leak"

    public func classify(_ facts: PushFacts) -> Classification {
        var findings: [ClassFinding] = []
        if !facts.isApproved {
            findings.append(ClassFinding(.pushUnapprovedRemote, .block, evidence: "\(facts.url) is not an approved remote"))
        }
        for update in facts.updates {
            if update.isPrivate {
                findings.append(ClassFinding(.pushPrivateRef, .block,
                                             evidence: "\(update.remoteRef): Backstop's snapshots and records stay in this repository; they are never pushed"))
            } else if update.deletes {
                if blocksBranchDeletion {
                    findings.append(ClassFinding(.pushBranchDeletion, .block, evidence: "the push deletes \(update.remoteRef) on \(facts.remote)"))
                }
            } else if blocksForcePush, let ancestry = update.ancestry, ancestry != .fastForward {
                let why = ancestry == .rewrite
                    ? "it replaces \(update.remoteID.prefix(12)) with a commit that does not contain it"
                    : "the remote's \(update.remoteID.prefix(12)) is not in this repository, so the push cannot be checked as a fast-forward (fetch first)"
                findings.append(ClassFinding(.pushForce, .block,
                                             evidence: "the update of \(update.remoteRef) is not a fast-forward: \(why); it would rewrite remote history"))
            }
        }
        for (actionClass, found, noun) in [(ActionClass.secret, facts.secrets, "secret"), (.credentialCopy, facts.credentialCopies, "value")] {
            let new = found.filter { facts.publishedElsewhere($0) == nil }
            let old = found.filter { facts.publishedElsewhere($0) != nil }
            let qualifier = actionClass == .credentialCopy ? " of \(CredentialValues.sources(of: found))" : ""
            if !new.isEmpty {
                findings.append(ClassFinding(actionClass, verdicts[actionClass],
                                             evidence: "the push carries \(new.counted(noun, qualifier: qualifier)) in commits \(facts.remote) does not have",
                                             paths: new.map { RepositoryPath($0.holder) }))
            }
            if !old.isEmpty {
                // History another remote already holds is not a new leak: said, not stopped.
                let holders = Set(old.flatMap { facts.publishedElsewhere($0) ?? [] }).sorted()
                let named = holders.prefix(3).joined(separator: ", ") + (holders.count > 3 ? " and \(holders.count - 3) more" : "")
                findings.append(ClassFinding(actionClass, min(verdicts[actionClass], .warn),
                                             evidence: "the push carries \(old.counted(noun, qualifier: qualifier)) in commits already on \(named): \(Self.alreadyPublishedNote)",
                                             paths: old.map { RepositoryPath($0.holder) }))
            }
        }
        return Classification(findings: findings)
    }
}
