import BackstopCore

/// What the user's index holds that HEAD does not.
public enum StagedPaths {
    /// Paths whose entry in the index differs from HEAD's (`git diff --cached --name-only`): on an
    /// unborn branch, every path in the index.
    public static func all(in root: String) throws(GitError) -> Set<RepositoryPath> {
        let output = try GitCommandLine(directory: root).run(["diff", "--cached", "--name-only", "--no-renames", "-z"])
        return Set(output.split(separator: 0).map { RepositoryPath(bytes: Array($0)) })
    }
}
