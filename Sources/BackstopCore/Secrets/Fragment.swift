/// Content handed to the detector by a source: a whole file, or the lines a commit adds to one.
public struct Fragment: Sendable {
    /// Repository-relative path (or the path the user named), used in findings and path rules.
    public let path: String
    public let bytes: [UInt8]
    /// For added-lines fragments: the file line number of each fragment line. Nil means the
    /// fragment is the whole file and its line n is line n.
    public let lineNumbers: [Int]?
    public let commit: String?

    public init(path: String, bytes: [UInt8], lineNumbers: [Int]? = nil, commit: String? = nil) {
        self.path = path
        self.bytes = bytes
        self.lineNumbers = lineNumbers
        self.commit = commit
    }
}
