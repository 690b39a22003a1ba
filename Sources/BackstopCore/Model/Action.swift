/// The net effect of a burst of events on one path.
public struct PathChange: Sendable, Equatable {
    public enum Effect: Sendable, Equatable {
        case created, modified, deleted
    }

    public let path: RepositoryPath
    public let effect: Effect
    public let isDirectory: Bool
    /// For the new name of a rename inside the tree: where it came from.
    public let renamedFrom: RepositoryPath?

    public init(path: RepositoryPath, effect: Effect, isDirectory: Bool, renamedFrom: RepositoryPath? = nil) {
        self.path = path
        self.effect = effect
        self.isDirectory = isDirectory
        self.renamedFrom = renamedFrom
    }
}

/// A burst of filesystem events closed by a quiet settle period or a maximum length, reduced to
/// the net effect per path: what the classifier judges and the snapshot records.
public struct Action: Sendable, Equatable {
    /// Milliseconds on the watcher's monotonic clock.
    public let start: Int64
    public let end: Int64
    /// Sorted by path; paths whose net effect is nothing (born and gone within the action) are left out.
    public let changes: [PathChange]
    /// Events were lost: the changes are incomplete and the tree must be rescanned.
    public let overflowed: Bool

    public init(start: Int64, end: Int64, changes: [PathChange], overflowed: Bool) {
        self.start = start
        self.end = end
        self.changes = changes
        self.overflowed = overflowed
    }

    /// Every path the action touched, for a snapshot limited to them (folders are read whole).
    public var paths: [RepositoryPath] { changes.map(\.path) }
}
