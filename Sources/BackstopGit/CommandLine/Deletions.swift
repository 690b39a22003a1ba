import Foundation

/// What a commit made now would delete, as a person means it when allowing a deletion
/// (`backstop allow --deletion`), and the commit it would go on.
public enum Deletions {
    /// Tracked files deleted in the index (`git rm`) or only in the working tree (what `commit -a`
    /// would delete), named as the staged patch names them.
    public static func pending(in root: String) throws(GitError) -> Set<String> {
        let git = GitCommandLine(directory: root)
        let staged = try git.run(["-c", "core.quotepath=false", "diff", "--cached", "--no-renames", "--no-ext-diff", "--name-only", "--diff-filter=D", "-z"])
        let unstaged = try git.run(["-c", "core.quotepath=false", "ls-files", "--deleted", "-z"])
        return Set((staged.split(separator: 0) + unstaged.split(separator: 0)).map { String(decoding: $0, as: UTF8.self) })
    }

    /// The commit HEAD names, as hex; empty on an unborn branch.
    public static func head(in root: String) throws(GitError) -> String {
        let outcome = try GitCommandLine(directory: root).runAllowingFailure(["rev-parse", "--verify", "-q", "HEAD"])
        return outcome.status == 0 ? outcome.text.trimmingCharacters(in: .whitespacesAndNewlines) : ""
    }
}
