import BackstopCore
import Clibgit2
import Foundation

/// One work file's content in a tree.
public struct FileVersion: Sendable, Equatable {
    public let id: ObjectID
    public let kind: EntryKind
}

/// A work file whose content differs between two trees.
public struct FileChange: Sendable {
    public let path: RepositoryPath
    /// Nil where the first tree has no file at this path.
    public let before: FileVersion?
    /// Nil where the second tree has no file at this path.
    public let after: FileVersion?
}

/// What the watcher needs beyond `take` and `restore`: judging an action takes its result as a
/// tree before anything is committed, and comparisons with HEAD, the stash and the session's start.
extension SnapshotStore {
    public static let blockedReference = "refs/backstop/blocked"

    /// Pre-images: reads the files at `paths` into the object database and the private index as
    /// soon as they are written, without writing a tree, so content that settled inside an action
    /// is already stored when the next event deletes it.
    public func stage(paths: [RepositoryPath]) throws(GitError) {
        try lock.withLock { () throws(GitError) in
            try index.reload()
            if try index.refresh(paths: paths, settings: settings).needsWrite { unwrittenRefreshes += 1 }
        }
    }

    /// The private index's tree as it stands: the newest snapshot plus what `stage` read since.
    public func stagedTree() throws(GitError) -> ObjectID {
        try lock.withLock { () throws(GitError) -> ObjectID in try index.writeTree() }
    }

    /// The working tree's state at `paths` (nil: everywhere) written as a tree and not committed:
    /// what an action left, judged before it becomes a snapshot or a rollback's backup.
    public func captureTree(paths: [RepositoryPath]?) throws(GitError) -> (tree: ObjectID, skipped: [SkippedFile]) {
        try lock.withLock { () throws(GitError) in try capture(paths: paths) }
    }

    /// Commits a tree from `captureTree` or `stagedTree` on the snapshot chain, unless it equals the
    /// newest snapshot's tree.
    public func commit(tree: ObjectID, reason: String, kind: SnapshotMessage.Kind = .state, skipped: [SkippedFile] = [],
                       now: Int64 = SnapshotStore.now()) throws(GitError) -> SnapshotRecord {
        try lock.withLock { () throws(GitError) -> SnapshotRecord in try commit(tree: tree, reason: reason, now: now, skipped: skipped, kind: kind) }
    }

    /// Files that differ between two trees, within `paths` (files, or folders taken whole); nil
    /// compares everything. Equal subtrees are skipped, so a comparison costs what differs.
    public func fileChanges(from before: ObjectID?, to after: ObjectID?, within paths: [RepositoryPath]?) throws(GitError) -> [FileChange] {
        try TreeComparison(repository: repository, filters: paths).differences(from: before, to: after).map(Self.fileChange)
    }

    /// `fileChanges` within paths made ready once, for a caller that compares them several times.
    public func fileChanges(from before: ObjectID?, to after: ObjectID?, within selection: PathSelection) throws(GitError) -> [FileChange] {
        try TreeComparison(repository: repository, within: selection).differences(from: before, to: after).map(Self.fileChange)
    }

    private static func fileChange(_ difference: TreeDifference) -> FileChange {
        FileChange(path: difference.path, before: difference.before.flatMap(version), after: difference.after.flatMap(version))
    }

    private static func version(_ entry: Tree.Entry) -> FileVersion? {
        entry.kind.map { FileVersion(id: entry.id, kind: $0) }
    }

    /// A blob's bytes.
    public func content(of id: ObjectID) throws(GitError) -> [UInt8] {
        try LoadedBlob(id, in: repository).withBytes { Array($0) }
    }

    /// The id of what `tree` holds at `path`, nil when it holds nothing there.
    public func entry(at path: RepositoryPath, in tree: ObjectID) throws(GitError) -> ObjectID? {
        let object = try repository.tree(tree)
        var entry: OpaquePointer?
        defer { backstop_git_tree_entry_free(entry) }
        let code = withExtendedLifetime(object) { path.withCString { backstop_git_tree_entry_bypath(&entry, object.pointer, $0) } }
        guard code == 0, let entry, let id = backstop_git_tree_entry_id(entry) else { return nil }
        return ObjectID(id)
    }

    /// What the user's index (`.git/index`, opened read-only) holds at each of `paths`.
    public func userIndexEntries(at paths: [RepositoryPath]) throws(GitError) -> [RepositoryPath: ObjectID] {
        guard !paths.isEmpty else { return [:] }
        var index: OpaquePointer?
        try check(backstop_git_index_open(&index, location.gitDirectory + "/index"), "git_index_open(.git/index)")
        defer { backstop_git_index_free(index) }
        var found: [RepositoryPath: ObjectID] = [:]
        for path in paths {
            if let entry = path.withCString({ backstop_git_index_get_bypath(index, $0, 0) }) {
                var id = entry.pointee.id
                found[path] = ObjectID(&id)
            }
        }
        return found
    }

