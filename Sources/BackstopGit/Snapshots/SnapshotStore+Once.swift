import BackstopCore
import BackstopSystem

/// What a stat walk of the whole working tree found against the private index file, read as
/// bytes before libgit2 opened it (which costs more than the walk's own reading).
public struct WorkingTreeCheck: Sendable {
    /// The checksum of the index file the walk compared with.
    let indexChecksum: [UInt8]
    /// The paths that may have changed since that index (`StatCacheCheck`).
    let candidates: [RepositoryPath]
    /// The root tree the index's cache tree holds, when it holds a valid one.
    let cachedTree: ObjectID?
}

extension SnapshotStore {
    /// One whole-tree snapshot for a process that takes it and exits. The working tree is first
    /// compared with the private index file by a stat walk; when nothing changed and the newest
    /// snapshot holds the tree that file records, that snapshot is the answer and the store is
    /// never opened (nil). Otherwise the store is opened and the snapshot taken, its diff limited
    /// to what the walk found when the index is still the one walked against.
    public static func takeOnce(location: RepositoryLocation, settings: SnapshotSettings, reason: String,
                                now: Int64 = SnapshotStore.now()) throws(GitError) -> (record: SnapshotRecord, store: SnapshotStore?) {
        var check: WorkingTreeCheck?
        if location.gitDirectory == location.commonDirectory {
            let repository = try GitRepositoryHandle(path: location.root)
            check = try workingTreeCheck(location: location, settings: settings, repository: repository)
            if let check, check.candidates.isEmpty, let tree = check.cachedTree, let record = try newestHolding(tree, in: repository) {
                return (record, nil)
            }
        }
        let store = try SnapshotStore(location: location, settings: settings)
        let record = try store.lock.withLock { () throws(GitError) -> SnapshotRecord in
            let (tree, skipped) = try store.capture(paths: nil, known: check)
            return try store.commit(tree: tree, reason: reason, now: now, skipped: skipped)
        }
        return (record, store)
    }

    /// The walk against the private index file; nil when there is no such file yet or the walk
    /// cannot vouch for the whole tree.
    static func workingTreeCheck(location: RepositoryLocation, settings: SnapshotSettings,
                                 repository: GitRepositoryHandle) throws(GitError) -> WorkingTreeCheck? {
        guard let file = IndexFile(path: location.stateDirectory + "/index") else { return nil }
        guard let table = IndexEntryTable(file: file) else { return nil }
        let check = StatCacheCheck(table: table, indexWritten: file.writtenNanoseconds, repository: repository, workingTree: location.root)
        guard let candidates = check.candidates(settings: settings) else { return nil }
        return WorkingTreeCheck(indexChecksum: Array(file.checksum), candidates: candidates, cachedTree: file.rootTree)
    }

    /// The newest snapshot when its tree is `tree`, as a record that created nothing.
    private static func newestHolding(_ tree: ObjectID, in repository: GitRepositoryHandle) throws(GitError) -> SnapshotRecord? {
        guard let newest = try repository.referenceTarget(snapshotsReference) else { return nil }
        let commit = try repository.commit(newest)
        guard commit.treeID == tree else { return nil }
        let message = SnapshotMessage(parsing: commit.message, fallbackTime: commit.time)
        return SnapshotRecord(id: newest, tree: tree, time: message.time, reason: message.reason, created: false, skipped: [])
    }
}
