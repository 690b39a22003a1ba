/// The classes a judgement gives: to an action of the watcher's, a commit, or a push. The raw
/// values are the stable ids a person sees (`[mass-deletion]`) and the audit log records.
public enum ActionClass: String, Sendable, Codable, CaseIterable {
    case massDeletion = "mass-deletion"
    case secret = "secret"
    case credentialCopy = "credential-copy"
    case guardTamper = "guard-tamper"
    case discardUncommitted = "discard-uncommitted"
    /// A push that is not a fast-forward: it would rewrite remote history (`push.blockForcePush`).
    case pushForce = "push-force"
    /// A push that deletes a remote branch (`push.blockBranchDeletion`).
    case pushBranchDeletion = "push-branch-deletion"
    /// A push of Backstop's own `refs/backstop/*`.
    case pushPrivateRef = "push-private-ref"
    /// A push to a URL that was not allowed (`install`, `allow-remote`, `push.allowedRemoteURLs`).
    case pushUnapprovedRemote = "push-unapproved-remote"
}
