import Foundation

/// A real git repository in a temporary folder, removed with the value: the working tree at
/// `root`, a HOME of its own beside it, and git run hermetically. The one builder every test
/// target's fixtures stand on.
open class TemporaryRepository {
    public let base: String
    public let root: String
    public let home: String

    public init(prefix: String = "backstop-test") throws {
        HermeticGit.isolateThisProcess()
        base = NSTemporaryDirectory() + prefix + "-" + UUID().uuidString
        root = base + "/work"
        home = base + "/home"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        try git("init", "-q", "-b", "main").expectSuccess()
    }

    deinit { try? FileManager.default.removeItem(atPath: base) }

    public var environment: [String: String] { HermeticGit.environment(home: home) }

    /// Runs git in the working tree (or `directory`); the caller checks the result.
    @discardableResult
    public func git(_ arguments: String..., input: String? = nil, in directory: String? = nil) throws -> ProcessResult {
        try git(arguments, input: input.map { Array($0.utf8) }, in: directory)
    }

    @discardableResult
    public func git(_ arguments: [String], input: [UInt8]? = nil, in directory: String? = nil,
                    environment extra: [String: String] = [:]) throws -> ProcessResult {
        try TestProcess.run(HermeticGit.executable, ["-C", directory ?? root] + arguments, environment: environment.merging(extra) { $1 }, input: input)
    }

    /// Runs a shell script in the working tree.
    @discardableResult
    public func shell(_ script: String) throws -> ProcessResult {
        try TestProcess.run("/bin/sh", ["-c", "cd '\(root)' && " + script], environment: environment)
    }

    /// Writes a file, making its folders.
    public func write(_ path: String, _ text: String) throws {
        let full = root + "/" + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
    }

    public func read(_ path: String) -> String? {
        try? String(contentsOfFile: root + "/" + path, encoding: .utf8)
    }

    /// Commits every file as it is, with the hooks skipped (setting up history is not what is tested).
    public func commitAll(_ message: String) throws {
        try git("add", "-A").expectSuccess()
        try git("commit", "-q", "--no-verify", "-m", message).expectSuccess()
    }

    /// A bare repository beside the work tree, added as remote `name`.
    public func addBareRemote(_ name: String = "origin") throws -> String {
        let path = bareRemote(name)
        try TestProcess.run(HermeticGit.executable, ["init", "-q", "--bare", path], environment: environment).expectSuccess()
        try git("remote", "add", name, path).expectSuccess()
        return path
    }
}
