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
