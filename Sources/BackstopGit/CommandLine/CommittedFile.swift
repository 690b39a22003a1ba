/// A file as a commit holds it, read through git.
public enum CommittedFile {
    /// The content of `path` in `revision`, nil when there is no such file (or no such commit).
    public static func contents(_ path: String, at revision: String, in directory: String) throws(GitError) -> [UInt8]? {
        let outcome = try GitCommandLine(directory: directory).runAllowingFailure(["cat-file", "blob", "\(revision):\(path)"])
        return outcome.status == 0 ? outcome.output : nil
    }
}
