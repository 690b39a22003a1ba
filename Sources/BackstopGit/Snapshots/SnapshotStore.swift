import BackstopCore
import BackstopSystem
import Clibgit2

/// Snapshots of one working tree: commits on `refs/backstop/snapshots`, each parented on the one
/// before, built from Backstop's private index. Never touches HEAD, the user's index, the stash or
/// (except when restoring) the working tree.
///
/// Every write happens under a `flock` in `.git/backstop/`, and every file libgit2 writes (objects,
/// the index, refs) goes through a temporary file or lock file and a rename, so a `kill -9` at any
/// moment leaves the repository valid and the next snapshot working. Keep one store per process
/// and use it from one thread at a time (libgit2's rule for a repository).
public final class SnapshotStore: @unchecked Sendable {
    public static let snapshotsReference = "refs/backstop/snapshots"
    /// The state the last restore or rollback replaced, kept reachable so `undo` can put it back.
    public static let undoReference = "refs/backstop/undo"

    let repository: GitRepositoryHandle
    public let location: RepositoryLocation
    public let settings: SnapshotSettings
    let index: SnapshotIndex
    let lock: StateLock
    /// A long-lived process (the watcher) keeps the index in memory and writes it with `flush()` when
    /// idle: writing 100,000 entries costs more than a path-limited snapshot. Another process that
    /// reads the older file meanwhile only hashes a few more files.
    public var writesIndexLazily = false
    var unwrittenRefreshes = 0

    public init(location: RepositoryLocation, settings: SnapshotSettings) throws(GitError) {
        guard location.gitDirectory == location.commonDirectory else {
            throw GitError(function: "snapshot", code: -1,
                           message: "snapshots of a linked worktree (\(location.root)) are not supported yet; run backstop in the main working tree")
        }
        self.location = location
        self.settings = settings
        let state = location.stateDirectory
        do {
            try Files.makeDirectory(state, permissions: 0o700)
        } catch {
            throw GitError(error)
        }
        let repository = try GitRepositoryHandle(path: location.root)
        let lock = StateLock(path: state + "/snapshots.lock", staleFiles: [
            state + "/index.lock",
            location.commonDirectory + "/" + Self.snapshotsReference + ".lock",
            location.commonDirectory + "/" + Self.undoReference + ".lock",
            location.commonDirectory + "/" + Self.blockedReference + ".lock",
        ])
        self.repository = repository
        self.lock = lock
        index = try lock.withLock { () throws(GitError) -> SnapshotIndex in
            try SnapshotIndex(repository: repository, path: state + "/index", seed: location.gitDirectory + "/index", workingTree: location.root)
        }
    }

    /// Writes an index that `writesIndexLazily` kept in memory.
    public func flush() throws(GitError) {
        guard unwrittenRefreshes > 0 else { return }
        try lock.withLock { () throws(GitError) in try index.write() }
        unwrittenRefreshes = 0
    }

    /// After `.git` was rebuilt from the store outside the tree: the private index kept in memory
    /// loses the entries whose content went with the old object database, and is written again
    /// (the rebuild put back an older copy). Returns the entries dropped; take the next snapshot
    /// of the whole tree, which reads those files again.
    public func resumeAfterRebuild() throws(GitError) -> Int {
        try lock.withLock { () throws(GitError) -> Int in
            let dropped = try index.dropEntriesWithMissingContent()
            try index.write()
            unwrittenRefreshes = 0
            return dropped
        }
    }

    // MARK: Taking snapshots

    /// Snapshots the working tree, or only `paths` (files, and folders whose contents are all looked
    /// at: the watcher's changed set), and returns the record; when nothing changed since the newest
    /// snapshot, that one is returned with `created` false.
    public func take(reason: String, paths: [RepositoryPath]? = nil, kind: SnapshotMessage.Kind = .state,
                     now: Int64 = SnapshotStore.now()) throws(GitError) -> SnapshotRecord {
        try lock.withLock { () throws(GitError) -> SnapshotRecord in
            let (tree, skipped) = try capture(paths: paths)
            return try commit(tree: tree, reason: reason, now: now, skipped: skipped, kind: kind)
        }
    }

    /// The newest snapshot's id, nil before the first.
    public func newest() throws(GitError) -> ObjectID? {
        try repository.referenceTarget(Self.snapshotsReference)
    }

    /// What `restore` starts from by default: the newest snapshot of a settled state, not a backup a
    /// restore, undo or rollback took of the state it replaced (restoring from that would put back
    /// what was just restored away) nor the watcher's pre-images. Nil before the first snapshot.
    public func defaultRestoreSource() throws(GitError) -> ObjectID? {
        var next = try newest()
        var newestBackup: ObjectID?
        while let id = next {
            let commit = try repository.commit(id)
            guard SnapshotMessage(parsing: commit.message, fallbackTime: commit.time).kind != .state else { return id }
            if newestBackup == nil { newestBackup = id }
            next = commit.parentID
        }
        return newestBackup
    }

