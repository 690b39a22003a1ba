/// One reason to block: a rule matched a secret at a place. It never holds the secret in clear:
/// only a redacted form, a redacted excerpt of the line, and a one-way fingerprint.
public struct Finding: Sendable, Hashable, Codable {
    public let ruleID: String
    public let description: String
    public let path: String
    /// 1-based line in the file (for a commit, in the file as that commit has it).
    public let line: Int
    /// 1-based byte column of the secret within its line.
    public let column: Int
    /// The commit that added the secret, for range and history scans.
    public let commit: String?
    /// The secret with all but a short, non-identifying prefix masked.
    public let redacted: String
    /// The line, shortened, with the secret replaced by its redacted form.
    public let excerpt: String
    /// Hash of the rule id and the secret: stable across edits, moves and line numbers.
    public let fingerprint: String

    public init(
        ruleID: String, description: String, path: String, line: Int, column: Int, commit: String?,
        redacted: String, excerpt: String, fingerprint: String
    ) {
        self.ruleID = ruleID
        self.description = description
        self.path = path
        self.line = line
        self.column = column
        self.commit = commit
        self.redacted = redacted
        self.excerpt = excerpt
        self.fingerprint = fingerprint
    }
}
