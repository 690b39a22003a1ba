import BackstopCore
import BackstopGit
import BackstopWatch
import Foundation
import Glibc

/// Backstop's guards outside the snapshots: the hook files git runs (the shims and the hooks they
/// chain) and `core.hooksPath`. The watcher reads them when it starts; any change is
/// `guard-tamper`, and a rollback writes them back. (`.backstop.json` is a work file: snapshots
/// guard it.)
struct GuardState: Equatable {
    struct HookFile: Equatable {
        /// Nil when there was no such file.
        let bytes: [UInt8]?
        let mode: mode_t
    }

    let root: String
    /// The folder git runs hooks from, as `git rev-parse --git-path hooks` names it.
    let hooksFolder: String
    let hooks: [String: HookFile]
    let hooksPath: String?

    static var guardedNames: [String] { HookShims.hookNames.flatMap { [$0, $0 + ".backstop-previous"] } }

    static func read(root: String) throws -> GuardState {
        let git = GitCommandLine(directory: root)
        let hooksPath = try git.runAllowingFailure(["config", "--get", "core.hooksPath"])
        var folder = try git.text(["rev-parse", "--git-path", "hooks"])
        if !folder.hasPrefix("/") { folder = root + "/" + folder }
        folder = (folder as NSString).standardizingPath
        var hooks: [String: HookFile] = [:]
        for name in guardedNames {
            var status = stat()
            let path = folder + "/" + name
            if lstat(path, &status) == 0 {
                hooks[name] = HookFile(bytes: FileManager.default.contents(atPath: path).map { Array($0) } ?? [], mode: status.st_mode & 0o7777)
            } else {
                hooks[name] = HookFile(bytes: nil, mode: 0)
            }
        }
        return GuardState(root: root, hooksFolder: folder, hooks: hooks,
                          hooksPath: hooksPath.status == 0 ? hooksPath.text.trimmingCharacters(in: .newlines) : nil)
    }

    /// The hooks folder as a path in the working tree, when it lies inside it (`.git/hooks`).
    var hooksFolderInTree: RepositoryPath? {
        hooksFolder.hasPrefix(root + "/") ? RepositoryPath(String(hooksFolder.dropFirst(root.count + 1))) : nil
    }

    /// Whether a change at `path` may have touched a guard, so it is worth reading them again.
    func mayConcern(_ path: RepositoryPath) -> Bool {
        path == RepositoryPath(".git/config") || hooksFolderInTree.map { path.isWithin($0) } ?? false
    }

    /// What differs in `current`, as a person would name it. A changed `core.hooksPath` moves the
    /// hooks folder, so then that setting alone is named.
    func changes(in current: GuardState) -> [RepositoryPath] {
        if hooksPath != current.hooksPath || hooksFolder != current.hooksFolder { return [RepositoryPath(".git/config (core.hooksPath)")] }
        let shownFolder = hooksFolderInTree?.description ?? hooksFolder
        return Self.guardedNames.filter { hooks[$0] != current.hooks[$0] }.map { RepositoryPath(shownFolder + "/" + $0) }
    }

    /// Writes the guards back as they were.
    func putBack() throws {
        let git = GitCommandLine(directory: root)
        if let hooksPath {
            _ = try git.run(["config", "core.hooksPath", hooksPath])
        } else if try git.runAllowingFailure(["config", "--get", "core.hooksPath"]).status == 0 {
            _ = try git.run(["config", "--unset-all", "core.hooksPath"])
        }
        for (name, file) in hooks {
            let path = hooksFolder + "/" + name
            if let bytes = file.bytes {
                try FileReader.writeAtomically(bytes, to: path, mode: file.mode)
            } else {
                unlink(path)
            }
        }
    }
}
