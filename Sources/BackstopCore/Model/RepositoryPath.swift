/// A path inside the working tree, relative to its root and `/`-separated, kept as the bytes the
/// filesystem holds: names need not be UTF-8, and a path must reach git exactly as it was read.
public struct RepositoryPath: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    public init(_ text: String) {
        self.bytes = Array(text.utf8)
    }

    /// For people: names that are not UTF-8 show replacement characters.
    public var description: String { String(decoding: bytes, as: UTF8.self) }

    /// Whether this path is `folder` itself or lies inside it.
    /// Whether `paths` (files, and folders taken whole) include this path.
    public func isCovered(by paths: [RepositoryPath]) -> Bool {
        paths.contains { isWithin($0) }
    }

    public func isWithin(_ folder: RepositoryPath) -> Bool {
        guard bytes.count >= folder.bytes.count, bytes.starts(with: folder.bytes) else { return false }
        return bytes.count == folder.bytes.count || bytes[folder.bytes.count] == UInt8(ascii: "/")
    }

    /// The path as a NUL-terminated C string, for libgit2 and system calls.
    public var cString: [CChar] { (bytes + [0]).map { CChar(bitPattern: $0) } }

    /// The path below the folder `root` (an absolute path) as a NUL-terminated C string.
    public func cString(under root: String) -> [CChar] {
        (Array(root.utf8) + (bytes.isEmpty ? [] : [UInt8(ascii: "/")] + bytes) + [0]).map { CChar(bitPattern: $0) }
    }

    /// Calls `body` with the path as a C string that stays valid for the call.
    public func withCString<Result>(_ body: (UnsafePointer<CChar>) -> Result) -> Result {
        body(cString)
    }

    /// This path with `name` appended as a child.
    public func appending(_ name: [UInt8]) -> RepositoryPath {
        RepositoryPath(bytes: bytes.isEmpty ? name : bytes + [UInt8(ascii: "/")] + name)
    }

    /// The last component: `a/b/c.txt` gives `c.txt`.
    public var fileName: [UInt8] {
        Array(bytes[(bytes.lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0)...])
    }

    /// The folders holding this path, outermost first: `a/b/c` gives `a` and `a/b`.
    public var ancestors: [RepositoryPath] {
        bytes.indices.filter { bytes[$0] == UInt8(ascii: "/") }.map { RepositoryPath(bytes: Array(bytes[..<$0])) }
    }

    /// The fewest paths covering `paths`: a path inside another listed one is dropped, since a
    /// snapshot or restore limited to a folder takes the folder whole. Sorted.
    public static func covering(_ paths: [RepositoryPath]) -> [RepositoryPath] {
        var kept = Set<RepositoryPath>()
        for path in Set(paths).sorted(by: { $0.bytes.count < $1.bytes.count }) where !path.ancestors.contains(where: kept.contains) {
            kept.insert(path)
        }
        return kept.sorted()
    }

    public static func < (left: RepositoryPath, right: RepositoryPath) -> Bool {
        left.bytes.lexicographicallyPrecedes(right.bytes)
    }
}
