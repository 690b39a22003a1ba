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
        let tree = file.rootTree ?? IndexTreeRecord.tree(for: file.checksum, in: location)
        return WorkingTreeCheck(indexChecksum: Array(file.checksum), candidates: candidates, cachedTree: tree)
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

/// Which tree the private index file holds, for the file whose own tree cache lost its root
/// (`SnapshotIndex.tree(from:applying:)` does not refill that cache): `index-tree` in the state
/// folder, the file's checksum and the tree, both in hex. A record for another checksum is stale
/// and ignored; a lost one only costs the next snapshot opening the index.
enum IndexTreeRecord {
    static func path(_ location: RepositoryLocation) -> String { location.stateDirectory + "/index-tree" }

    static func write(_ tree: ObjectID, for checksum: [UInt8], in location: RepositoryLocation) {
        let text = hex(checksum) + " " + tree.hex + "\n"
        try? Files.writeAtomically(Array(text.utf8), to: path(location), permissions: 0o600, durable: false)
    }

    static func tree(for checksum: ArraySlice<UInt8>, in location: RepositoryLocation) -> ObjectID? {
        guard let bytes = try? Files.contents(path(location), upTo: 128) else { return nil }
        let fields = String(decoding: bytes, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard fields.count == 2, fields[0] == hex(Array(checksum)) else { return nil }
        return ObjectID(hex: String(fields[1]))
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] }, as: UTF8.self)
    }
}
