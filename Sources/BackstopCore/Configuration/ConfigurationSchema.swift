/// One configuration key: its dotted path, what it means, its default, and how to check a value.
public struct ConfigurationKey: Sendable {
    /// How a value compares for strictness, so a locked key can still be tightened by the repo file.
    public enum Strictness: Sendable {
        case lowerIsStricter, higherIsStricter, trueIsStricter, subsetIsStricter, supersetIsStricter, verdict
    }

    /// What is wrong with a value, and where inside it: empty for the value as a whole, or a place
    /// such as `[2].pattern` in a list of objects, so the error names `scan.rules[2].pattern`.
    public struct Problem: Error, Sendable, Equatable {
        public let place: String
        public let message: String

        public init(place: String = "", message: String) {
            self.place = place
            self.message = message
        }
    }

    public let path: String
    public let summary: String
    public let defaultValue: JSONValue
    public let strictness: Strictness
    /// The value, and how a message shows it: as the file wrote it where that is known.
    let check: @Sendable (JSONValue, String) -> Problem?

    init(path: String, summary: String, defaultValue: JSONValue, strictness: Strictness,
         locatedCheck: @escaping @Sendable (JSONValue, String) -> Problem?) {
        self.path = path
        self.summary = summary
        self.defaultValue = defaultValue
        self.strictness = strictness
        self.check = locatedCheck
    }

    /// A key whose problems are with its value as a whole.
    init(path: String, summary: String, defaultValue: JSONValue, strictness: Strictness,
         check: @escaping @Sendable (JSONValue, String) -> String?) {
        self.init(path: path, summary: summary, defaultValue: defaultValue, strictness: strictness) { value, text in
            check(value, text).map { Problem(message: $0) }
        }
    }

    /// What is wrong with `value` and where, or nil when it is acceptable. `text` is the value as
    /// the file wrote it (`99999999999999999999999`, not the double it rounds to).
    public func problem(with value: JSONValue, writtenAs text: String? = nil) -> Problem? {
        check(value, text ?? value.rendered())
    }

    /// Whether `candidate` loosens nothing compared with `locked`.
    public func isAtLeastAsStrict(_ candidate: JSONValue, as locked: JSONValue) -> Bool {
        switch (strictness, candidate, locked) {
        case (.lowerIsStricter, .number(let new), .number(let old)): return new <= old
        case (.higherIsStricter, .number(let new), .number(let old)): return new >= old
        case (.trueIsStricter, .bool(let new), .bool(let old)): return new || !old
        case (.subsetIsStricter, .array(let new), .array(let old)): return Set(new).isSubset(of: Set(old))
        case (.supersetIsStricter, .array(let new), .array(let old)): return Set(new).isSuperset(of: Set(old))
        case (.verdict, .string(let new), .string(let old)):
            guard let new = Verdict(rawValue: new), let old = Verdict(rawValue: old) else { return false }
            return new >= old
        default: return candidate == locked
        }
    }
}

/// Every key Backstop reads. `config/default.json` holds exactly these defaults (a test keeps them equal).
public enum ConfigurationSchema {
    public static let keys: [ConfigurationKey] = [
        scanMaximumFileBytes, scanAllowPaths, scanDisabledRules, scanRules,
        massDeletionFiles, massDeletionFraction, massDeletionFractionMinimumFiles,
        pushAllowedRemoteURLs, pushBlockBranchDeletion, pushBlockForcePush, agentsAllowedHosts,
    ] + policy.map(\.key) + [
        secretFiles, snapshotsMaximumFileBytes, snapshotsSecretFileMaximumBytes, snapshotsKeepAllHours, snapshotsKeepHourlyDays,
        snapshotsKeepDailyDays, snapshotsDiskBudgetBytes, watchSettleMilliseconds, watchMaximumActionMilliseconds,
    ]

