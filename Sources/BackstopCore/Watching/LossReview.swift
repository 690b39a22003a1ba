/// One work file an action changed, as the snapshots tell it: what the classifier needs to know
/// whether work was lost. Content is named by its object id; nil means no file.
public struct FileOutcome: Sendable, Equatable {
    public let path: RepositoryPath
    /// Content before the action (the newest snapshot before it).
    public let before: ObjectID?
    /// Content after the action.
    public let after: ObjectID?
    /// There when the watch started, or moved here since from a path that was.
    public let isPreexisting: Bool
    /// The content before the action was HEAD's then: nothing uncommitted could be lost.
    public let wasCommitted: Bool
    /// The state after the action (content, or no file) is HEAD's after it.
    public let endsAsHead: Bool
    /// The content before the action is in a stash entry the action made.
    public let isStashed: Bool
    /// The file kept a sliver of its content (`isGutted`): a stub is a deletion.
    public let isGutted: Bool
    /// The content after the action is what the user's index holds there: git wrote both (`git
    /// checkout OLD -- .`, `git restore --source --staged --worktree`), or the work went back to
    /// what was staged; either discards what was there as surely as a reset to HEAD does.
    public let endsAsIndex: Bool

    public init(path: RepositoryPath, before: ObjectID?, after: ObjectID?, isPreexisting: Bool, wasCommitted: Bool, endsAsHead: Bool,
                isStashed: Bool = false, isGutted: Bool = false, endsAsIndex: Bool = false) {
        self.path = path
        self.before = before
        self.after = after
        self.isPreexisting = isPreexisting
        self.wasCommitted = wasCommitted
        self.endsAsHead = endsAsHead
        self.isStashed = isStashed
        self.isGutted = isGutted
        self.endsAsIndex = endsAsIndex
    }

    /// Files of at least this many bytes (in the action's before, or when the session began) can
    /// be gutted; smaller ones are edited, not emptied of work.
    public static let guttingMinimumBytes = 200
    /// Gutted: at most a tenth of the larger of those sizes is left (a stub such as `# rest of file
    /// unchanged`, or a byte). A formatter or a generator rewriting a file keeps most of its size.
    public static func isGutted(beforeBytes: Int, afterBytes: Int, sessionStartBytes: Int?) -> Bool {
        let reference = max(beforeBytes, sessionStartBytes ?? 0)
        return reference >= guttingMinimumBytes && afterBytes > 0 && afterBytes * 10 <= reference
    }
}

/// Which of an action's files lost work: pure, so the rules read as a table.
///
/// - A pre-existing file deleted, emptied or gutted (`FileOutcome.isGutted`) is lost, unless its content moved (the same content
///   arrived at another path in the same action: a rename, `git mv`, a folder moved inside the
///   tree; or a new file has similar content: a move with an edit, see `isSimilar`), or git put it
///   in the stash, or git itself replaced it while HEAD moved (a branch switch, merge, rebase or
///   pull) and its content was committed.
/// - A pre-existing file whose uncommitted content was deleted, emptied or reset to HEAD's
///   (`git reset --hard`, `git checkout -- .`, `git clean`) is discarded; it is lost as well, so
///   it counts toward a mass deletion.
/// - Files born in the session lose nothing: deleting what the session made is routine.
public struct LossReview: Sendable, Equatable {
    public private(set) var lost: [RepositoryPath] = []
    public private(set) var discarded: [RepositoryPath] = []
    /// Where pre-existing content moved: these paths inherit the provenance of the ones they came from.
    public private(set) var movedTo: [RepositoryPath] = []

    /// New files are tried as the destination of a removed one's content, edited on the way, when
    /// they share its file name, or with every new file when there are at most this many.
    public static let similarityCandidates = 200

    /// `isSimilar(before, after)` compares two contents by id (`ContentSimilarity` on their bytes);
    /// without it only exact moves count.
    public init(_ outcomes: [FileOutcome], headMoved: Bool, isSimilar: ((ObjectID, ObjectID) -> Bool)? = nil) {
        var arrivals: [ObjectID: [RepositoryPath]] = [:]
        for outcome in outcomes {
            guard let after = outcome.after, after != outcome.before, after != ObjectID.emptyBlob else { continue }
            arrivals[after, default: []].append(outcome.path)
        }
        var unpaired: [FileOutcome] = []
        for outcome in outcomes.sorted(by: { $0.path < $1.path }) {
            guard let before = outcome.before, outcome.isPreexisting, outcome.after != before, !outcome.isStashed else { continue }
            if headMoved, outcome.endsAsHead, outcome.wasCommitted { continue }
            let removed = outcome.after == nil || (outcome.after == ObjectID.emptyBlob && before != ObjectID.emptyBlob) || outcome.isGutted
            if removed {
                if before != ObjectID.emptyBlob, let destination = arrivals[before]?.popLast() {
                    movedTo.append(destination)
                    continue
                }
                unpaired.append(outcome)
            } else if outcome.endsAsHead || outcome.endsAsIndex, !outcome.wasCommitted {
                lost.append(outcome.path)
                discarded.append(outcome.path)
            }
        }
        // Exact moves first, so a similar file never takes the place of an identical one.
        let newFiles = outcomes.filter { outcome in
            guard outcome.before == nil, let after = outcome.after, after != ObjectID.emptyBlob else { return false }
            return arrivals[after]?.contains(outcome.path) == true
        }
        var candidates = SimilarityCandidates(newFiles)
        for outcome in unpaired {
            if let isSimilar, let before = outcome.before, before != ObjectID.emptyBlob,
               let match = candidates.take(for: outcome.path, matching: { isSimilar(before, $0) }) {
                movedTo.append(match)
                continue
            }
            lost.append(outcome.path)
            if !outcome.wasCommitted { discarded.append(outcome.path) }
        }
        lost.sort()
        discarded.sort()
    }

    /// The new files of an action as destinations for removed content, looked up by file name
    /// (built once: a refactor can move thousands of files), each taken at most once.
    private struct SimilarityCandidates {
        let files: [FileOutcome]
        let byName: [[UInt8]: [Int]]
        var taken = Set<Int>()

        init(_ files: [FileOutcome]) {
            self.files = files
            byName = Dictionary(grouping: files.indices) { files[$0].path.fileName }
        }

        /// The first untaken new file sharing `path`'s name whose content `matches`; when none shares
        /// it, any untaken new file, if there are at most `similarityCandidates` left.
        mutating func take(for path: RepositoryPath, matching matches: (ObjectID) -> Bool) -> RepositoryPath? {
            let sameName = (byName[path.fileName] ?? []).filter { !taken.contains($0) }
            let pool = sameName.isEmpty && files.count - taken.count <= LossReview.similarityCandidates
                ? files.indices.filter { !taken.contains($0) } : sameName
            guard let match = pool.first(where: { files[$0].after.map(matches) ?? false }) else { return nil }
            taken.insert(match)
            return files[match].path
        }
    }
}
