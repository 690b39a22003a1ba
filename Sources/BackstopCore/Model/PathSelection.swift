/// Paths (files, or folders taken whole) made ready to be asked about many times: whether a path is
/// one of them, and whether a folder holds one. Building it hashes every path and its folders once,
/// so a caller comparing the same paths several times builds it once.
public struct PathSelection: Sendable {
    public let paths: Set<RepositoryPath>
    /// Every folder holding one of the paths.
    public let folders: Set<RepositoryPath>

    public init(_ paths: [RepositoryPath]) {
        self.paths = Set(paths)
        folders = Set(paths.flatMap(\.ancestors))
    }
}
