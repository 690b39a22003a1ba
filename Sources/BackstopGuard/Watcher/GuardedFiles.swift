import BackstopCore
import BackstopGit
import BackstopSystem

/// Backstop's guards outside the snapshots: the hook files git runs (the shims and the hooks they
/// chain), `core.hooksPath`, the settings that route pushes through the push helper, and the user's
/// configuration file (a change that loosens a check with no person's acceptance). The watcher reads them when it starts; any change is
/// `guard-tamper`, and a rollback writes them back. (`.backstop.json` is a work file: snapshots
/// guard it.)
struct GuardedFiles: Equatable {
    struct HookFile: Equatable {
        /// Nil when there was no such file.
        let bytes: [UInt8]?
        let permissions: UInt32
    }

    let root: String
    /// The folder git runs hooks from, as `git rev-parse --git-path hooks` names it.
    let hooksFolder: String
    let hooks: [String: HookFile]
    let hooksPath: String?
    let pushRoute: PushRouteSettings.State
    let userConfigurationPath: String
    /// The user file as the watch found it; nil when there was none.
    let userConfiguration: [UInt8]?

    /// How a changed `core.hooksPath` is named: the setting, not a file.
    static let hooksPathLabel = RepositoryPath(".git/config (core.hooksPath)")
    /// Where the events of the user's configuration folder, watched outside the tree, are reported.
    static let userConfigurationFolder = RepositoryPath(".git/(user configuration)")
    static let pushRouteLabel = RepositoryPath(".git/config (push route: url.backstop::.pushInsteadOf, remote.*.pushurl)")
    static var guardedNames: [String] { HookShims.hookNames.flatMap { [$0, $0 + HookShims.previousSuffix] } }

    static func read(root: String) throws -> GuardedFiles {
        let hooksPath = try HooksConfiguration.hooksPath(in: root)
        let folder = try HooksConfiguration.hooksFolder(in: root)
        var hooks: [String: HookFile] = [:]
        for name in guardedNames {
            let path = folder + "/" + name
            if let status = try? Files.status(path) {
                hooks[name] = HookFile(bytes: (try? Files.contents(path)) ?? [], permissions: status.permissions)
            } else {
                hooks[name] = HookFile(bytes: nil, permissions: 0)
            }
        }
        let userPath = ConfigurationAcceptance.userFilePath()
        return GuardedFiles(root: root, hooksFolder: folder, hooks: hooks, hooksPath: hooksPath, pushRoute: try PushRouteSettings.state(in: root),
                            userConfigurationPath: userPath, userConfiguration: try? Files.contents(userPath))
    }

    /// The hooks folder as a path in the working tree, when it lies inside it (`.git/hooks`).
    var hooksFolderInTree: RepositoryPath? {
        hooksFolder.hasPrefix(root + "/") ? RepositoryPath(String(hooksFolder.dropFirst(root.count + 1))) : nil
    }

    /// Whether a change at `path` may have touched a guard, so it is worth reading them again.
    func mayConcern(_ path: RepositoryPath) -> Bool {
        path == RepositoryPath(".git/config") || path.isWithin(Self.userConfigurationFolder) || hooksFolderInTree.map { path.isWithin($0) } ?? false
    }

    /// What differs in `current`, as a person would name it. A changed `core.hooksPath` moves the
    /// hooks folder, so then that setting alone is named.
    /// A push route that was complete must stay complete; a new remote or push URL it covers is no
    /// change.
    func changes(in current: GuardedFiles) -> [RepositoryPath] {
        var route = pushRoute == .complete && current.pushRoute != .complete ? [Self.pushRouteLabel] : []
        if loosensUserConfiguration(to: current.userConfiguration) { route.append(RepositoryPath(userConfigurationPath)) }
        if hooksPath != current.hooksPath || hooksFolder != current.hooksFolder { return [Self.hooksPathLabel] + route }
        let shownFolder = hooksFolderInTree?.description ?? hooksFolder
        return Self.guardedNames.filter { hooks[$0] != current.hooks[$0] }.map { RepositoryPath(shownFolder + "/" + $0) } + route
    }

    /// Whether the user file, changed to `bytes`, now loosens a check with no person's acceptance.
    private func loosensUserConfiguration(to bytes: [UInt8]?) -> Bool {
        guard let bytes, bytes != userConfiguration else { return false }
        return ConfigurationAcceptance.isUnacceptedLoosening(bytes, path: userConfigurationPath)
    }

    /// Writes the guards back as they were.
    func putBack() throws {
        try HooksConfiguration.setHooksPath(hooksPath, in: root)
        if pushRoute == .complete { try PushRouteSettings.route(in: root) }
        if loosensUserConfiguration(to: (try? Files.contents(userConfigurationPath)) ?? nil) {
            if let userConfiguration {
                try Files.writeAtomically(userConfiguration, to: userConfigurationPath, permissions: 0o600)
            } else {
                try Files.remove(userConfigurationPath)
            }
        }
        // A deletion still running (`find . -delete` through `.git`) may have taken the folder.
        if hooks.values.contains(where: { $0.bytes != nil }) { try Files.makeDirectories(hooksFolder) }
        for (name, file) in hooks {
            let path = hooksFolder + "/" + name
            if let bytes = file.bytes {
                try Files.writeAtomically(bytes, to: path, permissions: file.permissions)
            } else {
                try? Files.remove(path)
            }
        }
    }

    /// The files a rollback writes when it puts the guards back.
    var writtenOnPutBack: [RepositoryPath] {
        [RepositoryPath(".git/config")] + (hooksFolderInTree.map { folder in Self.guardedNames.map { folder.appending(Array($0.utf8)) } } ?? [])
    }
}
