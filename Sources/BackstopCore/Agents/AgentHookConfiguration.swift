import Foundation

/// Each agent's hook configuration in the repository, as Backstop writes and reads it: its entries
/// merged into what is there (others' entries kept), taken out again, and found (for `doctor` and
/// for the watcher, which judges a change that removes or alters them as `guard-tamper`). Pure:
/// a document in, a document out.
public enum AgentHookConfiguration {
    /// How a hook handler runs Backstop.
    public enum CommandLine: Sendable, Hashable {
        /// Exec form: the program and its arguments, no shell (Claude's `command` + `args`).
        case exec([String])
        /// A shell command line, run by the agent through a shell.
        case shell(String)

        /// The words, as a shell would split the command line.
        public var words: [String] {
            switch self {
            case .exec(let words): words
            case .shell(let text): AgentHookConfiguration.shellWords(text)
            }
        }
    }

    /// One Backstop handler found in a configuration.
    public struct Entry: Sendable, Hashable {
        public let event: String
        public let matcher: String?
        public let commandLine: CommandLine
        /// In seconds, whatever unit the agent uses; nil when the agent's default applies.
        public let timeoutSeconds: Double?
        /// Whether a hook that crashes or times out blocks the call (`onFailure`, `failClosed`).
        public let failClosed: Bool
    }

    /// The file, relative to the working tree's root.
    public static func path(for dialect: AgentDialect) -> String {
        switch dialect {
        case .claude: ".claude/settings.json"
        case .codex: ".codex/hooks.json"
        case .gemini: ".gemini/settings.json"
        case .copilot: ".github/hooks/backstop.json"
        case .cursor: ".cursor/hooks.json"
        // Read by the plugin (`OpenCodePlugin`), which OpenCode loads from .opencode/plugins/.
        case .opencode: ".opencode/backstop.json"
        }
    }

    /// Every agent's file, for the watcher.
    public static var paths: [String] { AgentDialect.allCases.map(path(for:)) }

    /// The events Backstop hooks, with the matcher and timeout (seconds) each gets.
    static func events(for dialect: AgentDialect) -> [(event: String, matcher: String?, timeout: Int, failClosed: Bool)] {
        switch dialect {
        case .claude:
            [("SessionStart", nil, 20, false),
             ("PreToolUse", "^(Bash|PowerShell|Monitor|Write|Edit|MultiEdit|NotebookEdit|Read|WebFetch)$|^mcp__", 10, true),
             ("PostToolUse", "^(Bash|PowerShell|Monitor|Write|Edit|MultiEdit|NotebookEdit)$|^mcp__", 15, false),
             ("PostToolUseFailure", "Bash|PowerShell|Monitor", 15, false),
             ("Stop", nil, 15, false)]
        case .codex:
            [("PreToolUse", "^(Bash|apply_patch)$|^mcp__", 10, false), ("PostToolUse", "^(Bash|apply_patch)$|^mcp__", 15, false),
             ("SessionStart", nil, 20, false), ("Stop", nil, 15, false)]
        case .gemini:
            [("SessionStart", nil, 20, false), ("BeforeTool", "^(run_shell_command|write_file|replace|read_file|web_fetch)$|^mcp_", 10, false),
             ("AfterTool", "^(run_shell_command|write_file|replace)$|^mcp_", 15, false)]
        case .copilot:
            [("preToolUse", nil, 10, false), ("postToolUse", nil, 15, false), ("postToolUseFailure", nil, 15, false), ("sessionStart", nil, 20, false)]
        case .cursor:
            [("beforeShellExecution", nil, 10, true), ("preToolUse", "Write|Read|MCP:.*", 10, true), ("postToolUse", "Shell|Write|MCP:.*", 15, false),
             ("sessionStart", nil, 20, false), ("stop", nil, 15, false)]
        case .opencode:
            [("tool.execute.before", nil, 10, true), ("tool.execute.after", nil, 15, false)]
        }
    }

    /// The words after the binary.
    static func arguments(_ dialect: AgentDialect, event: String) -> [String] {
        let eventWords = switch dialect {
        case .copilot: ["--event", event]
        case .opencode: ["--event", event == "tool.execute.before" ? "before" : "after"]
        default: [String]()
        }
        return ["hook", "agent", "--dialect", dialect.rawValue] + eventWords
    }

