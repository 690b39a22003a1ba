import Foundation

/// The `backstop` binary `swift build` made, for tests that run it as a person would.
public enum BuiltBinary {
    /// The test bundle sits in the same build folder.
    public static let path: String = {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [bundle, bundle.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("backstop").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return packageRoot + "/.build/debug/backstop"
    }()

    /// The package's folder, for tests that read its files (the hook shims, the scenarios).
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
}

extension TemporaryRepository {
    /// Runs the built binary against this repository (or in `directory`, when the repository's
    /// folder is gone), as an agent's tool would: in a session of its own, with no controlling
    /// terminal, so a person-only command is refused here whether or not the tests run at one.
    @discardableResult
    public func backstop(_ arguments: String..., input: String? = nil, in directory: String? = nil) throws -> ProcessResult {
        try TestProcess.run("/usr/bin/setsid", ["--wait", BuiltBinary.path, "-C", directory ?? root] + arguments, environment: environment,
                            input: input.map { Array($0.utf8) })
    }
}

extension TemporaryRepository {
    /// A guarded repository: `files` committed (hooks skipped), pushed to a bare remote `origin`
    /// that `backstop install` approved. The start of every hook and push test.
    public static func pushed(_ files: [String: String] = ["README.md": "hello\n"]) throws -> TemporaryRepository {
        let repository = try TemporaryRepository()
        _ = try repository.addBareRemote()
        for (path, text) in files { try repository.write(path, text) }
        try repository.commitAll("first")
        try repository.backstop("install").expectSuccess()
        try repository.git("push", "-q", "origin", "main").expectSuccess()
        return repository
    }

    /// The bare remote `addBareRemote(name)` made.
    public func bareRemote(_ name: String = "origin") -> String { base + "/\(name).git" }
}