    // Each key is named once, here: `Configuration` reads them by these names, so a misspelt key
    // does not compile rather than reading as zero.
    static let scanMaximumFileBytes = integer("scan.maxFileBytes", 1_048_576, in: 1...(1 << 34), .higherIsStricter,
                                              "Content larger than this many bytes is scanned in overlapping windows of this size, so memory stays bounded.")
    static let scanAllowPaths = stringList("scan.allowPaths", defaultAllowPaths, .subsetIsStricter,
                                           "Globs of paths whose findings are dropped: lockfiles and checksum files by default.")
    static let scanDisabledRules = stringList(
        "scan.disabledRules", [], .subsetIsStricter, "Ids of built-in rules that are turned off.",
        element: { id in BuiltInRules.all.contains(where: { $0.id == id }) ? nil : "'\(id)' is not the id of a built-in rule (see `backstop scan --list-rules`; a rule of scan.rules is taken out of scan.rules)" })
    static let scanRules = ConfigurationKey(
        path: CustomRules.key, summary: "Rules of your own, added to the built-in ones by every file that gives some: objects with id, description, pattern, keywords.",
        defaultValue: .array([]), strictness: .supersetIsStricter) { value, _ in CustomRules.problem(in: value) }
    static let massDeletionFiles = integer("commit.massDeletionFiles", 20, in: 1...1_000_000, .lowerIsStricter,
                                           "A commit or action that deletes at least this many tracked files is a mass deletion.")
    static let massDeletionFraction = number("commit.massDeletionFraction", 0.25, in: 0.01...1, .lowerIsStricter,
                                             "...or at least this fraction of the tracked files,")
    static let massDeletionFractionMinimumFiles = integer("commit.massDeletionFractionMinimumFiles", 5, in: 1...1_000_000, .lowerIsStricter,
                                                          "...when that fraction is at least this many files.")
    static let pushAllowedRemoteURLs = stringList("push.allowedRemoteURLs", [], .subsetIsStricter,
                                                  "Remote URLs that pushes may go to, besides those recorded by `install` and `allow-remote`.")
    static let agentsAllowedHosts = stringList("agents.allowedHosts", ["github.com", "api.github.com", "raw.githubusercontent.com", "objects.githubusercontent.com", "gitlab.com", "bitbucket.org", "pypi.org", "files.pythonhosted.org", "registry.npmjs.org", "registry.yarnpkg.com", "crates.io", "static.crates.io", "index.crates.io", "proxy.golang.org", "sum.golang.org", "rubygems.org", "repo.maven.apache.org", "repo1.maven.org", "download.swift.org", "deb.debian.org", "security.debian.org"], .subsetIsStricter,
                                              "Hosts an agent session may still send data to after it read a secret (rule tainted-send): package registries and source hosting.")
    static let pushBlockBranchDeletion = boolean("push.blockBranchDeletion", true, "A push that deletes a remote branch is blocked.")
    static let pushBlockForcePush = boolean("push.blockForcePush", true, "A push that is not a fast-forward is blocked.")
    /// The classes whose verdict `policy.<class>` sets, in the order `config` lists them. The push
    /// classes have none: they always block, and the `push.*` switches say whether they are looked for.
    static let policy: [(actionClass: ActionClass, key: ConfigurationKey)] = [
        (.massDeletion, verdict("policy.mass-deletion", .block, "Verdict for deleting work en masse.")),
        (.secret, verdict("policy.secret", .block, "Verdict for a credential added to a commit, push or work file.")),
        (.credentialCopy, verdict("policy.credential-copy", .block, "Verdict for a value from a secret file copied into a work file.")),
        (.guardTamper, verdict("policy.guard-tamper", .block, "Verdict for changes to Backstop's hooks or configuration.")),
        (.discardUncommitted, verdict("policy.discard-uncommitted", .warn, "Verdict for overwriting or deleting uncommitted work.")),
    ]
    static let secretFiles = stringList("secretFiles", [".env", ".env.*"], .supersetIsStricter,
                                        "Globs of ignored files that hold secrets; snapshots keep them and their values are never copied.")
    static let snapshotsMaximumFileBytes = integer("snapshots.maxFileBytes", 50 << 20, in: 1...(1 << 40), .higherIsStricter,
                                                   "Work files larger than this many bytes are left out of snapshots, and listed.")
    static let snapshotsSecretFileMaximumBytes = integer("snapshots.secretFileMaxBytes", 1 << 20, in: 1...(1 << 30), .higherIsStricter,
                                                         "Ignored secret files (secretFiles) up to this many bytes are kept in snapshots.")
    static let snapshotsKeepAllHours = integer("snapshots.keepAllHours", 24, in: 1...876_000, .higherIsStricter,
                                               "Every snapshot younger than this many hours is kept.")
    static let snapshotsKeepHourlyDays = integer("snapshots.keepHourlyDays", 7, in: 0...36_500, .higherIsStricter,
                                                 "Then the newest snapshot of each hour, up to this many days old.")
    static let snapshotsKeepDailyDays = integer("snapshots.keepDailyDays", 30, in: 0...36_500, .higherIsStricter,
                                                "Then the newest snapshot of each day, up to this many days old; older ones are pruned.")
    static let snapshotsDiskBudgetBytes = integer("snapshots.diskBudgetBytes", 1 << 30, in: 1...(1 << 50), .lowerIsStricter,
                                                  "Backstop warns when content reachable only from snapshots passes this many bytes.")
    static let watchSettleMilliseconds = integer("watch.settleMilliseconds", 300, in: 10...60_000, .lowerIsStricter,
                                                 "Quiet time that closes an action.")
    static let watchMaximumActionMilliseconds = integer("watch.maximumActionMilliseconds", 2_000, in: 50...600_000, .lowerIsStricter,
                                                        "Longest time an action may stay open.")

