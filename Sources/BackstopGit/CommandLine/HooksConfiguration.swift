import Foundation

/// Where git runs hooks from, and the setting that moves it (`core.hooksPath`).
public enum HooksConfiguration {
    /// The folder git runs hooks from, absolute, as `git rev-parse --git-path hooks` names it.
    public static func hooksFolder(in root: String) throws(GitError) -> String {
        var path = try GitCommandLine(directory: root).text(["rev-parse", "--git-path", "hooks"])
        if !path.hasPrefix("/") { path = root + "/" + path }
        return (path as NSString).standardizingPath
    }

    /// `core.hooksPath` as set, nil when it is not.
    public static func hooksPath(in root: String) throws(GitError) -> String? {
        let outcome = try GitCommandLine(directory: root).runAllowingFailure(["config", "--get", "core.hooksPath"])
        return outcome.status == 0 ? outcome.text.trimmingCharacters(in: .newlines) : nil
    }

    /// Where the effective `core.hooksPath` is set: `local`, `worktree`, `global`, `system` or
    /// `command` (git's scopes), with its value; nil when it is not set.
    public static func hooksPathScope(in root: String) throws(GitError) -> (scope: String, value: String)? {
        let outcome = try GitCommandLine(directory: root).runAllowingFailure(["config", "--show-scope", "--get", "core.hooksPath"])
        guard outcome.status == 0 else { return nil }
        let line = outcome.text.trimmingCharacters(in: .newlines)
        guard let tab = line.firstIndex(of: "\t") else { return nil }
        return (String(line[..<tab]), String(line[line.index(after: tab)...]))
    }

    /// `core.hooksPath` in the repository's own configuration (`.git/config`), nil when not set there.
    public static func localHooksPath(in root: String) throws(GitError) -> String? {
        let outcome = try GitCommandLine(directory: root).runAllowingFailure(["config", "--local", "--get", "core.hooksPath"])
        return outcome.status == 0 ? outcome.text.trimmingCharacters(in: .newlines) : nil
    }

    /// Sets `core.hooksPath` in the repository's own configuration, or unsets it there for nil.
    public static func setLocalHooksPath(_ value: String?, in root: String) throws(GitError) {
        let git = GitCommandLine(directory: root)
        if let value {
            _ = try git.run(["config", "--local", "core.hooksPath", value])
        } else if try localHooksPath(in: root) != nil {
            _ = try git.run(["config", "--local", "--unset-all", "core.hooksPath"])
        }
    }

    /// Sets `core.hooksPath`, or unsets it (every value) for nil.
    public static func setHooksPath(_ value: String?, in root: String) throws(GitError) {
        let git = GitCommandLine(directory: root)
        if let value {
            _ = try git.run(["config", "core.hooksPath", value])
        } else if try hooksPath(in: root) != nil {
            _ = try git.run(["config", "--unset-all", "core.hooksPath"])
        }
    }
}
