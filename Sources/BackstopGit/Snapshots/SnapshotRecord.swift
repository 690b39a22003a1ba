import BackstopCore

/// One snapshot: a commit on `refs/backstop/snapshots`.
public struct SnapshotRecord: Sendable {
    public let id: ObjectID
    public let tree: ObjectID
    /// Seconds since 1970.
    public let time: Int64
    public let reason: String
    /// False when the working tree equalled the newest snapshot, which is then this record.
    public let created: Bool
    /// Work files left out, and why.
    public let skipped: [SkippedFile]
}

/// A snapshot as `backstop snapshots` lists it.
public struct SnapshotSummary: Sendable {
    public let id: ObjectID
    public let time: Int64
    public let reason: String
    /// Work files added, changed or removed compared with the snapshot before it.
    public let changedFiles: Int
}

/// What a restore did, or with `--dry-run` would do.
public struct RestoreReport: Sendable {
    public let source: ObjectID
    /// The snapshot of the working tree taken just before; nil for a dry run.
    public let before: ObjectID?
    public let plan: RestorePlan
    /// Paths whose content on disk does not match the snapshot after the restore.
    public let mismatched: [RepositoryPath]
    public let dryRun: Bool
}

/// What pruning did.
public struct PruneReport: Sendable {
    public let removed: Int
    public let kept: Int
    /// Bytes of blobs that snapshots hold and HEAD's tree does not: an upper bound on what
    /// snapshots cost on disk before compression.
    public let snapshotOnlyBytes: Int
}
