import BackstopCore
import BackstopSystem
import Clibgit2
import Foundation

extension SnapshotStore {
    private var prunedMarkerPath: String { Self.prunedMarkerPath(location) }

    private static func prunedMarkerPath(_ location: RepositoryLocation) -> String { location.stateDirectory + "/pruned" }

    /// Whether `pruneIfDue` would prune: the last pruning is an hour old, or unknown.
    public static func isPruneDue(location: RepositoryLocation, now: Int64 = SnapshotStore.now()) -> Bool {
        let text = ((try? Files.contents(prunedMarkerPath(location))) ?? nil).map { String(decoding: $0, as: UTF8.self) } ?? ""
        if let last = Int64(text.trimmingCharacters(in: .whitespacesAndNewlines)), now - last < 3_600, now >= last { return false }
        return true
    }

    /// Prunes when the last prune is an hour old or more; nil when it is not due.
    public func pruneIfDue(now: Int64 = SnapshotStore.now()) throws(GitError) -> PruneReport? {
        guard Self.isPruneDue(location: location, now: now) else { return nil }
        return try prune(now: now)
    }

    /// Drops the snapshots the retention policy no longer keeps. Only the private chain is
    /// rewritten: kept snapshots after the first dropped one are written again with the same tree,
    /// message and times on their new parent, and the reference moves only if no snapshot was added
    /// meanwhile. Also measures what snapshots hold beyond HEAD's tree, for the disk budget.
    public func prune(now: Int64 = SnapshotStore.now()) throws(GitError) -> PruneReport {
        let report = try lockedPrune(now: now)
        try? Files.writeAtomically(Array("\(now)\n".utf8), to: prunedMarkerPath)
        return report
    }

    private func lockedPrune(now: Int64) throws(GitError) -> PruneReport {
        try lock.withLock { () throws(GitError) -> PruneReport in
            var chain: [Commit] = []
            var ids: [ObjectID] = []
            var next = try newest()
            while let id = next {
                let commit = try repository.commit(id)
                chain.append(commit)
                ids.append(id)
                next = commit.parentID
            }
            let kept = settings.retention.kept(times: chain.map(\.time), now: now)
            var keptTrees: [ObjectID] = []
            if kept.count < chain.count, let newestID = ids.first {
                var parent: ObjectID?
                var rewriting = false
                for position in chain.indices.reversed() {
                    guard kept.contains(position) else {
                        rewriting = true
                        continue
                    }
                    let commit = chain[position]
                    keptTrees.append(commit.treeID)
                    parent = rewriting
                        ? try createCommit(tree: commit.treeID, parent: parent, message: commit.message, time: commit.time, updating: nil, copying: commit)
                        : ids[position]
                }
                if let parent {
                    try repository.updateReference(Self.snapshotsReference, to: parent, expecting: newestID, message: "backstop: prune")
                }
            } else {
                keptTrees = chain.reversed().map(\.treeID)
            }
            return PruneReport(removed: chain.count - kept.count, kept: kept.count, snapshotOnlyBytes: try snapshotOnlyBytes(trees: keptTrees))
        }
    }

    /// Bytes of the distinct blobs the snapshots (oldest first) add beyond HEAD's tree and each
    /// other, found by comparing each tree with the one before it.
    private func snapshotOnlyBytes(trees: [ObjectID]) throws(GitError) -> Int {
        let database = try ObjectDatabase(repository)
        let comparison = TreeComparison(repository: repository, filters: nil)
        var previous = try? repository.commit(repository.resolveCommit("HEAD")).treeID
        var seen = Set<ObjectID>()
        var total = 0
        for tree in trees {
            for difference in try comparison.differences(from: previous, to: tree) {
                guard let after = difference.after, after.kind != .submodule, seen.insert(after.id).inserted else { continue }
                var oid = after.id.gitOID
                total += try database.size(of: &oid)
            }
            previous = tree
        }
        return total
    }
}
