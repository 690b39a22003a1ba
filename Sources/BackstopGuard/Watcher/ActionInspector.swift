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
        let headTree: ObjectID?
        fileprivate let headCommit: ObjectID?
        fileprivate let stashID: ObjectID?
    }

    private let store: SnapshotStore
    private let baselineTree: ObjectID
    private var detector: SecretDetector
    private let maximumScanBytes: Int
    private var adopted = Set<RepositoryPath>()
    private var headTree: ObjectID?
    private var headCommit: ObjectID?
    /// Commits known before the action (the store's copy of the refs).
    private let knownCommits: () -> Set<ObjectID>
    private var stashID: ObjectID?
    private var credentials = CredentialValues()

    init(store: SnapshotStore, baselineTree: ObjectID, detector: SecretDetector, maximumScanBytes: Int, knownCommits: @escaping () -> Set<ObjectID>) throws {
        self.knownCommits = knownCommits
        self.store = store
        self.baselineTree = baselineTree
        self.detector = detector
        self.maximumScanBytes = maximumScanBytes
        headTree = try store.headTree()
        headCommit = try store.headCommit()
        stashID = try store.stash()?.id
        try readCredentials()
    }

    /// Also keeps the list of secret files the hooks read their values from up to date.
    private func readCredentials() throws {
        credentials = OwnedCredentials.read()
        let files = try store.secretFiles()
        for (path, id) in files { credentials.read(try store.content(of: id), from: path) }
        try SecretFileValues.record(files.map(\.path.description), in: store.location)
    }

    /// Secrets and values of the ignored secret files in what commits add (lines, names of added
    /// files, messages): what a push sent.
    func scan(_ patches: [PatchFile], messages: [CommitMessages.Message]) -> [Finding] {
        let scanner = PatchScanner(detector: detector, windowBytes: maximumScanBytes, credentials: credentials)
        var report = scanner.scan(patches)
        report.absorb(scanner.scan(messages: messages.map { (commit: $0.commit, text: $0.text) }))
        return report.findings + report.credentialCopies
    }

    /// The work files that differ between the trees before and after the action, within `paths`
    /// (nil: the whole tree, after lost events), and what they mean. Files in `noLongerWork` left
    /// the tree because a `.gitignore` ignores them again, not because they were deleted.
    func inspect(before: ObjectID, after: ObjectID, within paths: [RepositoryPath]?, noLongerWork: Set<RepositoryPath> = []) throws -> Inspection {
        let changes = try store.fileChanges(from: before, to: after, within: paths).filter { $0.after != nil || !noLongerWork.contains($0.path) }
        let changed = changes.map(\.path)
        let newHead = try store.headTree()
        let newHeadCommit = try store.headCommit()
        let stash = try store.stash()
        guard !changes.isEmpty else {
            return Inspection(changes: [], review: LossReview([], headMoved: false), facts: ActionFacts(), deletedFiles: 0,
                              headTree: newHead, headCommit: newHeadCommit, stashID: stash?.id)
        }
        // Each comparison is limited to the changed paths and skips equal subtrees, so an action
        // costs what it touched, not the size of the tree.
        let selection = PathSelection(changed)
        let uncommitted = Set(try store.fileChanges(from: headTree, to: before, within: selection).map(\.path))
        let unlikeNewHead = Set(try store.fileChanges(from: newHead, to: after, within: selection).map(\.path))
        let born = Set(try store.fileChanges(from: baselineTree, to: before, within: selection).filter { $0.before == nil }.map(\.path))
        var stashed = Set<RepositoryPath>()
        if let stash, stash.id != stashID {
            for tree in stash.trees {
                let differing = Set(try store.fileChanges(from: tree, to: before, within: selection).map(\.path))
                stashed.formUnion(changed.filter { !differing.contains($0) })
            }
        }
        let gutted = try guttedFiles(changes, after: after)
        // Uncommitted content replaced by what git also staged: looked up only for those files.
        let overwritten = changes.filter { $0.before != nil && $0.after != nil && uncommitted.contains($0.path) && unlikeNewHead.contains($0.path) }
        let indexed = try store.userIndexEntries(at: overwritten.map(\.path))
        let endsAsIndex = Set(overwritten.filter { change in indexed[change.path] == change.after?.id }.map(\.path))
        let outcomes = changes.map { change in
            FileOutcome(path: change.path, before: change.before?.id, after: change.after?.id,
                        isPreexisting: change.before != nil && (!born.contains(change.path) || adopted.contains(change.path)),
                        wasCommitted: !uncommitted.contains(change.path), endsAsHead: !unlikeNewHead.contains(change.path),
                        isStashed: stashed.contains(change.path), isGutted: gutted.contains(change.path),
                        endsAsIndex: endsAsIndex.contains(change.path))
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
        try scan(changes, committedIn: try committedTrees(before: headTree, after: newHead, afterCommit: newHeadCommit), into: &facts)
        return Inspection(changes: changes, review: review, facts: facts, deletedFiles: changes.filter { $0.before != nil && $0.after == nil }.count,
                          headTree: newHead, headCommit: newHeadCommit, stashID: stash?.id)
    }

    /// The trees whose content is not new: HEAD's before the action, and HEAD's after it when that
    /// commit was there before the action too (a branch switched to, a reset to an older commit), not
    /// one the action made: a secret committed with `--no-verify` in the same burst is new.
    private func committedTrees(before: ObjectID?, after: ObjectID?, afterCommit: ObjectID?) throws -> [ObjectID] {
        guard let after, after != before else { return before.map { [$0] } ?? [] }
        var trees = before.map { [$0] } ?? []
        if let commit = afterCommit, knownCommits().contains(commit) || (headCommit.map { store.isAncestor(commit, of: $0) } ?? false) {
            trees.append(after)
        }
        return trees
    }

    /// Files left with a sliver of what they held before the action or when the session began
    /// (`FileOutcome.isGutted`): sizes come from object headers, and the session's start is looked
    /// up only for files that shrank.
    private func guttedFiles(_ changes: [FileChange], after: ObjectID) throws -> Set<RepositoryPath> {
        var sizes: [RepositoryPath: (before: Int, after: Int)] = [:]
        for change in changes {
            guard let before = change.before, let now = change.after, now.id != ObjectID.emptyBlob, before.id != now.id else { continue }
            let size = (before: try store.size(of: before.id), after: try store.size(of: now.id))
            if size.after < size.before { sizes[change.path] = size }
        }
        guard !sizes.isEmpty else { return [] }
        var atStart: [RepositoryPath: Int] = [:]
        for change in try store.fileChanges(from: baselineTree, to: after, within: Array(sizes.keys)) {
            if let start = change.before { atStart[change.path] = try store.size(of: start.id) }
        }
        return Set(sizes.filter { path, size in
            FileOutcome.isGutted(beforeBytes: size.before, afterBytes: size.after, sessionStartBytes: atStart[path])
        }.keys)
    }

    /// New credentials in changed work files: the scanner's findings the content before lacked,
    /// and values of the ignored secret files. Editing an ignored secret file itself is routine,
    /// and so is content a commit already holds at that path (HEAD before or after the action): a
    /// checkout, reset or restore that brings back committed test keys leaks nothing new.
    private func scan(_ changes: [FileChange], committedIn committed: [ObjectID], into facts: inout ActionFacts) throws {
        for change in changes {
            guard let after = change.after, after.kind == .file || after.kind == .executable else { continue }
            if store.isIgnoredSecretFile(change.path) || detector.isAllowedPath(change.path.description) { continue }
            let content = try store.content(of: after.id)
            guard !content.prefix(8000).contains(0) else { continue }
            let previous = try change.before.map { version throws in try store.content(of: version.id) }
            // Content of any size is scanned: past scan.maxFileBytes in overlapping windows.
            let fragment = Fragment(path: change.path.description, bytes: content)
            var (secrets, marked) = detector.findingsAndMarked(in: fragment, windowBytes: maximumScanBytes)
            if !secrets.isEmpty || !marked.isEmpty {
                // A secret the file held before, marked or not, is not new; a marker added to it
                // later excuses nothing new.
                let earlier = previous.map { detector.findingsAndMarked(in: Fragment(path: change.path.description, bytes: $0), windowBytes: maximumScanBytes) }
                let known = Set(((earlier?.findings ?? []) + (earlier?.marked ?? [])).map(\.fingerprint))
                secrets = secrets.filter { !known.contains($0.fingerprint) }
                marked = marked.filter { !known.contains($0.fingerprint) }
            }
            let copies = credentials.copies(into: content, before: previous)
            guard !secrets.isEmpty || !marked.isEmpty || !copies.isEmpty else { continue }
            // Looked up only for files with something to report: most actions have none.
            if try committed.contains(where: { try store.entry(at: change.path, in: $0) == after.id }) { continue }
            facts.secrets += secrets
            facts.selfAllowedSecrets += marked
            for source in copies { facts.credentialCopies.append((source: source, path: change.path)) }
        }
    }

    /// Whether an edit of `.backstopignore` added lines no guard trusts: neither recorded by
    /// `backstop allow` nor in the file as `headTree` (HEAD after the action) commits it.
    func addsUntrustedAllowances(_ change: FileChange, recorded: Set<String>, headTree: ObjectID?) throws -> Bool {
        func fingerprints(_ id: ObjectID?) throws -> Set<String> {
            try id.map { IgnoreFile.fingerprints(in: String(decoding: try store.content(of: $0), as: UTF8.self)) } ?? []
        }
        let committed = try fingerprints(try headTree.flatMap { tree throws in try store.entry(at: change.path, in: tree) })
        return !IgnoreFile.untrustedAdditions(before: try fingerprints(change.before?.id), after: try fingerprints(change.after?.id),
                                              recorded: recorded, committed: committed).isEmpty
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
        headCommit = inspection.headCommit
        stashID = inspection.stashID
    }

    /// The scanner's rules and allow lists changed (`.backstopignore`, `.backstop.json`).
    func use(_ detector: SecretDetector) {
        self.detector = detector
    }

    /// The action was rolled back: only git's own state moves on (HEAD and the stash are not rolled back).
    func rolledBack(_ inspection: Inspection) {
        headTree = inspection.headTree
        headCommit = inspection.headCommit
        stashID = inspection.stashID
    }
}
