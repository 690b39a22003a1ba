import BackstopCore

/// The ignored secret files (`secretFiles`: `.env`, `.env.*`) in a working tree, found by git's
/// own walk of untracked ignored files.
public enum SecretFileList {
    /// Paths relative to `root`. An ignored folder is listed as a folder and not entered (a
    /// `node_modules` of 100,000 files would cost the hook its time budget), so a secret file
    /// inside one is not found.
    public static func ignored(matching globs: [PathGlob], in root: String) throws(GitError) -> [String] {
        guard !globs.isEmpty else { return [] }
        let pathspecs = globs.map { glob in
            var pattern = glob.pattern
            if pattern.hasPrefix("/") { pattern.removeFirst() }
            return ":(glob)" + (glob.pattern.contains("/") ? pattern : "**/" + pattern)
        }
        let output = try GitCommandLine(directory: root).run(
            ["-c", "core.quotepath=false", "ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--directory", "--"] + pathspecs)
        return output.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            .filter { path in !path.hasSuffix("/") && globs.contains { $0.matches(path) } }
    }
}
