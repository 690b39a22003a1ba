import Clibgit2

/// libgit2's process-wide state, set up once.
///
/// Every type that calls libgit2 calls `Libgit2.initialize()` first; the work runs only the first
/// time, and a failure then is remembered and thrown to every caller after it.
public enum Libgit2 {
    /// Initialises libgit2 for this process (never shut down: the process ends first) and turns
    /// libgit2's owner validation off (why: `backstop_disable_owner_validation` in `shim.h`);
    /// libgit2 1.5 also reports a missing `safe.directory` entry as "not found", which reads like
    /// "not a repository".
    static func initialize() throws(GitError) {
        try initialization.get()
    }

    /// Caps what libgit2 keeps in memory (mapped pack windows, cached objects) for a process that
    /// lives long and goes through large restores: the watcher.
    public static func limitMemory(mappedBytes: Int, cachedBytes: Int) throws(GitError) {
        try initialize()
        try check(backstop_limit_memory(mappedBytes, cachedBytes), "git_libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, GIT_OPT_SET_CACHE_MAX_SIZE)")
    }

    /// A global `let` is initialised lazily and exactly once, even with several threads racing.
    private static let initialization: Result<Void, GitError> = {
        do throws(GitError) {
            guard backstop_libgit2_available() != 0 else {
                throw GitError(function: "dlopen(libgit2.so.1.5)", code: -1,
                               message: "libgit2 1.5 is not installed; install it with `apt-get install libgit2-1.5` (or libgit2-dev)")
            }
            try check(backstop_git_libgit2_init(), "git_libgit2_init")
            try check(backstop_disable_owner_validation(), "git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION)")
            return .success(())
        } catch {
            return .failure(error)
        }
    }()
}

/// The one place a libgit2 return code is looked at: a negative code becomes a `GitError` carrying
/// libgit2's last error (class and message) for this thread; anything else is handed back, because
/// some calls return counts or flags.
@discardableResult
func check(_ code: Int32, _ function: String) throws(GitError) -> Int32 {
    guard code < 0 else { return code }
    let last = backstop_git_error_last()
    let message = last?.pointee.message.map { String(cString: $0) } ?? "libgit2 gave no message"
    throw GitError(function: function, code: code, errorClass: last?.pointee.klass, message: message)
}
