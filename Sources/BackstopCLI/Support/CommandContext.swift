import BackstopCore
import BackstopGit
import BackstopGuard
import Foundation

/// What every command gets: the folder it runs in (`-C`), `--config FILE`, and, on demand, the
/// repository, the effective configuration, the detector and the snapshot store.
final class CommandContext {
    let directory: String
    let configurationFile: String?
    let environment: [String: String]
    private var cachedRepository: RepositoryLocation?
    private var cachedConfiguration: EffectiveConfiguration?

    init(directory: String, configurationFile: String?, environment: [String: String]) {
        self.directory = directory
        self.configurationFile = configurationFile
        self.environment = environment
    }

    /// The repository holding the folder; not being in one is a failure that says so. A working
    /// tree whose `.git` is gone (a watcher is rebuilding it, or `backstop recover` will) is found
    /// by its store outside the tree, so `watch --sync`, `--stop` and `status` still reach it.
    func repository() throws -> RepositoryLocation {
        if let cachedRepository { return cachedRepository }
        do {
            let location = try RepositoryLocation.locate(from: directory)
            cachedRepository = location
            return location
        } catch {
            var folder = Recovery.canonicalRoot(directory, from: "/")
            while folder != "/" {
                if OutsideStore(root: folder).hasDirectory, FileManager.default.fileExists(atPath: folder + "/.git") || OutsideStore(root: folder).exists {
                    let location = RepositoryLocation(root: folder, gitDirectory: folder + "/.git", commonDirectory: folder + "/.git")
                    cachedRepository = location
                    return location
                }
                folder = (folder as NSString).deletingLastPathComponent
            }
            throw GuardError("\(directory) is not inside a git working tree", hint: "run backstop inside a repository, or name one with -C PATH")
        }
    }

    /// The working tree's root, found by looking for `.git` upwards: no git process, which matters
    /// to a hook that has 20 ms in all. Commands that need git's folders ask `repository()`.
    func workingTreeRoot() -> String? {
        if let cachedRepository { return cachedRepository.root }
        var folder = directory
        while true {
            if FileManager.default.fileExists(atPath: folder + "/.git") { return folder }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder || parent.isEmpty { return nil }
            folder = parent
        }
    }

    /// The user file's path: `$XDG_CONFIG_HOME/backstop/config.json`, else `~/.config/backstop/config.json`.
    var userConfigurationPath: String { ConfigurationAcceptance.userFilePath(environment: environment) }

    /// Built-in defaults, then the user file, the repo's `.backstop.json`, and `--config FILE`.
    func configuration() throws -> EffectiveConfiguration {
        if let cachedConfiguration { return cachedConfiguration }
        var layers: [ConfigurationLayer] = []
        var unaccepted = Set<Int>()
        // What the user file and the team file loosen counts only when a person made them; the
        // --config file is a person's own command line.
        func add(_ layer: ConfigurationLayer, bytes: [UInt8], committedIn root: String? = nil) {
            if !layer.loosenedKeys.isEmpty, !ConfigurationAcceptance.isAccepted(bytes, path: layer.source, committedIn: root) {
                unaccepted.insert(layers.count)
            }
            layers.append(layer)
        }
        if let (user, bytes) = try load(userConfigurationPath, mayLock: true, required: false) { add(user, bytes: bytes) }
        var repositoryIndex: Int?
        if let root = workingTreeRoot(), let (team, bytes) = try load(root + "/.backstop.json", mayLock: false, required: false) {
            repositoryIndex = layers.count
            add(team, bytes: bytes, committedIn: root)
        }
        if let configurationFile, let (given, _) = try load(configurationFile, mayLock: false, required: true) {
            layers.append(given)
        }
        let effective = EffectiveConfiguration(layers: layers, repositoryLayerIndex: repositoryIndex, unaccepted: unaccepted)
        for warning in effective.warnings { Terminal.say("backstop: warning: \(warning)") }
        cachedConfiguration = effective
        return effective
    }

    private func load(_ path: String, mayLock: Bool, required: Bool) throws -> (ConfigurationLayer, [UInt8])? {
        guard FileManager.default.fileExists(atPath: path) else {
            if required { throw ConfigurationError(key: "", source: path, message: "no such file (named by --config)") }
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(key: "", source: path, message: "cannot be read")
        }
        return (try ConfigurationLayer.parse(data, source: path, mayLock: mayLock), [UInt8](data))
    }

    /// The detector with the effective rules, path allowlist and the repo's `.backstopignore`.
    func detector() throws -> SecretDetector {
        Scan.detector(try configuration().configuration, root: workingTreeRoot())
    }

    /// The detector of the hooks and the push helper: no inline markers, and only the lines of
    /// `.backstopignore` a guard trusts (`Scan.gateDetector`).
    func gateDetector() throws -> SecretDetector {
        try Scan.gateDetector(try configuration().configuration, root: workingTreeRoot(), repository: repository)
    }

    /// The repository's snapshot store, with the effective `snapshots.*` settings.
    func snapshotStore() throws -> SnapshotStore {
        try SnapshotStore(location: repository(), settings: configuration().configuration.snapshots)
    }

    /// A path from the command line (relative to `-C` or the current folder) as a path in the
    /// working tree; nil for the root itself. It is read as written (`.` and `..` folded), not
    /// through symbolic links: it may name a link planted where a folder was, and restoring that
    /// path must replace the link, not follow it out of the tree.
    func repositoryPath(_ argument: String) throws -> RepositoryPath? {
        let root = try repository().root
        var components = argument.hasPrefix("/") ? [] : directory.split(separator: "/")
        for component in argument.split(separator: "/") where component != "." {
            if component == ".." { _ = components.popLast() } else { components.append(component) }
        }
        let written = "/" + components.joined(separator: "/")
        // A path given through a linked folder outside the tree (`/link/to/repo/src`) is found resolved.
        for absolute in [written, (written as NSString).standardizingPath] where absolute == root || absolute.hasPrefix(root + "/") {
            let relative = String(absolute.dropFirst(root.count).drop { $0 == "/" })
            return relative.isEmpty ? nil : RepositoryPath(relative)
        }
        throw UsageError(message: "backstop: path '\(argument)' is outside the working tree \(root)")
    }
}
