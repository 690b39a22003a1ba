/// What the watcher's adapters found out about one action, path by path: the facts the classifier
/// needs that only the file system and the snapshots can tell.
public struct ActionFacts: Sendable, Equatable {
    /// Work files that were there when the watch started (or at the user's last snapshot) and that
    /// the action deleted or emptied; a deleted folder is expanded to the work files it held.
    public var lostPreexistingFiles: [RepositoryPath] = []
    /// Work files whose uncommitted content (a modified tracked file, an untracked file) the action
    /// overwrote or deleted, and whose content now is not that of HEAD.
    public var discardedUncommittedFiles: [RepositoryPath] = []
    /// Backstop's own guards that changed: hooks, `core.hooksPath`, its configuration.
    public var tamperedGuards: [RepositoryPath] = []
    /// Credentials the action wrote into work files that did not hold them (redacted findings).
    public var secrets: [Finding] = []
    /// Credentials written together with an inline allowance marker on their line (`backstop:allow`):
    /// an allowance the writer gives itself, which does not count.
    public var selfAllowedSecrets: [Finding] = []
    /// Values of an ignored secret file (`.env`) written into a work file.
    public var credentialCopies: [(source: RepositoryPath, path: RepositoryPath)] = []

    public init() {}

    public static func == (left: ActionFacts, right: ActionFacts) -> Bool {
        left.lostPreexistingFiles == right.lostPreexistingFiles && left.discardedUncommittedFiles == right.discardedUncommittedFiles
            && left.tamperedGuards == right.tamperedGuards && left.secrets == right.secrets && left.selfAllowedSecrets == right.selfAllowedSecrets
            && left.credentialCopies.map(\.path) == right.credentialCopies.map(\.path)
            && left.credentialCopies.map(\.source) == right.credentialCopies.map(\.source)
    }
}
