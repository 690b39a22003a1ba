import Foundation

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
    /// The detector of the hooks (no inline markers: what a call writes is new).
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

    /// The first secret `text` holds: by the scanner's rules, else a value of an ignored secret
    /// file.
    func secret(in text: String, path: String) -> Finding? {
        let fragment = Fragment(path: path, bytes: Array(text.utf8))
        return detector.findings(in: fragment).first ?? secretValues.findings(in: fragment).first
    }

    /// A finding as a reason names it, redacted.
    static func describe(_ finding: Finding) -> String {
        finding.ruleID == CredentialValues.ruleID ? "a value of \(finding.description) (\(finding.redacted))"
            : "a secret (\(finding.ruleID): \(finding.redacted))"
    }
}

/// The pre-tool check: denies only what a rollback cannot undo (`PreToolRule`), with a reason that
/// names the rule and a safer way; everything inside the working tree is left to the watcher,
/// which judges it by its effect. Pure: a call and facts in, an answer out.
public enum PreToolPolicy {
    public static func judge(_ call: ToolCall, facts: PreToolFacts) -> AgentAnswer {
        guard call.event == .beforeTool, let tool = call.tool else { return .noOpinion }
        let paths = CommandPaths(root: facts.root, home: facts.home, secretFiles: facts.secretFiles)
        let found: (PreToolRule, String)?
        switch tool {
        case .shell(let command, _):
            found = shell(command, in: call.workingDirectory, facts: facts, paths: paths)
        case .write(let path, let content), .edit(let path, let content):
            found = write(path, content: content, in: call.workingDirectory, facts: facts, paths: paths)
        case .patch(let text):
            found = patch(text, in: call.workingDirectory, facts: facts, paths: paths)
        case .webFetch(let url):
            found = send(url, hosts: NetworkRules.hosts(in: url), facts: facts)
        case .mcp(let name, let arguments):
            found = send(arguments, hosts: NetworkRules.hosts(in: arguments), facts: facts, tool: name)
        case .read, .other:
            found = nil
        }
        guard let (rule, why) = found else { return .noOpinion }
        return AgentAnswer(.deny(rule: rule.rawValue, reason: "backstop denied this call [\(rule.rawValue)]: \(why). \(saferWay(rule, root: facts.root))"))
    }

    /// Whether the call reads a secret (a secret file, the whole environment): the session is
    /// tainted from then on. Reading stays allowed.
    public static func taints(_ call: ToolCall, facts: PreToolFacts) -> Bool {
        guard call.event == .beforeTool, let tool = call.tool else { return false }
        let paths = CommandPaths(root: facts.root, home: facts.home, secretFiles: facts.secretFiles)
        switch tool {
        case .read(let path):
            return paths.absolute(path, in: call.workingDirectory).map(paths.isSecretFile) ?? false
        case .shell(let command, _):
            let script = ShellReader.read(command, home: facts.home)
            return ScriptWalk.steps(script, from: call.workingDirectory, paths: paths).contains { step in
                let command = step.command
                if ["env", "printenv", "set", "export", "declare"].contains(command.program), command.operands.isEmpty { return true }
                return (command.operands + command.redirections.filter { $0.operation.hasPrefix("<") }.map(\.target))
                    .contains { paths.mentionsSecretFile($0, in: step.directory) }
            }
        default:
            return false
        }
    }

    private static func shell(_ text: String, in directory: String, facts: PreToolFacts, paths: CommandPaths, depth: Int = 0) -> (PreToolRule, String)? {
        let script = ShellReader.read(text, home: facts.home)
        let steps = ScriptWalk.steps(script, from: directory, paths: paths)
        let guardOff = GuardOffRule(paths: paths), deletion = DeletionRule(paths: paths), persistence = PersistenceRule(paths: paths)
        let network = NetworkRules(paths: paths, facts: facts)
        for step in steps {
            if let code = step.command.inlineCode, depth < 3,
               let found = inline(InlineCode(code: code.code), in: step.directory, facts: facts, paths: paths, depth: depth) {
                return found
            }
            if let why = guardOff.violation(step, script: script, line: text) { return (.guardOff, why) }
            if let why = deletion.violation(step) { return (.deleteOutsideTree, "it deletes \(why)") }
            if let why = persistence.violation(step) { return (.persistence, why) }
            if let why = network.exfiltration(step) ?? network.unapprovedPush(step) { return (.exfiltration, why) }
        }
        if let why = network.downloadExecute(steps) { return (.downloadExecute, why) }
        if let why = steps.lazy.compactMap(network.taintedSend).first { return (.taintedSend, why) }
        return nil
    }

