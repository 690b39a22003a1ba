/// One work file an action changed, as the snapshots tell it: what the classifier needs to know
/// whether work was lost. Content is named by its object id (hex); nil means no file.
public struct FileOutcome: Sendable, Equatable {
    public let path: RepositoryPath
    /// Content before the action (the newest snapshot before it).
    public let before: String?
    /// Content after the action.
    public let after: String?
    /// There when the watch started, or moved here since from a path that was.
    public let isPreexisting: Bool
    /// The content before the action was HEAD's then: nothing uncommitted could be lost.
    public let wasCommitted: Bool
    /// The state after the action (content, or no file) is HEAD's after it.
    public let endsAsHead: Bool
    /// The content before the action is in a stash entry the action made.
    public let isStashed: Bool

    public init(path: RepositoryPath, before: String?, after: String?, isPreexisting: Bool, wasCommitted: Bool, endsAsHead: Bool, isStashed: Bool = false) {
        self.path = path
        self.before = before
        self.after = after
        self.isPreexisting = isPreexisting
        self.wasCommitted = wasCommitted
        self.endsAsHead = endsAsHead
        self.isStashed = isStashed
    }

    /// git's id of empty content: emptying a file counts as deleting it.
    public static let emptyContent = "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391"
}

/// Which of an action's files lost work: pure, so the rules read as a table.
///
/// - A pre-existing file deleted or emptied is lost, unless its content moved (the same content
///   arrived at another path in the same action: a rename, `git mv`, a folder moved inside the
///   tree), or git put it in the stash, or git itself replaced it while HEAD moved (a branch
///   switch, merge, rebase or pull) and its content was committed.
/// - A pre-existing file whose uncommitted content was deleted, emptied or reset to HEAD's
///   (`git reset --hard`, `git checkout -- .`, `git clean`) is discarded; it is lost as well, so
///   it counts toward a mass deletion.
/// - Files born in the session lose nothing: deleting what the session made is routine.
public struct LossReview: Sendable, Equatable {
    public private(set) var lost: [RepositoryPath] = []
    public private(set) var discarded: [RepositoryPath] = []
    /// Where pre-existing content moved: these paths inherit the provenance of the ones they came from.
    public private(set) var movedTo: [RepositoryPath] = []

    public init(_ outcomes: [FileOutcome], headMoved: Bool) {
        var arrivals: [String: [RepositoryPath]] = [:]
        for outcome in outcomes {
            guard let after = outcome.after, after != outcome.before, after != FileOutcome.emptyContent else { continue }
            arrivals[after, default: []].append(outcome.path)
        }
        for outcome in outcomes.sorted(by: { $0.path < $1.path }) {
            guard let before = outcome.before, outcome.isPreexisting, outcome.after != before, !outcome.isStashed else { continue }
            if headMoved, outcome.endsAsHead, outcome.wasCommitted { continue }
            let removed = outcome.after == nil || (outcome.after == FileOutcome.emptyContent && before != FileOutcome.emptyContent)
            if removed {
                if before != FileOutcome.emptyContent, let destination = arrivals[before]?.popLast() {
                    movedTo.append(destination)
                    continue
                }
                lost.append(outcome.path)
                if !outcome.wasCommitted { discarded.append(outcome.path) }
            } else if outcome.endsAsHead, !outcome.wasCommitted {
                lost.append(outcome.path)
                discarded.append(outcome.path)
            }
        }
    }
}
