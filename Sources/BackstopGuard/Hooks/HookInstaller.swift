import BackstopGit
import BackstopWatch
import Foundation

/// Puts the shims into the folder git really runs hooks from (`core.hooksPath` honoured), keeping
/// any hook already there as `NAME.backstop-previous`, which the shim runs first.
struct HookInstaller {
    let hooksDirectory: String
    let binaryPath: String

    init(repository: RepositoryLocation, binaryPath: String) throws {
        let git = GitCommandLine(directory: repository.root)
        var path = try git.text(["rev-parse", "--git-path", "hooks"])
        if !path.hasPrefix("/") { path = repository.root + "/" + path }
        self.hooksDirectory = (path as NSString).standardizingPath
        self.binaryPath = binaryPath
    }

    enum Outcome: Equatable {
        case installed, updated, chained(previous: String)
    }

    func install(force: Bool) throws -> [(hook: String, outcome: Outcome)] {
        try FileManager.default.createDirectory(atPath: hooksDirectory, withIntermediateDirectories: true)
        var results: [(String, Outcome)] = []
        for hook in HookShims.hookNames {
            let target = hooksDirectory + "/" + hook
            let previous = target + ".backstop-previous"
            let existing = FileManager.default.contents(atPath: target).map { String(decoding: $0, as: UTF8.self) }
            var outcome = Outcome.installed
            if let existing, existing.contains(HookShims.marker) {
                outcome = .updated
            } else if existing != nil || isSymbolicLink(target) {
                if FileManager.default.fileExists(atPath: previous), !force {
                    throw CommandFailure(
                        "\(target) is not Backstop's shim, and \(previous) already holds an earlier hook",
                        hint: "move one of them away, or run `backstop install --force` to keep \(previous) and replace \(target)")
                }
                if !FileManager.default.fileExists(atPath: previous) {
                    try FileManager.default.moveItem(atPath: target, toPath: previous)
                    outcome = .chained(previous: previous)
                }
            }
            let text = HookShims.text(for: hook)?.replacingOccurrences(of: HookShims.placeholder, with: binaryPath) ?? ""
            try FileReader.writeAtomically(Array(text.utf8), to: target, mode: 0o755)
            results.append((hook, outcome))
        }
        return results
    }

    /// Removes the shims and moves back what they replaced. A hook that is not Backstop's is left alone.
    func uninstall() throws -> [String] {
        var messages: [String] = []
        for hook in HookShims.hookNames {
            let target = hooksDirectory + "/" + hook
            let previous = target + ".backstop-previous"
            guard let existing = FileManager.default.contents(atPath: target).map({ String(decoding: $0, as: UTF8.self) }) else {
                messages.append("\(hook): not installed")
                continue
            }
            guard existing.contains(HookShims.marker) else {
                messages.append("\(hook): \(target) is not Backstop's shim; left alone")
                continue
            }
            try FileManager.default.removeItem(atPath: target)
            if FileManager.default.fileExists(atPath: previous) || isSymbolicLink(previous) {
                try FileManager.default.moveItem(atPath: previous, toPath: target)
                messages.append("\(hook): removed; the earlier hook is back at \(target)")
            } else {
                messages.append("\(hook): removed")
            }
        }
        return messages
    }

    /// Whether both shims are in place.
    var isInstalled: Bool {
        HookShims.hookNames.allSatisfy { hook in
            FileManager.default.contents(atPath: hooksDirectory + "/" + hook)
                .map { String(decoding: $0, as: UTF8.self).contains(HookShims.marker) } ?? false
        }
    }

    private func isSymbolicLink(_ path: String) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
    }

    /// The running binary's absolute path, which the shims call.
    static var currentBinary: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
