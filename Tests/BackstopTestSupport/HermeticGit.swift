import Foundation

/// The environment every test's git runs in: no user or system configuration, its own HOME, and a
/// fixed author and date, so repositories are the same on every machine.
public enum HermeticGit {
    public static func environment(home: String) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for key in environment.keys where key.hasPrefix("GIT_") { environment[key] = nil }
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["HOME"] = home
        environment["XDG_CONFIG_HOME"] = home + "/.config"
        // One state folder for the test process and every binary it runs, so both find the same
        // store outside the tree (a repository's store is named after its path).
        environment["XDG_STATE_HOME"] = stateHome
        environment["GIT_AUTHOR_NAME"] = "Test Author"
        environment["GIT_AUTHOR_EMAIL"] = "author@example.com"
        environment["GIT_AUTHOR_DATE"] = "2026-01-01T00:00:00Z"
        environment["GIT_COMMITTER_NAME"] = "Test Author"
        environment["GIT_COMMITTER_EMAIL"] = "author@example.com"
        environment["GIT_COMMITTER_DATE"] = "2026-01-01T00:00:00Z"
        // The built binary's folder first, where `install` links the push helper git looks for.
        environment["PATH"] = (BuiltBinary.path as NSString).deletingLastPathComponent + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        return environment
    }

    public static let executable = "/usr/bin/git"

    /// The test process itself made hermetic, once, before its first libgit2 call: libgit2 reads
    /// the global configuration from HOME and XDG_CONFIG_HOME when it starts, and the git processes
    /// Backstop's code spawns in-process inherit this environment. Every temporary repository
    /// calls it, so any test that reaches libgit2 has gone through it.
    public static func isolateThisProcess() {
        _ = isolation
    }

    private static let processHome = NSTemporaryDirectory() + "backstop-test-home-\(ProcessInfo.processInfo.processIdentifier)"
    /// Where the stores outside the tree of every test repository go; removed when the tests end.
    public static let stateHome = processHome + "/state"

    private static let isolation: Void = {
        let home = processHome
        try? FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        for key in ProcessInfo.processInfo.environment.keys where key.hasPrefix("GIT_") { unsetenv(key) }
        setenv("HOME", home, 1)
        setenv("XDG_CONFIG_HOME", home + "/.config", 1)
        setenv("XDG_STATE_HOME", stateHome, 1)
        // Open to every user, like /tmp: tests that run the binary as an ordinary user keep their
        // stores here too, where the test process finds them.
        let stores = stateHome + "/backstop/repositories"
        try? FileManager.default.createDirectory(atPath: stores, withIntermediateDirectories: true)
        for folder in [stateHome, stateHome + "/backstop", stores] { chmod(folder, 0o1777) }
        atexit { try? FileManager.default.removeItem(atPath: NSTemporaryDirectory() + "backstop-test-home-\(getpid())") }
        setenv("GIT_CONFIG_GLOBAL", "/dev/null", 1)
        setenv("GIT_CONFIG_NOSYSTEM", "1", 1)
    }()
}
