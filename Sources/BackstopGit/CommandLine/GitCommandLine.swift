import BackstopSystem
import Foundation

/// Runs the `git` command line. Hooks use it where git is faster than libgit2 1.5: `git diff --cached`
/// reads a 100,000-file index in a few milliseconds, where libgit2 verifies the index checksum and
/// walks every subtree, and `git log -p` produces a range's patches. Every git command line of
/// Backstop's is in this folder.
struct GitCommandLine: Sendable {
    /// The folder git runs in (`git -C`).
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// What a finished git command left.
    public struct Outcome: Sendable {
        public let status: Int32
        public let output: [UInt8]
        public let errorText: String
        public var text: String { String(decoding: output, as: UTF8.self) }
    }

    /// Runs git and returns its standard output; a non-zero exit is a GitError carrying stderr.
    public func run(_ arguments: [String], input: [UInt8]? = nil) throws(GitError) -> [UInt8] {
        try start(arguments, input: input).output()
    }

    /// Runs git and returns its output as text, without the trailing newline.
    public func text(_ arguments: [String]) throws(GitError) -> String {
        var text = String(decoding: try run(arguments), as: UTF8.self)
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Runs git and returns whatever happened; only a failure to start git throws.
    public func runAllowingFailure(_ arguments: [String], input: [UInt8]? = nil) throws(GitError) -> Outcome {
        try start(arguments, input: input).outcome()
    }

    /// Starts git and returns at once, so the caller can prepare while git works.
    public func start(_ arguments: [String], input: [UInt8]? = nil) throws(GitError) -> Pending {
        do {
            return Pending(running: try Subprocess.start(GitCommandLine.executable, ["git", "-C", directory] + arguments, input: input), arguments: arguments)
        } catch {
            throw GitError(function: "git " + (arguments.first ?? ""), code: -1, message: "\(error.call) \(error.path ?? "") failed: \(error.reason)")
        }
    }

    /// A git command started with `start`, still running.
    public struct Pending {
        fileprivate let running: Subprocess.Running
        fileprivate let arguments: [String]

        /// Waits for git and returns whatever it left.
        public func outcome() -> Outcome {
            let finished = Subprocess.finish(running)
            return Outcome(status: finished.status, output: finished.output, errorText: String(decoding: finished.errorOutput, as: UTF8.self))
        }

        /// Waits for git and returns its standard output; a non-zero exit is a GitError.
        public func output() throws(GitError) -> [UInt8] {
            let finished = outcome()
            guard finished.status == 0 else {
                throw GitError(function: "git " + arguments.prefix(3).joined(separator: " "), code: finished.status, message: finished.errorText)
            }
            return finished.output
        }
    }

    /// `git` from PATH, resolved once.
    static let executable = ProgramSearch.find("git", path: ProcessInfo.processInfo.environment["PATH"]) ?? "/usr/bin/git"
}
