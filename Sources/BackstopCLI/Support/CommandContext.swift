import BackstopCore
import BackstopGit
import Foundation

/// What every command gets: the folder it runs in (`-C`), `--config FILE`, and, on demand, the
/// repository and the effective configuration.
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

    /// The repository holding the folder; not being in one is a failure that says so.
    func repository() throws -> RepositoryLocation {
        if let cachedRepository { return cachedRepository }
        do {
            let location = try RepositoryLocation.locate(from: directory)
            cachedRepository = location
            return location
        } catch {
            throw CommandFailure("\(directory) is not inside a git working tree", hint: "run backstop inside a repository, or name one with -C PATH")
        }
    }

    /// The repository, if the folder is in one.
    func repositoryIfAny() -> RepositoryLocation? { try? repository() }

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

    var git: GitCommandLine { GitCommandLine(directory: (try? repository().root) ?? directory) }

    /// The user file's path: `$XDG_CONFIG_HOME/backstop/config.json`, else `~/.config/backstop/config.json`.
    var userConfigurationPath: String {
        if let base = environment["XDG_CONFIG_HOME"], !base.isEmpty { return base + "/backstop/config.json" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/backstop/config.json"
    }

    /// Built-in defaults, then the user file, the repo's `.backstop.json`, and `--config FILE`.
    func configuration() throws -> EffectiveConfiguration {
        if let cachedConfiguration { return cachedConfiguration }
        var layers: [ConfigurationLayer] = []
        if let user = try load(userConfigurationPath, mayLock: true, required: false) { layers.append(user) }
        var repositoryIndex: Int?
        if let root = workingTreeRoot(), let team = try load(root + "/.backstop.json", mayLock: false, required: false) {
            repositoryIndex = layers.count
            layers.append(team)
        }
        if let configurationFile, let given = try load(configurationFile, mayLock: false, required: true) {
            layers.append(given)
        }
        let effective = EffectiveConfiguration(layers: layers, repositoryLayerIndex: repositoryIndex)
        for warning in effective.warnings { Terminal.say("backstop: warning: \(warning)") }
        cachedConfiguration = effective
        return effective
    }

    private func load(_ path: String, mayLock: Bool, required: Bool) throws -> ConfigurationLayer? {
        guard FileManager.default.fileExists(atPath: path) else {
            if required { throw ConfigurationError(key: "", source: path, message: "no such file (named by --config)") }
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(key: "", source: path, message: "cannot be read")
        }
        return try ConfigurationLayer.parse(data, source: path, mayLock: mayLock)
    }

    /// The detector with the effective rules, path allowlist and the repo's `.backstopignore`.
    func detector() throws -> SecretDetector {
        let configuration = try configuration().configuration
        var ignored = Set<String>()
        if let root = workingTreeRoot(), let text = try? String(contentsOfFile: root + "/" + IgnoreFile.name, encoding: .utf8) {
            ignored = IgnoreFile.fingerprints(in: text)
        }
        return SecretDetector(
            rules: configuration.rules,
            options: DetectorOptions(allowedPaths: configuration.allowedPaths, ignoredFingerprints: ignored))
    }
}
