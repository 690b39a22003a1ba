import BackstopGit
import BackstopSystem
import Foundation

/// Puts the shims into the folder git really runs hooks from (`core.hooksPath` honoured), keeping
/// any hook already there as `NAME.backstop-previous`, which the shim runs first.
public struct HookInstaller {
    public let hooksDirectory: String
    public let binaryPath: String

    public init(repository: RepositoryLocation, binaryPath: String = HookInstaller.currentBinary) throws {
        hooksDirectory = try HooksConfiguration.hooksFolder(in: repository.root)
        self.binaryPath = binaryPath
    }

    public enum Outcome: Equatable, Sendable {
        case installed, updated, chained(previous: String)
    }

    public func install(force: Bool) throws -> [(hook: String, outcome: Outcome)] {
        try FileManager.default.createDirectory(atPath: hooksDirectory, withIntermediateDirectories: true)
        var results: [(String, Outcome)] = []
        for hook in HookShims.hookNames {
            let target = hooksDirectory + "/" + hook
            let previous = target + HookShims.previousSuffix
            var outcome = Outcome.installed
            if let existing = try text(at: target), existing.contains(HookShims.marker) {
                outcome = .updated
            } else if Files.exists(target) {
                if Files.exists(previous), !force {
                    throw GuardError(
                        "\(target) is not Backstop's shim, and \(previous) already holds an earlier hook",
                        hint: "move one of them away, or run `backstop install --force` to keep \(previous) and replace \(target)")
                }
                if !Files.exists(previous) {
                    try Files.rename(target, to: previous)
                    outcome = .chained(previous: previous)
                }
            }
            let text = HookShims.text(for: hook)?.replacingOccurrences(of: HookShims.placeholder, with: binaryPath) ?? ""
            try Files.writeAtomically(Array(text.utf8), to: target, permissions: 0o755)
            results.append((hook, outcome))
        }
        return results
    }

    /// Removes the shims and moves back what they replaced. A hook that is not Backstop's is left alone.
    public func uninstall() throws -> [String] {
        var messages: [String] = []
        for hook in HookShims.hookNames {
            let target = hooksDirectory + "/" + hook
            let previous = target + HookShims.previousSuffix
            guard let existing = try text(at: target) else {
                messages.append("\(hook): not installed")
                continue
            }
            guard existing.contains(HookShims.marker) else {
                messages.append("\(hook): \(target) is not Backstop's shim; left alone")
                continue
            }
            try Files.remove(target)
            if Files.exists(previous) {
                try Files.rename(previous, to: target)
                messages.append("\(hook): removed; the earlier hook is back at \(target)")
            } else {
                messages.append("\(hook): removed")
            }
        }
        return messages
    }

    /// Whether both shims are in place.
    public var isInstalled: Bool {
        HookShims.hookNames.allSatisfy { hook in (try? text(at: hooksDirectory + "/" + hook))??.contains(HookShims.marker) ?? false }
    }

    private func text(at path: String) throws -> String? {
        try Files.contents(path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The running binary's absolute path, which the shims call.
    public static var currentBinary: String {
        (try? CurrentProcess.executablePath()) ?? CommandLine.arguments[0]
    }
}
