/// One path that differs between the working tree now and a snapshot.
public struct EntryChange: Sendable, Equatable {
    public let path: RepositoryPath
    /// What is there now; nil when nothing is.
    public let current: EntryKind?
    /// What the snapshot holds; nil when it holds nothing there.
    public let snapshot: EntryKind?

    public init(path: RepositoryPath, current: EntryKind?, snapshot: EntryKind?) {
        self.path = path
        self.current = current
        self.snapshot = snapshot
    }
}

/// What a restore does to each differing path, and why: the pure half of `backstop restore`.
///
/// A path the snapshot holds is written back. A path only the working tree holds is kept unless the
/// restore is exact, in which case it is removed. When the two disagree about whether a name is a
/// file or a folder, the snapshot wins and the other side is `replaced`: the state before the restore
/// is itself a snapshot, so `backstop undo` brings it back.
public struct RestorePlan: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public let path: RepositoryPath
        public let reason: String
    }

    public private(set) var written: [Item] = []
    public private(set) var removed: [Item] = []
    public private(set) var replaced: [Item] = []
    public private(set) var kept: [Item] = []

    public init(changes: [EntryChange], exact: Bool) {
        let writtenPaths = Set(changes.filter { $0.snapshot != nil }.map(\.path))
        var foldersOfWritten = Set<RepositoryPath>()
        for path in writtenPaths {
            for folder in path.ancestors.reversed() {
                // Nearest first: already there means its ancestors are too.
                if !foldersOfWritten.insert(folder).inserted { break }
            }
        }
        for change in changes {
            if change.snapshot == .submodule || (change.snapshot == nil && change.current == .submodule) {
                // A submodule is its own repository: Backstop records its commit, never its files.
                kept.append(Item(path: change.path, reason: "a submodule (restore it inside its own repository)"))
            } else if let snapshot = change.snapshot {
                written.append(Item(path: change.path, reason: Self.reason(from: change.current, to: snapshot)))
            } else if foldersOfWritten.contains(change.path) {
                replaced.append(Item(path: change.path, reason: "the snapshot has a folder here"))
            } else if change.path.ancestors.contains(where: writtenPaths.contains) {
                replaced.append(Item(path: change.path, reason: "the snapshot has a file where its folder is"))
            } else if exact {
                removed.append(Item(path: change.path, reason: "not in the snapshot"))
            } else {
                kept.append(Item(path: change.path, reason: "not in the snapshot (--exact removes it)"))
            }
        }
    }

    /// The paths the restore changes on disk.
    public var touched: [RepositoryPath] { (written + removed + replaced).map(\.path) }

    static func reason(from current: EntryKind?, to snapshot: EntryKind) -> String {
        switch (current, snapshot) {
        case (nil, _): "missing"
        case (.file, .executable), (.executable, .file): "mode changed"
        case (let current?, _) where current != snapshot: "was a \(current.rawValue), is a \(snapshot.rawValue) in the snapshot"
        default: "content changed"
        }
    }
}
