import BackstopCore
import BackstopGit

/// Reads what an action did from the snapshots, HEAD, the stash and the scanner: the facts the
/// pure classifier judges. It keeps what the session knows between actions: the tree the watch
/// started from (provenance), paths pre-existing content moved to, HEAD and the stash as the
/// previous action left them, and the values of the ignored secret files.
final class ActionInspector {
    struct Inspection {
        let changes: [FileChange]
        let review: LossReview
        let facts: ActionFacts
        /// Work files that were there before the action and are not after it.
        let deletedFiles: Int
        fileprivate let headTree: ObjectID?
        fileprivate let stashID: ObjectID?
    }

    private let store: SnapshotStore
    private let baselineTree: ObjectID
    private let detector: SecretDetector
    private let maximumScanBytes: Int
    private var adopted = Set<RepositoryPath>()
    private var headTree: ObjectID?
    private var stashID: ObjectID?
    private var credentials = CredentialValues()

    init(store: SnapshotStore, baselineTree: ObjectID, detector: SecretDetector, maximumScanBytes: Int) throws {
        self.store = store
        self.baselineTree = baselineTree
        self.detector = detector
        self.maximumScanBytes = maximumScanBytes
        headTree = try store.headTree()
        stashID = try store.stash()?.id
        try readCredentials()
    }

    private func readCredentials() throws {
        credentials = CredentialValues()
        for (path, id) in try store.secretFiles() { credentials.read(try store.content(of: id), from: path) }
    }

    /// The work files that differ between the trees before and after the action, within `paths`
    /// (nil: the whole tree, after lost events), and what they mean. Files in `noLongerWork` left
    /// the tree because a `.gitignore` ignores them again, not because they were deleted.
    func inspect(before: ObjectID, after: ObjectID, within paths: [RepositoryPath]?, noLongerWork: Set<RepositoryPath> = []) throws -> Inspection {
        let changes = try store.fileChanges(from: before, to: after, within: paths).filter { $0.after != nil || !noLongerWork.contains($0.path) }
        let changed = changes.map(\.path)
        let newHead = try store.headTree()
        let stash = try store.stash()
        guard !changes.isEmpty else {
            return Inspection(changes: [], review: LossReview([], headMoved: false), facts: ActionFacts(), deletedFiles: 0,
                              headTree: newHead, stashID: stash?.id)
        }
        // Each comparison is limited to the changed paths and skips equal subtrees, so an action
        // costs what it touched, not the size of the tree.
        let uncommitted = Set(try store.fileChanges(from: headTree, to: before, within: changed).map(\.path))
        let unlikeNewHead = Set(try store.fileChanges(from: newHead, to: after, within: changed).map(\.path))
        let born = Set(try store.fileChanges(from: baselineTree, to: before, within: changed).filter { $0.before == nil }.map(\.path))
        var stashed = Set<RepositoryPath>()
        if let stash, stash.id != stashID {
            for tree in stash.trees {
                let differing = Set(try store.fileChanges(from: tree, to: before, within: changed).map(\.path))
                stashed.formUnion(changed.filter { !differing.contains($0) })
            }
        }
        let outcomes = changes.map { change in
            FileOutcome(path: change.path, before: change.before?.id, after: change.after?.id,
                        isPreexisting: change.before != nil && (!born.contains(change.path) || adopted.contains(change.path)),
                        wasCommitted: !uncommitted.contains(change.path), endsAsHead: !unlikeNewHead.contains(change.path),
                        isStashed: stashed.contains(change.path))
        }
        var contents: [ObjectID: [UInt8]] = [:]
        let review = LossReview(outcomes, headMoved: newHead != headTree) { before, after in
            // Read each content once however many candidates it is compared with; an unreadable
            // one is not similar, so the file counts as lost: the safe side.
            func content(_ id: ObjectID) -> [UInt8] {
                if let known = contents[id] { return known }
                let bytes = (try? self.store.content(of: id)) ?? []
                contents[id] = bytes
                return bytes
            }
            return ContentSimilarity.isSimilar(content(before), content(after))
        }
        var facts = ActionFacts()
        facts.lostPreexistingFiles = review.lost
        facts.discardedUncommittedFiles = review.discarded
        try scan(changes, into: &facts)
        return Inspection(changes: changes, review: review, facts: facts, deletedFiles: changes.filter { $0.before != nil && $0.after == nil }.count,
                          headTree: newHead, stashID: stash?.id)
    }

    /// New credentials in changed work files: the scanner's findings the content before lacked,
    /// and values of the ignored secret files. Editing an ignored secret file itself is routine.
    private func scan(_ changes: [FileChange], into facts: inout ActionFacts) throws {
        for change in changes {
            guard let after = change.after, after.kind == .file || after.kind == .executable else { continue }
            if store.isIgnoredSecretFile(change.path) || detector.isAllowedPath(change.path.description) { continue }
            let content = try store.content(of: after.id)
            guard content.count <= maximumScanBytes, !content.prefix(8000).contains(0) else { continue }
            let previous = try change.before.map { version throws in try store.content(of: version.id) }
            let findings = detector.findings(in: Fragment(path: change.path.description, bytes: content))
            if !findings.isEmpty {
                let known = Set(previous.map { detector.findings(in: Fragment(path: change.path.description, bytes: $0)) }?.map(\.fingerprint) ?? [])
                facts.secrets += findings.filter { !known.contains($0.fingerprint) }
            }
            for source in credentials.copies(into: content, before: previous) { facts.credentialCopies.append((source: source, path: change.path)) }
        }
    }

    /// The action stands (allowed, or warned about): moved content keeps its provenance, changed
    /// secret files are read again, and HEAD and the stash as the action left them are the next
    /// action's starting point. Files a person put back (`backstop restore` or `undo`) count as
    /// pre-existing: they are work brought back, not the session's own, so deleting them again is
    /// a loss (a watcher started after the files went missing would otherwise let it through).
    func accept(_ inspection: Inspection, putBackByPerson: Bool = false) throws {
        adopted.formUnion(inspection.review.movedTo)
        if putBackByPerson { adopted.formUnion(inspection.changes.filter { $0.after != nil }.map(\.path)) }
        if inspection.changes.contains(where: { store.settings.isSecretFile($0.path) }) { try readCredentials() }
        headTree = inspection.headTree
        stashID = inspection.stashID
    }

    /// The action was rolled back: only git's own state moves on (HEAD and the stash are not rolled back).
    func rolledBack(_ inspection: Inspection) {
        headTree = inspection.headTree
        stashID = inspection.stashID
    }
}
