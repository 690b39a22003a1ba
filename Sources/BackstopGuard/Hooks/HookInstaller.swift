import BackstopGit
import BackstopSystem
import Foundation

/// Puts the shims into the folder git really runs hooks from (`core.hooksPath` honoured), keeping
/// any hook already there as `NAME.backstop-previous`, which the shim runs first.
///
/// A `core.hooksPath` from the global or system configuration names a folder every repository of
/// the user runs hooks from: shims written there would judge every other repository's pushes by
/// this one's allow list. So then the shims go into this repository's own `hooks` folder, and
/// `core.hooksPath` in its own `.git/config` names that folder (git then runs them for this
/// repository only). The shared folder's hook of each name still runs first: the previous-hook slot
/// holds a small script that runs it, a pointer rather than a copy, so it runs whatever that folder
/// holds at the time, as it did before.
public struct HookInstaller {
    public let hooksDirectory: String
    public let binaryPath: String
    /// The folder shared with other repositories that `core.hooksPath` names outside this
    /// repository's configuration, when the shims go into the repository's own folder instead.
    public let sharedFolder: String?
    private let root: String
    /// Where `install` records the `core.hooksPath` it set, so `uninstall` unsets exactly that.
    private let recordPath: String

    public init(repository: RepositoryLocation, binaryPath: String = HookInstaller.currentBinary) throws {
        root = repository.root
        recordPath = repository.stateDirectory + "/hooks-path"
        if let setting = try HooksConfiguration.hooksPathScope(in: repository.root), !["local", "worktree"].contains(setting.scope) {
            sharedFolder = try HooksConfiguration.hooksFolder(in: repository.root)
            hooksDirectory = (repository.commonDirectory + "/hooks" as NSString).standardizingPath
        } else {
            sharedFolder = nil
            hooksDirectory = try HooksConfiguration.hooksFolder(in: repository.root)
        }
        self.binaryPath = binaryPath
    }

    public enum Outcome: Equatable, Sendable {
        case installed, updated, chained(previous: String)
        /// The shared folder's hook runs first, from `previous`; a hook that was in the
        /// repository's own folder (which git did not run) is kept at `unused`.
        case chainedShared(previous: String, unused: String?)
    }

    /// Marks the script that runs a shared folder's hook, so `uninstall` knows it for its own.
    static let chainMarker = "backstop-chain v1"
    /// A hook of the repository's own folder that git did not run while `core.hooksPath` named the
    /// shared folder, kept under its name and this suffix.
    public static let unusedSuffix = ".backstop-unused"

    public func install(force: Bool) throws -> [(hook: String, outcome: Outcome)] {
        try FileManager.default.createDirectory(atPath: hooksDirectory, withIntermediateDirectories: true)
        var results: [(String, Outcome)] = []
        for hook in HookShims.hookNames {
            let target = hooksDirectory + "/" + hook
            let previous = target + HookShims.previousSuffix
            var outcome = Outcome.installed
            if let existing = try text(at: target), existing.contains(HookShims.marker) {
                outcome = .updated
            } else if let sharedFolder {
                var unused: String?
                if Files.exists(target) {
                    unused = target + Self.unusedSuffix
                    if let unused, Files.exists(unused), !force {
                        throw GuardError("\(target) is not Backstop's shim, and \(unused) already holds an earlier hook",
                                         hint: "move one of them away, or run `backstop install --force` to keep \(unused) and replace \(target)")
                    }
                    if let kept = unused, !Files.exists(kept) { try Files.rename(target, to: kept) }
                }
                try Files.writeAtomically(Array(Self.chainScript(sharedFolder + "/" + hook).utf8), to: previous, permissions: 0o755)
                outcome = .chainedShared(previous: previous, unused: unused)
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
        if sharedFolder != nil {
            try HooksConfiguration.setLocalHooksPath(hooksDirectory, in: root)
            try FileManager.default.createDirectory(atPath: (recordPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Files.writeAtomically(Array((hooksDirectory + "\n").utf8), to: recordPath, permissions: 0o600)
        }
        return results
    }

    /// Removes the shims and moves back what they replaced, and unsets the `core.hooksPath` that
    /// `install` set. A hook that is not Backstop's is left alone.
    public func uninstall() throws -> [String] {
        var messages: [String] = []
        for hook in HookShims.hookNames {
            let target = hooksDirectory + "/" + hook
            let previous = target + HookShims.previousSuffix
            let unused = target + Self.unusedSuffix
            guard let existing = try text(at: target) else {
                messages.append("\(hook): not installed")
                continue
            }
            guard existing.contains(HookShims.marker) else {
                messages.append("\(hook): \(target) is not Backstop's shim; left alone")
                continue
            }
            try Files.remove(target)
            if try text(at: previous)?.contains(Self.chainMarker) == true {
                try Files.remove(previous)
                if Files.exists(unused) {
                    try Files.rename(unused, to: target)
                    messages.append("\(hook): removed; the hook that was here is back at \(target)")
                } else {
                    messages.append("\(hook): removed")
                }
            } else if Files.exists(previous) {
                try Files.rename(previous, to: target)
                messages.append("\(hook): removed; the earlier hook is back at \(target)")
            } else {
                messages.append("\(hook): removed")
            }
        }
        if let recorded = try text(at: recordPath)?.trimmingCharacters(in: .newlines) {
            if try HooksConfiguration.localHooksPath(in: root) == recorded {
                try HooksConfiguration.setLocalHooksPath(nil, in: root)
                messages.append("core.hooksPath unset in .git/config; git runs the hooks of the folder the global configuration names again")
            }
            try Files.remove(recordPath)
        }
        return messages
    }

    /// Whether every shim is in place.
    public var isInstalled: Bool {
        HookShims.hookNames.allSatisfy { hook in (try? text(at: hooksDirectory + "/" + hook))??.contains(HookShims.marker) ?? false }
    }

    /// The script in a shim's previous-hook slot that runs the shared folder's hook of its name.
    static func chainScript(_ hook: String) -> String {
        """
        #!/bin/sh
        # \(chainMarker): written by `backstop install`. core.hooksPath in the global configuration
        # names a folder other repositories use too, so Backstop's shims are in this repository's own
        # hooks folder; this runs that folder's hook of the same name first, as git did before.
        hook='\(hook.replacingOccurrences(of: "'", with: "'\\''"))'
        [ -x "$hook" ] || exit 0
        exec "$hook" "$@"

        """
    }

    private func text(at path: String) throws -> String? {
        try Files.contents(path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The running binary's absolute path, which the shims call.
    public static var currentBinary: String {
        (try? CurrentProcess.executablePath()) ?? CommandLine.arguments[0]
    }
}
