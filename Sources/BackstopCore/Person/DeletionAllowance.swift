/// A person's leave for a commit to delete files (`backstop allow --deletion`): the deletions
/// staged or made in the working tree when it was given, at the commit HEAD was then. The
/// pre-commit hook leaves exactly those out of the mass-deletion count while HEAD has not moved,
/// so the leave ends with the commit it was for.
public struct DeletionAllowance: Sendable, Equatable {
    /// The commit HEAD named when the leave was given; empty on an unborn branch.
    public let head: String
    /// Paths as the staged patch names them.
    public let paths: Set<String>

    public init(head: String, paths: Set<String>) {
        self.head = head
        self.paths = paths
    }

    /// The deletions this leave allows a commit on top of `head` to make: none once HEAD moved.
    public func allowedDeletions(at head: String) -> Set<String> {
        head == self.head ? paths : []
    }

    static let header = "backstop-deletion-allowance 1"

    /// A header line, the HEAD line, then the paths separated by NUL bytes (a path may hold a
    /// newline).
    public var encoded: [UInt8] {
        var bytes = Array("\(Self.header)\n\(head)\n".utf8)
        for path in paths.sorted() { bytes += Array(path.utf8) + [0] }
        return bytes
    }

    public init?(decoding bytes: [UInt8]) {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), maxSplits: 2, omittingEmptySubsequences: false)
        guard lines.count == 3, String(decoding: lines[0], as: UTF8.self) == Self.header else { return nil }
        self.init(head: String(decoding: lines[1], as: UTF8.self),
                  paths: Set(lines[2].split(separator: 0).map { String(decoding: $0, as: UTF8.self) }))
    }
}
