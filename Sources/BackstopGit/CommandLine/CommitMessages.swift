/// The messages of commits: a token can leave in a message as well as in a file.
public enum CommitMessages {
    /// One commit's id and its whole message.
    public struct Message: Sendable, Equatable {
        public let commit: String
        public let text: [UInt8]
    }

    /// The messages of the commits `revisions` name (as `git log` takes them), oldest first.
    public static func read(revisions: [String], in directory: String) throws(GitError) -> [Message] {
        let output = try GitCommandLine(directory: directory).run(["log", "-z", "--reverse", "--format=format:%H%n%B"] + revisions + ["--"])
        return output.split(separator: 0, omittingEmptySubsequences: true).compactMap { record in
            guard let newline = record.firstIndex(of: UInt8(ascii: "\n")) else {
                return Message(commit: String(decoding: record, as: UTF8.self), text: [])
            }
            return Message(commit: String(decoding: record[..<newline], as: UTF8.self), text: Array(record[(newline + 1)...]))
        }
    }

    /// The remote-tracking refs (`origin/main`) that hold `commit`, among those of `remotes`.
    public static func remoteReferences(holding commit: String, remotes: [String], in directory: String) throws(GitError) -> [String] {
        guard !remotes.isEmpty else { return [] }
        let patterns = remotes.map { "refs/remotes/\($0)/" }
        let output = try GitCommandLine(directory: directory).text(["for-each-ref", "--contains", commit, "--format=%(refname:short)"] + patterns)
        return output.split(separator: "\n").map(String.init).filter { !$0.hasSuffix("/HEAD") }
    }
}
