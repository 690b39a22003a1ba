/// The effective configuration as typed values. Built only from validated layers, so every key is
/// present and well-formed; the fallbacks below are never reached but keep force-unwraps out.
public struct Configuration: Sendable {
    public let maximumScanFileBytes: Int
    public let allowedPaths: [PathGlob]
    public let disabledRules: Set<String>
    public let massDeletion: MassDeletionThreshold
    public let allowedRemoteURLs: [String]
    public let blocksBranchDeletion: Bool
    public let blocksForcePush: Bool
    public let verdicts: [ActionClass: Verdict]
    public let secretFiles: [PathGlob]
    public let settleMilliseconds: Int
    public let maximumActionMilliseconds: Int
    public let snapshots: SnapshotSettings

    public init(values: [String: JSONValue]) {
        func number(_ path: String) -> Double {
            if case .number(let value) = values[path] { return value }
            if case .number(let value) = ConfigurationSchema.key(path)?.defaultValue { return value }
            return 0
        }
        func strings(_ path: String) -> [String] {
            guard case .array(let items) = values[path] else { return [] }
            return items.compactMap { if case .string(let text) = $0 { text } else { nil } }
        }
        func flag(_ path: String) -> Bool {
            if case .bool(let value) = values[path] { return value }
            return true
        }
        maximumScanFileBytes = Int(number("scan.maxFileBytes"))
        allowedPaths = strings("scan.allowPaths").map(PathGlob.init)
        disabledRules = Set(strings("scan.disabledRules"))
        massDeletion = MassDeletionThreshold(
            files: Int(number("commit.massDeletionFiles")),
            fraction: number("commit.massDeletionFraction"),
            fractionMinimumFiles: Int(number("commit.massDeletionFractionMinimumFiles")))
        allowedRemoteURLs = strings("push.allowedRemoteURLs")
        blocksBranchDeletion = flag("push.blockBranchDeletion")
        blocksForcePush = flag("push.blockForcePush")
        var verdicts: [ActionClass: Verdict] = [:]
        for actionClass in ActionClass.allCases {
            if case .string(let text) = values["policy.\(actionClass.rawValue)"], let verdict = Verdict(rawValue: text) {
                verdicts[actionClass] = verdict
            } else {
                verdicts[actionClass] = .block
            }
        }
        self.verdicts = verdicts
        secretFiles = strings("secretFiles").map(PathGlob.init)
        settleMilliseconds = Int(number("watch.settleMilliseconds"))
        maximumActionMilliseconds = Int(number("watch.maximumActionMilliseconds"))
        snapshots = SnapshotSettings(
            maximumFileBytes: Int(number("snapshots.maxFileBytes")),
            secretFiles: secretFiles,
            maximumSecretFileBytes: Int(number("snapshots.secretFileMaxBytes")),
            retention: RetentionPolicy(
                keepAllHours: Int(number("snapshots.keepAllHours")),
                hourlyDays: Int(number("snapshots.keepHourlyDays")),
                dailyDays: Int(number("snapshots.keepDailyDays"))),
            diskBudgetBytes: Int(number("snapshots.diskBudgetBytes")))
    }

    public static let defaults = Configuration(values: ConfigurationLayer.builtIn.values)

    public func verdict(for actionClass: ActionClass) -> Verdict { verdicts[actionClass] ?? .block }

    /// The built-in rules less the disabled ones.
    public var rules: [SecretRule] { BuiltInRules.all.filter { !disabledRules.contains($0.id) } }
}