    /// An interpreter one-liner: the command lines it runs are judged as shell, and its own calls
    /// for what they do outside the process.
    private static func inline(_ code: InlineCode, in directory: String, facts: PreToolFacts, paths: CommandPaths, depth: Int) -> (PreToolRule, String)? {
        let literals = code.literals.map { literal in
            ["$ENV{HOME}", "${HOME}", "$HOME"].reduce(literal) { $0.replacingOccurrences(of: $1, with: facts.home) }
        }
        if code.runsCommands {
            for candidate in literals.filter({ $0.contains(" ") }) + [literals.joined(separator: " ")] where !candidate.isEmpty {
                if let found = shell(candidate, in: directory, facts: facts, paths: paths, depth: depth + 1) { return found }
            }
        }
        // A literal in HOME is often written as HOME plus a tail (`homedir() + '/.ssh/id_rsa'`).
        let named = literals.flatMap { literal -> [String] in
            code.namesHome && !literal.hasPrefix("/") && !literal.hasPrefix("~") ? [literal, facts.home + "/" + literal] : [literal]
        } + literals.filter { $0.hasPrefix("/") && code.namesHome }.map { facts.home + $0 }
        if code.deletes {
            if code.namesHome { return (.deleteOutsideTree, "its code deletes in your home folder, outside the working tree") }
            if code.namesParent { return (.deleteOutsideTree, "its code deletes the folder that holds the working tree") }
            if let outside = literals.lazy.compactMap({ DeletionRule(paths: paths).outOfBounds($0, in: directory) }).first {
                return (.deleteOutsideTree, "its code deletes \(outside)")
            }
        }
        if code.usesNetwork, code.evaluates { return (.downloadExecute, "its code runs what it downloads") }
        if code.usesNetwork, let file = named.first(where: { paths.mentionsSecretFile($0, in: directory) }) {
            return (.exfiltration, "its code sends a secret file (\(file)) to another host")
        }
        if code.writes {
            if let why = named.lazy.compactMap({ PersistenceRule(paths: paths).persists($0, in: directory) }).first { return (.persistence, why) }
            if let file = named.lazy.compactMap({ GuardOffRule(paths: paths).guardedFile($0, in: directory) }).first {
                return (.guardOff, "its code changes \(file), which configures a guard")
            }
        }
        return nil
    }

    /// An editing tool's content: a secret in it (unless the file is a secret file itself), or a
    /// write to a guard's configuration or to a start-up file outside the repository.
    private static func write(_ path: String, content: String, in directory: String, facts: PreToolFacts, paths: CommandPaths) -> (PreToolRule, String)? {
        let step = ScriptWalk.Step(command: ShellCommand(words: ["tee", path]), directory: directory, upstream: [])
        if let why = GuardOffRule(paths: paths).violation(step, script: ShellScript(commands: []), line: "") { return (.guardOff, why) }
        if let why = PersistenceRule(paths: paths).persists(path, in: directory) { return (.persistence, why) }
        if let absolute = paths.absolute(path, in: directory), paths.isSecretFile(absolute) { return nil }
        return facts.secret(in: content, path: path).map { (.secretWrite, "the new content of \(path) holds \(PreToolFacts.describe($0)) on line \($0.line)") }
    }

    /// A patch (Codex `apply_patch`): the files it names and the lines it adds.
    private static func patch(_ text: String, in directory: String, facts: PreToolFacts, paths: CommandPaths) -> (PreToolRule, String)? {
        var file = "(patch)"
        var added: [String: [String]] = [:]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            for marker in ["*** Add File: ", "*** Update File: ", "+++ b/", "+++ "] where line.hasPrefix(marker) {
                file = String(line.dropFirst(marker.count))
                added[file, default: []] = added[file] ?? []
            }
            if line.hasPrefix("+"), !line.hasPrefix("+++") { added[file, default: []].append(String(line.dropFirst())) }
        }
        for (path, lines) in added.sorted(by: { $0.key < $1.key }) {
            if let found = write(path, content: lines.joined(separator: "\n"), in: directory, facts: facts, paths: paths) { return found }
        }
        return nil
    }

    /// A web fetch or an MCP call: a secret in what it sends, or a tainted session reaching a host
    /// outside the allow list.
    private static func send(_ text: String, hosts: [String], facts: PreToolFacts, tool: String? = nil) -> (PreToolRule, String)? {
        let what = tool.map { "the call to \($0)" } ?? "the request"
        if let finding = facts.secret(in: text, path: "(request)") { return (.exfiltration, "\(what) carries \(PreToolFacts.describe(finding))") }
        guard facts.sessionTainted, let outside = NetworkRules.outside(hosts, allowed: facts.allowedHosts).first else { return nil }
        return (.taintedSend, "this session read secrets, and \(what) goes to \(outside)")
    }

    static func saferWay(_ rule: PreToolRule, root: String) -> String {
        switch rule {
        case .deleteOutsideTree:
            "Delete only inside the working tree (\(root)), where every deletion can be undone; deleting elsewhere is for the user to do."
        case .exfiltration:
            "Do not send secrets, secret files or the repository to hosts nobody approved: refer to a secret by its variable's name, or ask the user."
        case .downloadExecute:
            "Download to a file inside the working tree and show it to the user; running it is for the user to decide."
        case .persistence:
            "Keep changes inside the repository; changes to start-up files, scheduled jobs or authorized keys are for the user to make."
        case .guardOff:
            "Run the command without switching the guard off. If a hook or a check blocks, report its message to the user: the commands that loosen the guard are for a person at a terminal."
        case .secretWrite:
            "Write the name of an environment variable (read at run time) instead of the value, or keep the value in an ignored secret file such as .env."
        case .taintedSend:
            "Sending data off this machine is stopped for the rest of this session: send only to an allowed host (agents.allowedHosts), or ask the user."
        }
    }
}
