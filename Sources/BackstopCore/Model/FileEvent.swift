/// One filesystem event as the watcher's adapter reports it, translated from the kernel's
/// vocabulary and relative to the working tree's root.
public struct FileEvent: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case created
        /// A file was closed after writing (`IN_CLOSE_WRITE`): its content has settled.
        case written
        case modified
        case attributesChanged
        case deleted
        /// The first half of a rename; the kernel gives both halves the same cookie.
        case movedFrom(cookie: UInt32)
        case movedTo(cookie: UInt32)
        /// The kernel dropped events (`IN_Q_OVERFLOW`), or a folder could not be watched: what
        /// changed must be found by rescanning.
        case overflow
    }

    public let kind: Kind
    public let path: RepositoryPath
    public let isDirectory: Bool

    /// The path is gone from where it was: deleted, or moved away.
    public var isRemoval: Bool {
        if case .movedFrom = kind { return true }
        return kind == .deleted
    }

    public init(_ kind: Kind, _ path: RepositoryPath, isDirectory: Bool = false) {
        self.kind = kind
        self.path = path
        self.isDirectory = isDirectory
    }
}
