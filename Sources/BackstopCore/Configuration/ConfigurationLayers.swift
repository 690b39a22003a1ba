import Foundation

/// One configuration file, validated: a value for each key it sets.
public struct ConfigurationLayer: Sendable {
    /// What a person is told the value came from: `built-in`, a file path, or `--config FILE`.
    public let source: String
    public let values: [String: JSONValue]
    /// Keys this layer locks (only the user file may lock).
    public let locked: [String]

    /// Reads (strictly: a duplicate key or a number too large for a double is an error) and checks
    /// a file: unknown keys and bad values are errors that name the key.
    public static func parse(_ data: Data, source: String, mayLock: Bool) throws(ConfigurationError) -> ConfigurationLayer {
        let document = try StrictJSONReader.read([UInt8](data), source: source)
        guard case .object(let root) = document.value else {
            throw ConfigurationError(key: "", source: source, message: "must hold a JSON object")
        }
        var values: [String: JSONValue] = [:]
        var locked: [String] = []
        try flatten(root, prefix: "", source: source, mayLock: mayLock, numberTexts: document.numberTexts, into: &values, locked: &locked)
        return ConfigurationLayer(source: source, values: values, locked: locked)
    }

    public static let builtIn = ConfigurationLayer(
        source: "built-in",
        values: Dictionary(uniqueKeysWithValues: ConfigurationSchema.keys.map { ($0.path, $0.defaultValue) }),
        locked: [])

    /// The keys this layer sets looser than the built-in defaults: a verdict relaxed, a threshold
    /// raised, an allowance added, a check switched off.
    public var loosenedKeys: [String] {
        values.compactMap { path, value in Self.loosens(path, value) ? path : nil }.sorted()
    }

    /// Whether a value is looser than the built-in one; `personOnly` loosens when it relaxes any
    /// command.
    static func loosens(_ path: String, _ value: JSONValue) -> Bool {
        if path == ConfigurationSchema.personOnlyKey { return !PersonOnlyPolicy(value: value).relaxed.isEmpty }
        guard let key = ConfigurationSchema.key(path), let builtIn = builtIn.values[path] else { return false }
        return !key.isAtLeastAsStrict(value, as: builtIn)
    }

    private static func flatten(
        _ object: [String: JSONValue], prefix: String, source: String, mayLock: Bool, numberTexts: [String: String],
        into values: inout [String: JSONValue], locked: inout [String]
    ) throws(ConfigurationError) {
        for (name, value) in object.sorted(by: { $0.key < $1.key }) {
            let path = prefix.isEmpty ? name : "\(prefix).\(name)"
            if path == ConfigurationSchema.lockedKey {
                guard mayLock else {
                    throw ConfigurationError(key: path, source: source, message: "only the user file (~/.config/backstop/config.json) may lock keys")
                }
                guard case .array(let items) = value else {
                    throw ConfigurationError(key: path, source: source, message: "must be a list of key names")
                }
                for item in items {
                    guard case .string(let lockedPath) = item, ConfigurationSchema.key(lockedPath) != nil else {
                        throw ConfigurationError(key: path, source: source, message: "\(item.rendered()) is not a configuration key")
                    }
                    locked.append(lockedPath)
                }
            } else if path == ConfigurationSchema.personOnlyKey {
                // The files that may lock are the user file alone.
                guard mayLock else {
                    throw ConfigurationError(key: path, source: source, message: "only the user file (~/.config/backstop/config.json) may set it")
                }
                if let problem = PersonOnlyPolicy.problem(with: value) { throw ConfigurationError(key: path, source: source, message: problem) }
                values[path] = value
            } else if let key = ConfigurationSchema.key(path) {
                if let problem = key.problem(with: value, writtenAs: numberTexts[path]) {
                    throw ConfigurationError(key: path + problem.place, source: source, message: problem.message)
                }
                values[path] = value
            } else if case .object(let child) = value, ConfigurationSchema.keys.contains(where: { $0.path.hasPrefix(path + ".") }) {
                try flatten(child, prefix: path, source: source, mayLock: mayLock, numberTexts: numberTexts, into: &values, locked: &locked)
            } else {
                throw ConfigurationError(key: path, source: source, message: "unknown key (`backstop config` lists every key)")
            }
        }
    }
}

/// The layers merged, later wins, with each value's source and what locking set aside.
public struct EffectiveConfiguration: Sendable {
    public let values: [String: JSONValue]
    public let sources: [String: String]
    public let locked: Set<String>
    /// Values that a later layer tried to loosen on a locked key and that were ignored.
    public let warnings: [String]
    public let configuration: Configuration

    /// Merges `layers` in order. `repositoryLayerIndex` names the team's file, which may only tighten
    /// keys that an earlier layer (the user file) locked. `unaccepted` names the layers no person is
    /// known to have made (`ConfigurationAcceptance`): what they loosen is ignored, with a warning, so
    /// an agent that writes a configuration file cannot switch a check off with it.
    public init(layers: [ConfigurationLayer], repositoryLayerIndex: Int? = nil, unaccepted: Set<Int> = []) {
        var values: [String: JSONValue] = [:]
        var sources: [String: String] = [:]
        var locked = Set<String>()
        var warnings: [String] = []
        for (index, layer) in ([ConfigurationLayer.builtIn] + layers).enumerated() {
            for (path, written) in layer.values.sorted(by: { $0.key < $1.key }) {
                var value = written
                if path == CustomRules.key, index > 0 {
                    // Rules add up: each file's join those of the files before it, so no file takes away
                    // another's. Adding a rule loosens nothing, so neither a lock nor acceptance applies.
                    let joined = CustomRules.joined(values[path], written, source: layer.source)
                    warnings += joined.warnings
                    if joined.value == values[path] { continue }
                    value = joined.value
                    sources[path] = sources[path].map { $0 == ConfigurationLayer.builtIn.source ? layer.source : $0 + ", " + layer.source }
                    values[path] = value
                    continue
                }
                if index - 1 == repositoryLayerIndex, locked.contains(path), let current = values[path],
                   let key = ConfigurationSchema.key(path), !key.isAtLeastAsStrict(value, as: current) {
                    warnings.append("\(layer.source): key '\(path)' is locked by \(sources[path] ?? "the user file") and this value would loosen it; ignored")
                    continue
                }
                if unaccepted.contains(index - 1), ConfigurationLayer.loosens(path, value) {
                    warnings.append("\(layer.source): key '\(path)' loosens a check, and no person accepted this file; ignored "
                        + "(a person accepts it by running `backstop config --accept` at a terminal)")
                    continue
                }
                values[path] = value
                sources[path] = layer.source
            }
            locked.formUnion(layer.locked)
        }
        self.values = values
        self.sources = sources
        self.locked = locked
        self.warnings = warnings
        self.configuration = Configuration(values: values)
    }
}