    /// A blob's size, read from its header without reading the content.
    public func size(of id: ObjectID) throws(GitError) -> Int {
        var oid = id.gitOID
        return try ObjectDatabase(repository).size(of: &oid)
    }

    /// HEAD's commit, nil on an unborn branch.
    public func headCommit() throws(GitError) -> ObjectID? {
        try repository.referenceTarget("HEAD")
    }

    /// HEAD's tree, nil on an unborn branch.
    public func headTree() throws(GitError) -> ObjectID? {
        try repository.referenceTarget("HEAD").map { id throws(GitError) in try repository.commit(id).treeID }
    }

    /// The newest stash entry, and the trees it saved (the working tree's, and the untracked files'
    /// of `git stash -u`); nil without a stash.
    public func stash() throws(GitError) -> (id: ObjectID, trees: [ObjectID])? {
        guard let id = try repository.referenceTarget("refs/stash") else { return nil }
        let commit = try repository.commit(id)
        var trees = [commit.treeID]
        if backstop_git_commit_parentcount(commit.pointer) >= 3, let untracked = backstop_git_commit_parent_id(commit.pointer, 2) {
            trees.append(try repository.commit(ObjectID(untracked)).treeID)
        }
        return (id, trees)
    }

    /// After a `.gitignore` changed: files it ignores now, which the user's index does not track,
    /// leave the private index (the next snapshot does not hold them). Returns those that left.
    public func dropNewlyIgnoredFiles() throws(GitError) -> [RepositoryPath] {
        try lock.withLock { () throws(GitError) -> [RepositoryPath] in
            try index.reload()
            let dropped = try index.dropIgnoredUntracked(userIndex: location.gitDirectory + "/index", settings: settings)
            if !dropped.isEmpty { unwrittenRefreshes += 1 }
            return dropped
        }
    }

    /// Whether `descendant` is `ancestor` or descends from it: a ref moved from one to the other
    /// lost nothing. False when either commit is missing.
    public func isAncestor(_ ancestor: ObjectID, of descendant: ObjectID) -> Bool {
        if ancestor == descendant { return true }
        var commit = descendant.gitOID, base = ancestor.gitOID
        return backstop_git_graph_descendant_of(repository.pointer, &commit, &base) == 1
    }

    /// Keeps a commit reachable under `name` (a ref journal entry).
    public func keep(_ id: ObjectID, as name: String) throws(GitError) {
        try repository.updateReference(name, to: id, force: true, message: "backstop: kept")
    }

    /// Points `refs/backstop/blocked` at the state a blocked action produced.
    public func markBlocked(_ id: ObjectID) throws(GitError) {
        try lock.withLock { () throws(GitError) in
            try repository.updateReference(Self.blockedReference, to: id, force: true, message: "backstop: blocked action")
        }
    }
}

extension SnapshotStore {
    /// The ignored secret files (`.env`, not a tracked `.env.example`) the private index holds, with
    /// their content ids.
    public func secretFiles() throws(GitError) -> [(path: RepositoryPath, id: ObjectID)] {
        try lock.withLock { () throws(GitError) -> [(path: RepositoryPath, id: ObjectID)] in
            try index.reload()
            var found: [(path: RepositoryPath, id: ObjectID)] = []
            for position in 0..<backstop_git_index_entrycount(index.pointer) {
                guard let entry = backstop_git_index_get_byindex(index.pointer, position), let cPath = entry.pointee.path else { continue }
                let path = RepositoryPath(bytes: CStrings.bytes(cPath))
                guard isIgnoredSecretFile(path) else { continue }
                var id = entry.pointee.id
                found.append((path, ObjectID(&id)))
            }
            return found
        }
    }
}

extension SnapshotStore {
    /// A secret file (`secretFiles`) that git ignores, like `.env`: its secrets are meant to stay
    /// on this machine. One git does not ignore (`.env.production` without a rule) is a work file
    /// that the next `git add -A` commits.
    public func isIgnoredSecretFile(_ path: RepositoryPath) -> Bool {
        var ignored: Int32 = 0
        return settings.isSecretFile(path) && path.withCString({ backstop_git_ignore_path_is_ignored(&ignored, repository.pointer, $0) }) == 0 && ignored != 0
    }
}

extension SnapshotStore {
    /// Files in the private index: the work files (and secret files) as the newest snapshot saw them.
    public func indexedFileCount() throws(GitError) -> Int {
        try lock.withLock { () throws(GitError) -> Int in
            try index.reload()
            return backstop_git_index_entrycount(index.pointer)
        }
    }
}