    /// One handler as the agent's schema has it.
    static func handler(_ dialect: AgentDialect, binary: String, event: String, timeout: Int, failClosed: Bool) -> JSONValue {
        let arguments = arguments(dialect, event: event)
        let shellLine = ([binary] + arguments).map(shellQuoted).joined(separator: " ")
        switch dialect {
        case .claude:
            var fields: [String: JSONValue] = ["type": .string("command"), "command": .string(binary),
                                               "args": .array(arguments.map(JSONValue.string)), "timeout": .number(Double(timeout))]
            if failClosed { fields["onFailure"] = .string("block") }
            return .object(fields)
        case .codex:
            return .object(["type": .string("command"), "command": .string(shellLine), "timeout": .number(Double(timeout))])
        case .gemini:
            return .object(["name": .string("backstop-\(event)"), "type": .string("command"), "command": .string(shellLine),
                            "timeout": .number(Double(timeout * 1_000))])
        case .copilot:
            return .object(["type": .string("command"), "bash": .string(shellLine), "timeoutSec": .number(Double(timeout))])
        case .cursor:
            var fields: [String: JSONValue] = ["command": .string(shellLine), "timeout": .number(Double(timeout))]
            if failClosed { fields["failClosed"] = .bool(true) }
            if event == "stop" { fields["loop_limit"] = .number(1) }
            return .object(fields)
        case .opencode:
            return .object(["command": .string(binary), "args": .array(arguments.map(JSONValue.string)), "timeout": .number(Double(timeout))])
        }
    }

    /// Whether the agent groups handlers under a matcher (`{"matcher", "hooks": [...]}`) or lists
    /// them flat (Copilot, Cursor).
    static func grouped(_ dialect: AgentDialect) -> Bool { ![.copilot, .cursor, .opencode].contains(dialect) }

    /// `existing` with Backstop's entries for `dialect` written (replacing any earlier ones) and
    /// everything else kept. Idempotent.
    public static func install(_ dialect: AgentDialect, into existing: JSONValue?, binary: String) throws(AgentPayloadError) -> JSONValue {
        var document = try uninstall(dialect, from: existing ?? .object([:])).objectValue ?? [:]
        if !grouped(dialect) { document["version"] = document["version"] ?? .number(1) }
        var hooks = document["hooks"]?.objectValue ?? [:]
        for (event, matcher, timeout, failClosed) in events(for: dialect) {
            var list = hooks[event]?.arrayValue ?? []
            var handler = handler(dialect, binary: binary, event: event, timeout: timeout, failClosed: failClosed)
            if grouped(dialect) {
                var group: [String: JSONValue] = ["hooks": .array([handler])]
                if let matcher { group["matcher"] = .string(matcher) }
                list.append(.object(group))
            } else {
                if let matcher, var fields = handler.objectValue {
                    fields["matcher"] = .string(matcher)
                    handler = .object(fields)
                }
                list.append(handler)
            }
            hooks[event] = .array(list)
        }
        document["hooks"] = .object(hooks)
        return .object(document)
    }

    /// `document` without Backstop's entries; groups and events left empty go too.
    public static func uninstall(_ dialect: AgentDialect, from document: JSONValue) throws(AgentPayloadError) -> JSONValue {
        guard var fields = document.objectValue else { throw AgentPayloadError("the file does not hold a JSON object") }
        guard let hooksValue = fields["hooks"] else { return document }
        guard var hooks = hooksValue.objectValue else { throw AgentPayloadError("its \"hooks\" is not an object") }
        for (event, value) in hooks {
            guard let list = value.arrayValue else { continue }
            var kept: [JSONValue] = []
            for item in list {
                if grouped(dialect), var group = item.objectValue, let handlers = group["hooks"]?.arrayValue {
                    let others = handlers.filter { !isBackstop($0, dialect) }
                    if others.isEmpty { continue }
                    group["hooks"] = .array(others)
                    kept.append(.object(group))
                } else if !isBackstop(item, dialect) {
                    kept.append(item)
                }
            }
            hooks[event] = kept.isEmpty ? nil : .array(kept)
        }
        fields["hooks"] = .object(hooks)
        return .object(fields)
    }

    /// Whether nothing but Backstop's was in the file: uninstall may remove it.
    public static func isEmpty(_ document: JSONValue) -> Bool {
        guard let fields = document.objectValue else { return false }
        let rest = fields.filter { $0.key != "version" && !($0.key == "hooks" && $0.value.objectValue?.isEmpty == true) }
        return rest.isEmpty
    }