    /// Keys the user file may name in `locked`; the repo file can then only tighten them.
    public static let lockedKey = "locked"

    /// `personOnly`: the person-only commands the user file relaxes for people who script them
    /// (`{"allow": false}`; `PersonOnlyPolicy`). Only the user file may set it, since an agent can
    /// write the repo file and pass `--config`. Not in `keys`, so neither `config` nor
    /// `config/default.json` lists it: the README names it.
    public static let personOnlyKey = "personOnly"

    public static func key(_ path: String) -> ConfigurationKey? { keys.first { $0.path == path } }

    static let defaultAllowPaths = [
        "**/package-lock.json", "**/npm-shrinkwrap.json", "**/yarn.lock", "**/pnpm-lock.yaml", "**/deno.lock",
        "**/bun.lock", "**/Cargo.lock", "**/Gemfile.lock", "**/poetry.lock", "**/Pipfile.lock", "**/composer.lock",
        "**/go.sum", "**/gradle.lockfile", "**/Package.resolved", "**/packages.lock.json", "**/flake.lock",
    ]

    /// The defaults as one nested JSON document, as `config/default.json` holds them.
    public static var defaultDocument: JSONValue {
        var root: [String: JSONValue] = [:]
        for key in keys { insert(key.defaultValue, at: key.path.split(separator: ".").map(String.init), into: &root) }
        return .object(root)
    }

    static func insert(_ value: JSONValue, at path: [String], into object: inout [String: JSONValue]) {
        guard let head = path.first else { return }
        if path.count == 1 {
            object[head] = value
            return
        }
        var child: [String: JSONValue] = [:]
        if case .object(let existing) = object[head] { child = existing }
        insert(value, at: Array(path.dropFirst()), into: &child)
        object[head] = .object(child)
    }

    private static func integer(_ path: String, _ value: Int, in range: ClosedRange<Int>, _ strictness: ConfigurationKey.Strictness,
                                _ summary: String) -> ConfigurationKey {
        ConfigurationKey(path: path, summary: summary, defaultValue: .number(Double(value)), strictness: strictness) { value, shown in
            let outOfRange = "\(shown) is out of range (\(range.lowerBound) ... \(range.upperBound))"
            guard case .number(let number) = value else { return "must be a whole number" }
            guard number == number.rounded() else { return "\(shown) is not a whole number" }
            // Checked: a whole number beyond Int (1e23) traps in `Int(_:)`.
            guard let whole = Int(exactly: number) else { return outOfRange }
            return range.contains(whole) ? nil : outOfRange
        }
    }

    private static func number(_ path: String, _ value: Double, in range: ClosedRange<Double>, _ strictness: ConfigurationKey.Strictness,
                               _ summary: String) -> ConfigurationKey {
        ConfigurationKey(path: path, summary: summary, defaultValue: .number(value), strictness: strictness) { value, shown in
            guard case .number(let number) = value else { return "must be a number" }
            return range.contains(number) ? nil : "\(shown) is out of range (\(range.lowerBound) ... \(range.upperBound))"
        }
    }

    private static func boolean(_ path: String, _ value: Bool, _ summary: String) -> ConfigurationKey {
        ConfigurationKey(path: path, summary: summary, defaultValue: .bool(value), strictness: .trueIsStricter) { value, _ in
            if case .bool = value { return nil }
            return "must be true or false"
        }
    }

    private static func verdict(_ path: String, _ value: Verdict, _ summary: String) -> ConfigurationKey {
        ConfigurationKey(path: path, summary: summary, defaultValue: .string(value.rawValue), strictness: .verdict) { value, _ in
            if case .string(let text) = value, Verdict(rawValue: text) != nil { return nil }
            return "must be one of \"allow\", \"warn\", \"block\""
        }
    }

    private static func stringList(
        _ path: String, _ value: [String], _ strictness: ConfigurationKey.Strictness, _ summary: String,
        element: @escaping @Sendable (String) -> String? = { $0.isEmpty ? "an empty string is not allowed" : nil }
    ) -> ConfigurationKey {
        ConfigurationKey(path: path, summary: summary, defaultValue: .array(value.map(JSONValue.string)), strictness: strictness) { value, _ in
            guard case .array(let items) = value else { return "must be a list of strings" }
            for item in items {
                guard case .string(let text) = item else { return "must be a list of strings" }
                if let problem = element(text) { return problem }
            }
            return nil
        }
    }
}
