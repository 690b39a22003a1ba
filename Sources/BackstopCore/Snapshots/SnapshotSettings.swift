/// What goes into a snapshot and how long snapshots live (the `snapshots.*` keys and `secretFiles`).
public struct SnapshotSettings: Sendable, Equatable {
    /// Work files larger than this are left out of snapshots and listed as skipped.
    public let maximumFileBytes: Int
    /// Ignored files that snapshots keep anyway, because git cannot give them back (`.env`).
    public let secretFiles: [PathGlob]
    /// ...when they are no larger than this.
    public let maximumSecretFileBytes: Int
    public let retention: RetentionPolicy
    /// Bytes of content reachable only from snapshots above which Backstop warns.
    public let diskBudgetBytes: Int

    public init(maximumFileBytes: Int, secretFiles: [PathGlob], maximumSecretFileBytes: Int, retention: RetentionPolicy, diskBudgetBytes: Int) {
        self.maximumFileBytes = maximumFileBytes
        self.secretFiles = secretFiles
        self.maximumSecretFileBytes = maximumSecretFileBytes
        self.retention = retention
        self.diskBudgetBytes = diskBudgetBytes
    }

    public func isSecretFile(_ path: RepositoryPath) -> Bool {
        secretFiles.contains { $0.matches(bytes: path.bytes) }
    }
}
