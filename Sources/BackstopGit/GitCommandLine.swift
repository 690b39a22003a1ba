import Foundation

/// Runs the `git` command line. Hooks use it where git is faster than libgit2 1.5: `git diff --cached`
/// reads a 100,000-file index in a few milliseconds, where libgit2 verifies the index checksum and
/// walks every subtree (see the research notes).
public struct GitCommandLine: Sendable {
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
        let outcome = try runAllowingFailure(arguments, input: input)
        guard outcome.status == 0 else {
            throw GitError(function: "git " + arguments.prefix(3).joined(separator: " "), code: outcome.status, message: outcome.errorText)
        }
        return outcome.output
    }

    /// Runs git and returns its output as text, without the trailing newline.
    public func text(_ arguments: [String]) throws(GitError) -> String {
        var text = String(decoding: try run(arguments), as: UTF8.self)
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Runs git and returns whatever happened; only a failure to start git throws.
    public func runAllowingFailure(_ arguments: [String], input: [UInt8]? = nil) throws(GitError) -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: GitCommandLine.executable)
        process.arguments = ["-C", directory] + arguments
        let outputPipe = Pipe(), errorPipe = Pipe(), inputPipe = Pipe()
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
        do {
            try process.run()
        } catch {
            throw GitError(function: "git " + (arguments.first ?? ""), code: -1, message: "could not start \(GitCommandLine.executable): \(error.localizedDescription)")
        }
        // stderr and stdin are served on other threads so that a chatty git never blocks on a full pipe.
        let errorData = LockedBox(Data())
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            errorData.value = errorPipe.fileHandleForReading.readDataToEndOfFile()
        }
        if let input {
            DispatchQueue.global().async(group: group) {
                inputPipe.fileHandleForWriting.write(Data(input))
                try? inputPipe.fileHandleForWriting.close()
            }
        }
        let output = outputPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        group.wait()
        return Outcome(status: process.terminationStatus, output: [UInt8](output), errorText: String(decoding: errorData.value, as: UTF8.self))
    }

    /// `git` from PATH, resolved once.
    static let executable: String = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/git"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return "/usr/bin/git"
    }()
}

/// A value written by one thread and read by another after a wait that orders them.
final class LockedBox<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