    /// A snapshot's reason, time and kind, as its commit message records them.
    public func message(ofCommit id: ObjectID) throws(GitError) -> SnapshotMessage {
        let commit = try repository.commit(id)
        return SnapshotMessage(parsing: commit.message, fallbackTime: commit.time)
    }

    /// The tree a snapshot (or any commit) holds.
    public func tree(ofCommit id: ObjectID) throws(GitError) -> ObjectID {
        try repository.commit(id).treeID
    }

    /// The commit `revision` names (a snapshot id or prefix, `refs/backstop/blocked`, any commit).
    public func resolve(_ revision: String) throws(GitError) -> ObjectID {
        try repository.resolveCommit(revision)
    }

    /// Snapshots newest first, each with the number of files changed against the one before it.
    public func history(limit: Int = .max) throws(GitError) -> [SnapshotSummary] {
        var result: [SnapshotSummary] = []
        let comparison = TreeComparison(repository: repository, filters: nil)
        var next = try newest().map { id throws(GitError) in (id, try repository.commit(id)) }
        while let (id, commit) = next, result.count < limit {
            // Each commit is looked up once: as the parent here, and as the snapshot next round.
            let parent = try commit.parentID.map { parent throws(GitError) in (parent, try repository.commit(parent)) }
            let changed = try comparison.differences(from: parent?.1.treeID, to: commit.treeID).count
            let message = SnapshotMessage(parsing: commit.message, fallbackTime: commit.time)
            result.append(SnapshotSummary(id: id, time: message.time, reason: message.reason, changedFiles: changed))
            next = parent
        }
        return result
    }

    /// Refreshes the private index and writes its tree. Call with the lock held.
    func capture(paths: [RepositoryPath]?, known: WorkingTreeCheck? = nil) throws(GitError) -> (tree: ObjectID, skipped: [SkippedFile]) {
        try index.reload()
        let refresh = try index.refresh(paths: paths, settings: settings, known: known)
        // The tree first: writing it fills the index's tree cache, which the index file then keeps,
        // so the next process does not rebuild and rehash every tree.
        let tree = try index.writeTree()
        if refresh.needsWrite {
            unwrittenRefreshes += 1
            if !writesIndexLazily {
                try index.write()
                unwrittenRefreshes = 0
            }
        }
        return (tree, refresh.skipped)
    }

    /// Commits `tree` on the snapshot chain unless it equals the newest snapshot's tree.
    func commit(tree: ObjectID, reason: String, now: Int64, skipped: [SkippedFile], kind: SnapshotMessage.Kind = .state) throws(GitError) -> SnapshotRecord {
        let parent = try newest()
        if let parent {
            let parentCommit = try repository.commit(parent)
            if parentCommit.treeID == tree {
                let message = SnapshotMessage(parsing: parentCommit.message, fallbackTime: parentCommit.time)
                return SnapshotRecord(id: parent, tree: tree, time: message.time, reason: message.reason, created: false, skipped: skipped)
            }
        }
        let message = SnapshotMessage(reason: reason, time: now, kind: kind)
        let id = try createCommit(tree: tree, parent: parent, message: message.text, time: now, updating: Self.snapshotsReference)
        return SnapshotRecord(id: id, tree: tree, time: now, reason: message.reason, created: true, skipped: skipped)
    }

    /// Writes a commit. With `updating`, libgit2 moves that reference only if it still points at
    /// `parent`, so two writers can never drop each other's snapshot. `copying` reuses another
    /// commit's author and committer (pruning keeps the original times).
    func createCommit(tree: ObjectID, parent: ObjectID?, message: String, time: Int64, updating reference: String?,
                      copying original: Commit? = nil) throws(GitError) -> ObjectID {
        let treeObject = try repository.tree(tree)
        let parentCommit = try parent.map { id throws(GitError) in try repository.commit(id) }
        var signature: UnsafeMutablePointer<git_signature>?
        defer { backstop_git_signature_free(signature) }
        let author: UnsafePointer<git_signature>?
        let committer: UnsafePointer<git_signature>?
        if let original {
            author = backstop_git_commit_author(original.pointer)
            committer = backstop_git_commit_committer(original.pointer)
        } else {
            try check(backstop_git_signature_new(&signature, "Backstop", "backstop@localhost", time, 0), "git_signature_new")
            author = UnsafePointer(signature)
            committer = author
        }
        var parents: [OpaquePointer?] = parentCommit.map { [$0.pointer] } ?? []
        var oid = git_oid()
        // The wrappers free their objects when Swift releases them, which may be right after the
        // last mention of `.pointer`: keep them alive until libgit2 is done with the pointers.
        let code = withExtendedLifetime((treeObject, parentCommit)) {
            parents.withUnsafeMutableBufferPointer { buffer in
                backstop_git_commit_create(&oid, repository.pointer, reference, author, committer, nil, message, treeObject.pointer,
                                           buffer.count, buffer.baseAddress)
            }
        }
        try check(code, "git_commit_create")
        return ObjectID(&oid)
    }

    public static func now() -> Int64 { WallClock.seconds() }
}
