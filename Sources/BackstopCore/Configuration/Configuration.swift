/// The effective configuration as typed values. Built only from validated layers, so every key is
/// present and well-formed; the fallbacks below are never reached but keep force-unwraps out.
public struct Configuration: Sendable {
    public let maximumScanFileBytes: Int
    public let allowedPaths: [PathGlob]
    public let disabledRules: Set<String>
    /// The rules of `scan.rules`, from every file that gives some, added to the built-in ones.
    public let customRules: [SecretRule]
    public let massDeletion: MassDeletionThreshold
    public let allowedRemoteURLs: [String]
    /// Hosts a tainted agent session may still send to (`agents.allowedHosts`).
    public let agentAllowedHosts: [String]
    public let blocksBranchDeletion: Bool
    public let blocksForcePush: Bool
    public let verdicts: Verdicts
    public let secretFiles: [PathGlob]
    public let settleMilliseconds: Int
    public let maximumActionMilliseconds: Int
    public let snapshots: SnapshotSettings
    /// Which commands need a person at a terminal (the user file's `personOnly`).
    public let personOnly: PersonOnlyPolicy

    public init(values: [String: JSONValue]) {
        typealias Schema = ConfigurationSchema
        func value(_ key: ConfigurationKey) -> JSONValue { values[key.path] ?? key.defaultValue }
        func number(_ key: ConfigurationKey) -> Double {
            if case .number(let number) = value(key) { number } else { 0 }
        }
        // Checked: a value the schema let through is whole and in range, but `Int(_:)` of one
        // that is not traps, and a trap in a hook is a commit that dies of a signal.
        func whole(_ key: ConfigurationKey) -> Int {
            if let whole = Int(exactly: number(key)) { return whole }
            if case .number(let fallback) = key.defaultValue, let whole = Int(exactly: fallback) { return whole }
            return 0
        }
        func strings(_ key: ConfigurationKey) -> [String] {
            guard case .array(let items) = value(key) else { return [] }
            return items.compactMap { if case .string(let text) = $0 { text } else { nil } }
        }
        func flag(_ key: ConfigurationKey) -> Bool {
            if case .bool(let flag) = value(key) { flag } else { true }
        }
        maximumScanFileBytes = whole(Schema.scanMaximumFileBytes)
        allowedPaths = strings(Schema.scanAllowPaths).map(PathGlob.init)
        disabledRules = Set(strings(Schema.scanDisabledRules))
        customRules = CustomRules.rules(in: values[Schema.scanRules.path])
        massDeletion = MassDeletionThreshold(
            files: whole(Schema.massDeletionFiles),
            fraction: number(Schema.massDeletionFraction),
            fractionMinimumFiles: whole(Schema.massDeletionFractionMinimumFiles))
        allowedRemoteURLs = strings(Schema.pushAllowedRemoteURLs)
        agentAllowedHosts = strings(Schema.agentsAllowedHosts)
        blocksBranchDeletion = flag(Schema.pushBlockBranchDeletion)
        blocksForcePush = flag(Schema.pushBlockForcePush)
        var verdicts: [ActionClass: Verdict] = [:]
        for (actionClass, key) in Schema.policy {
            if case .string(let text) = value(key), let verdict = Verdict(rawValue: text) { verdicts[actionClass] = verdict }
        }
        self.verdicts = Verdicts(verdicts)
        secretFiles = strings(Schema.secretFiles).map(PathGlob.init)
        settleMilliseconds = whole(Schema.watchSettleMilliseconds)
        maximumActionMilliseconds = whole(Schema.watchMaximumActionMilliseconds)
        snapshots = SnapshotSettings(
            maximumFileBytes: whole(Schema.snapshotsMaximumFileBytes),
            secretFiles: secretFiles,
            maximumSecretFileBytes: whole(Schema.snapshotsSecretFileMaximumBytes),
            retention: RetentionPolicy(
                keepAllHours: whole(Schema.snapshotsKeepAllHours),
                hourlyDays: whole(Schema.snapshotsKeepHourlyDays),
                dailyDays: whole(Schema.snapshotsKeepDailyDays)),
            diskBudgetBytes: whole(Schema.snapshotsDiskBudgetBytes))
        personOnly = PersonOnlyPolicy(value: values[Schema.personOnlyKey])
    }

    public static let defaults = Configuration(values: ConfigurationLayer.builtIn.values)

    public func verdict(for actionClass: ActionClass) -> Verdict { verdicts[actionClass] }

    /// The rules every detector is made with: the built-in ones less the disabled ones, then the
    /// custom ones (after, so a built-in rule speaks for a secret both find).
    public var rules: [SecretRule] { BuiltInRules.all.filter { !disabledRules.contains($0.id) } + customRules }
}
