/// Which files git counts as work, and which it ignores.
public enum WorkFileList {
    /// The work files (tracked, or untracked and not ignored) within `pathspecs` (all when empty),
    /// relative to `root`.
    public static func paths(in root: String, within pathspecs: [String] = []) throws(GitError) -> [String] {
        let output = try GitCommandLine(directory: root).run(
            ["-c", "core.quotepath=false", "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--deduplicate", "--"] + pathspecs)
        return output.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether git's ignore rules cover `path`.
    public static func isIgnored(_ path: String, in root: String) throws(GitError) -> Bool {
        try GitCommandLine(directory: root).runAllowingFailure(["check-ignore", "-q", path]).status == 0
    }

    /// Those of `paths` that git's ignore rules cover, whether tracked or not.
    public static func ignored(among paths: [String], in root: String) throws(GitError) -> Set<String> {
        guard !paths.isEmpty else { return [] }
        let input: [UInt8] = paths.flatMap { Array($0.utf8) + [0] }
        let outcome = try GitCommandLine(directory: root).runAllowingFailure(["check-ignore", "--no-index", "-z", "--stdin"], input: input)
        return Set(outcome.output.split(separator: 0).map { String(decoding: $0, as: UTF8.self) })
    }
}
