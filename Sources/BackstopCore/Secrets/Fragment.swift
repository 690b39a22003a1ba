/// Content handed to the detector by a source: a whole file, the lines a commit adds to one, a
/// commit's message, or the name of a file a commit adds.
public struct Fragment: Sendable {
    /// Which part of a commit or file the bytes are, so a finding can say where it is.
    public enum Part: String, Sendable, Codable {
        /// A file's content (or the lines a commit adds to it).
        case content
        /// A commit's message.
        case message
        /// The path of a file a commit adds: a token can be a file name.
        case name
    }

    /// Repository-relative path (or the path the user named), used in findings and path rules.
    public let path: String
    public let bytes: [UInt8]
    /// For added-lines fragments: the file line number of each fragment line. Nil means the
    /// fragment is the whole file and its line n is line n.
    public let lineNumbers: [Int]?
    public let commit: String?
    public let part: Part
    /// The fragment line that the first byte is on (1 unless the bytes are a window into larger
    /// content): it indexes `lineNumbers`, or is the file line itself when there are none.
    public var firstLine = 1
    /// The column of the first byte on its line (1 unless a window starts mid-line).
    public var firstColumn = 1

    public init(path: String, bytes: [UInt8], lineNumbers: [Int]? = nil, commit: String? = nil, part: Part = .content) {
        self.path = path
        self.bytes = bytes
        self.lineNumbers = lineNumbers
        self.commit = commit
        self.part = part
    }

    /// The same place with other bytes: a window into this fragment's content.
    public func window(_ bytes: [UInt8], firstLine: Int, firstColumn: Int) -> Fragment {
        var window = Fragment(path: path, bytes: bytes, lineNumbers: lineNumbers, commit: commit, part: part)
        window.firstLine = firstLine
        window.firstColumn = firstColumn
        return window
    }
}
