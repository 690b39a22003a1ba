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
    /// Where the secret is: a file's content, a commit's message, or a file's name (then `path`
    /// is the name with the secret masked, so it can be shown).
    public let part: Fragment.Part

    public init(
        ruleID: String, description: String, path: String, line: Int, column: Int, commit: String?,
        redacted: String, excerpt: String, fingerprint: String, part: Fragment.Part = .content
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
        self.part = part
    }

    /// Where it is, as a person reads it: `path:line:column`, `the message of commit abc123,
    /// line 2`, or `the file name docs/ghp_****.txt`.
    public var place: String {
        let commitName = commit.map { "commit \($0.prefix(12))" }
        switch part {
        case .content: return "\(PathQuoting.quoted(path)):\(line):\(column)"
        case .message: return "the message of \(commitName ?? "the commit being made"), line \(line)"
        case .name: return "the file name \(PathQuoting.quoted(path))"
        }
    }

    /// What holds it, for lists of paths (the audit log's): the path, the masked name, or the message.
    public var holder: String {
        part == .message ? "(message of \(commit.map { "commit \($0.prefix(12))" } ?? "the commit being made"))" : path
    }

    /// The same finding shown at another path: a file whose name holds a secret is named masked.
    public func shown(at path: String) -> Finding {
        Finding(ruleID: ruleID, description: description, path: path, line: line, column: column, commit: commit,
                redacted: redacted, excerpt: excerpt, fingerprint: fingerprint, part: part)
    }
}

extension [Finding] {
    /// `a secret` or `3 secrets`, and where they are when not all in file content:
    /// `a secret (in a commit message)`.
    public func counted(_ noun: String, qualifier: String = "") -> String {
        var text = (count == 1 ? "a \(noun)" : "\(count) \(noun)s") + qualifier
        var places: [String] = []
        if contains(where: { $0.part == .message }) { places.append("in a commit message") }
        if contains(where: { $0.part == .name }) { places.append("in a file name") }
        if !places.isEmpty { text += " (" + places.joined(separator: ", ") + ")" }
        return text
    }
}