    /// Backstop's handlers in `document`, in order.
    public static func entries(_ dialect: AgentDialect, in document: JSONValue) -> [Entry] {
        guard let hooks = document.objectValue?["hooks"]?.objectValue else { return [] }
        var found: [Entry] = []
        for event in hooks.keys.sorted() {
            for item in hooks[event]?.arrayValue ?? [] {
                if grouped(dialect), let group = item.objectValue, let handlers = group["hooks"]?.arrayValue {
                    for handler in handlers where isBackstop(handler, dialect) {
                        if let entry = entry(handler, dialect, event: event, matcher: group["matcher"]?.stringValue) { found.append(entry) }
                    }
                } else if isBackstop(item, dialect), let entry = entry(item, dialect, event: event, matcher: item.objectValue?["matcher"]?.stringValue) {
                    found.append(entry)
                }
            }
        }
        return found
    }

    /// Settings that switch every hook off, Backstop's included (`disableAllHooks`,
    /// `hooksConfig.enabled: false`).
    public static func disablesHooks(_ dialect: AgentDialect, in document: JSONValue) -> Bool {
        let fields = document.objectValue ?? [:]
        switch dialect {
        case .claude: return fields["disableAllHooks"] == .bool(true)
        case .gemini: return fields["hooksConfig"]?.objectValue?["enabled"] == .bool(false)
        default: return false
        }
    }

    /// Whether a change of the file from `before` to `after` takes Backstop's hooks out, alters
    /// them, or switches hooks off: the watcher's `guard-tamper`. A file that held none is no guard.
    public static func weakens(_ dialect: AgentDialect, before: JSONValue?, after: JSONValue?) -> Bool {
        guard let before else { return false }
        let old = entries(dialect, in: before)
        guard !old.isEmpty else { return false }
        guard let after else { return true }
        let new = Set(entries(dialect, in: after))
        return !old.allSatisfy(new.contains) || (disablesHooks(dialect, in: after) && !disablesHooks(dialect, in: before))
    }

    static func entry(_ handler: JSONValue, _ dialect: AgentDialect, event: String, matcher: String?) -> Entry? {
        guard let fields = handler.objectValue, let commandLine = commandLine(fields, dialect) else { return nil }
        let timeout: Double? = switch (dialect, fields[dialect == .copilot ? "timeoutSec" : "timeout"]) {
        case (.gemini, .number(let value)?): value / 1_000
        case (_, .number(let value)?): value
        default: nil
        }
        let failClosed = switch dialect {
        case .claude: fields["onFailure"] == .string("block")
        case .cursor: fields["failClosed"] == .bool(true)
        case .opencode: event == "tool.execute.before"
        default: false
        }
        return Entry(event: event, matcher: matcher, commandLine: commandLine, timeoutSeconds: timeout, failClosed: failClosed)
    }

    static func commandLine(_ fields: [String: JSONValue], _ dialect: AgentDialect) -> CommandLine? {
        let key = dialect == .copilot ? "bash" : "command"
        guard let command = fields[key]?.stringValue else { return nil }
        if let arguments = fields["args"]?.arrayValue {
            return .exec([command] + arguments.compactMap(\.stringValue))
        }
        return .shell(command)
    }

    /// A handler that runs `backstop hook agent --dialect NAME`.
    static func isBackstop(_ handler: JSONValue, _ dialect: AgentDialect) -> Bool {
        guard let fields = handler.objectValue, let words = commandLine(fields, dialect)?.words else { return false }
        guard let start = words.firstIndex(of: "hook"), start > 0, words.dropFirst(start).starts(with: ["hook", "agent"]) else { return false }
        return words[start - 1].split(separator: "/").last == "backstop"
    }

    /// `text` quoted for a POSIX shell when it needs it.
    public static func shellQuoted(_ text: String) -> String {
        let plain = !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber || "/._-+:=@%,".contains($0) }
        return plain ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Splits a command line as a shell would, for the simple forms Backstop writes: words, single
    /// and double quotes, backslashes.
    public static func shellWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
            } else if let open = quote {
                if character == open { quote = nil } else if character == "\\" && open == "\"" { escaped = true } else { current.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == "\\" {
                escaped = true
                inWord = true
            } else if character == " " || character == "\t" || character == "\n" {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
