import BackstopCore
@_exported import BackstopTestSupport
import Foundation
import Testing

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

    var environment: [String: String] { HermeticGit.environment(home: home) }

    @discardableResult
    func git(_ arguments: String..., input: String? = nil, in directory: String? = nil) throws -> ProcessResult {
        try TestRepository.run(HermeticGit.executable, ["-C", directory ?? root] + arguments, environment: environment, input: input)
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
        try TestRepository.run(HermeticGit.executable, ["init", "-q", "--bare", path], environment: environment, input: nil).expectSuccess()
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
        try TestProcess.run(executable, arguments, environment: environment, input: input.map { Array($0.utf8) })
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
