import BackstopCore
import Foundation
import Testing

/// What a finished process left.
struct ProcessResult {
    let status: Int32
    let output: String
    let errorText: String
    var all: String { output + errorText }
}

/// A real git repository in a temporary folder, with a hermetic git environment, and the built
/// `backstop` binary to run against it.
final class TestRepository {
    let root: String
    let home: String
    let base: String

    init(bare: Bool = false) throws {
        base = NSTemporaryDirectory() + "backstop-test-" + UUID().uuidString
        root = base + "/work"
        home = base + "/home"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        try git("init", "-q", "-b", "main").expectSuccess()
    }

    deinit { try? FileManager.default.removeItem(atPath: base) }

    var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for key in environment.keys where key.hasPrefix("GIT_") { environment[key] = nil }
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["HOME"] = home
        environment["XDG_CONFIG_HOME"] = home + "/.config"
        environment["GIT_AUTHOR_NAME"] = "Test Author"
        environment["GIT_AUTHOR_EMAIL"] = "author@example.com"
        environment["GIT_AUTHOR_DATE"] = "2026-01-01T00:00:00Z"
        environment["GIT_COMMITTER_NAME"] = "Test Author"
        environment["GIT_COMMITTER_EMAIL"] = "author@example.com"
        environment["GIT_COMMITTER_DATE"] = "2026-01-01T00:00:00Z"
        return environment
    }

    @discardableResult
    func git(_ arguments: String..., input: String? = nil, in directory: String? = nil) throws -> ProcessResult {
        try TestRepository.run("/usr/bin/git", ["-C", directory ?? root] + arguments, environment: environment, input: input)
    }

    @discardableResult
    func backstop(_ arguments: String..., input: String? = nil) throws -> ProcessResult {
        try TestRepository.run(TestRepository.binary, ["-C", root] + arguments, environment: environment, input: input)
    }

    func write(_ path: String, _ text: String) throws {
        let full = root + "/" + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
    }

    func read(_ path: String) -> String? {
        try? String(contentsOfFile: root + "/" + path, encoding: .utf8)
    }

    /// Commits every file as it is, with the hooks skipped (setting up history is not what is tested).
    func commitAll(_ message: String) throws {
        try git("add", "-A").expectSuccess()
        try git("commit", "-q", "--no-verify", "-m", message).expectSuccess()
    }

    /// A bare repository beside the work tree, added as remote `name`.
    func addBareRemote(_ name: String = "origin") throws -> String {
        let path = base + "/\(name).git"
        try TestRepository.run("/usr/bin/git", ["init", "-q", "--bare", path], environment: environment, input: nil).expectSuccess()
        try git("remote", "add", name, path).expectSuccess()
        return path
    }

    /// The built binary: the test bundle sits in the same build folder.
    static let binary: String = {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [bundle, bundle.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("backstop").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.appendingPathComponent(".build/debug/backstop").path
    }()

    static func run(_ executable: String, _ arguments: [String], environment: [String: String], input: String?) throws -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        let output = Pipe(), errors = Pipe(), inputPipe = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
        try process.run()
        if let input {
            inputPipe.fileHandleForWriting.write(Data(input.utf8))
            try inputPipe.fileHandleForWriting.close()
        }
        let errorBox = ErrorBox()
        let reader = Thread { errorBox.data = errors.fileHandleForReading.readDataToEndOfFile(); errorBox.done.signal() }
        reader.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        errorBox.done.wait()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self), errorText: String(decoding: errorBox.data, as: UTF8.self))
    }
}

private final class ErrorBox: @unchecked Sendable {
    var data = Data()
    let done = DispatchSemaphore(value: 0)
}

extension ProcessResult {
    struct Failure: Error, CustomStringConvertible {
        let result: ProcessResult
        var description: String { "exit \(result.status): \(result.all)" }
    }

    func expectSuccess() throws {
        if status != 0 { throw Failure(result: self) }
    }
}

/// Fake secrets, assembled at run time so no whole token is ever committed.
enum FakeSecrets {
    static func random(_ count: Int, from alphabet: String, seed: inout UInt64) -> String {
        let characters = Array(alphabet)
        return String((0..<count).map { _ in
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return characters[Int((seed >> 33) % UInt64(characters.count))]
        })
    }

    static let base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

    /// A GitHub classic token with a valid checksum.
    static func gitHubToken(seed: UInt64 = 7) -> String {
        var state = seed
        let random = random(30, from: base62, seed: &state)
        return "gh" + "p_" + random + Checksums.base62(Checksums.crc32(Array(random.utf8)), width: 6)
    }

    static func awsAccessKeyID(seed: UInt64 = 11) -> String {
        var state = seed
        return "AK" + "IA" + random(16, from: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", seed: &state)
    }
}
