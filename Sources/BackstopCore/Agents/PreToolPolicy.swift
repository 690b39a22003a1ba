/// What the pre-tool check knows besides the call itself: gathered by the application, so the
/// judging stays pure.
public struct PreToolFacts: Sendable {
    /// The working tree's top folder, absolute.
    public var root: String
    public var home: String
    /// Push URLs of the approved remotes, by remote name.
    public var approvedRemotes: [String: String]
    /// The ignored secret files' globs (`secretFiles`).
    public var secretFiles: [PathGlob]
    /// The values of the ignored secret files, as the hooks read them.
    public var secretValues: CredentialValues
    public var detector: SecretDetector
    /// Whether this session already read a secret file or printed secret values.
    public var sessionTainted: Bool
    /// Hosts a tainted session may still send to (`agents.allowedHosts`).
    public var allowedHosts: [String]

    public init(root: String, home: String, approvedRemotes: [String: String] = [:], secretFiles: [PathGlob] = [],
                secretValues: CredentialValues = CredentialValues(), detector: SecretDetector, sessionTainted: Bool = false,
                allowedHosts: [String] = []) {
        self.root = root
        self.home = home
        self.approvedRemotes = approvedRemotes
        self.secretFiles = secretFiles
        self.secretValues = secretValues
        self.detector = detector
        self.sessionTainted = sessionTainted
        self.allowedHosts = allowedHosts
    }
}

/// The pre-tool check: denies only what a rollback cannot undo (`PreToolRule`), with a reason that
/// names the rule and a safer way; everything inside the working tree is left to the watcher,
/// which judges it by its effect. Pure: a call and facts in, an answer out.
public enum PreToolPolicy {
    public static func judge(_ call: ToolCall, facts: PreToolFacts) -> AgentAnswer {
        .noOpinion
    }

    /// Whether the call reads a secret (a secret file, `env`, `printenv`): the session is tainted
    /// from then on.
    public static func taints(_ call: ToolCall, facts: PreToolFacts) -> Bool {
        false
    }
}
