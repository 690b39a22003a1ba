import Foundation

/// The agents whose hooks call `backstop hook agent --dialect NAME`: each sends its own JSON and
/// understands its own answer. A dialect translates the payload into a `ToolCall` and renders an
/// `AgentAnswer` as that agent's only reliable form. Pure: JSON in, a value out.
public enum AgentDialect: String, Sendable, CaseIterable {
    case claude, codex, gemini, copilot, cursor, opencode

    /// Translates one hook payload. `eventHint` is `--event` (Copilot's camelCase payload carries
    /// no event name).
    public func decode(_ payload: JSONValue, eventHint: String?) throws(AgentPayloadError) -> ToolCall {
        guard case .object(let fields) = payload else { throw AgentPayloadError("the payload is not a JSON object") }
        let reader = PayloadReader(fields: fields)
        switch self {
        case .claude: return try ClaudeDialect.decode(reader, eventHint: eventHint)
        case .codex: return try CodexDialect.decode(reader, eventHint: eventHint)
        case .gemini: return try GeminiDialect.decode(reader, eventHint: eventHint)
        case .copilot: return try CopilotDialect.decode(reader, eventHint: eventHint)
        case .cursor: return try CursorDialect.decode(reader, eventHint: eventHint)
        case .opencode: return try OpenCodeDialect.decode(reader, eventHint: eventHint)
        }
    }

    /// The answer as the agent must read it. "No opinion" is always exit 0 and nothing printed.
    public func render(_ answer: AgentAnswer, for event: ToolCall.Event) -> AgentReply {
        switch self {
        case .claude: ClaudeDialect.render(answer, for: event)
        case .codex: CodexDialect.render(answer, for: event)
        case .gemini: GeminiDialect.render(answer, for: event)
        case .copilot: CopilotDialect.render(answer, for: event)
        case .cursor: CursorDialect.render(answer, for: event)
        case .opencode: OpenCodeDialect.render(answer, for: event)
        }
    }

    /// Whether context (`AgentAnswer.context`) reaches the model at `event`: where it does not, a
    /// report waits for an answer that carries it.
    public func carriesContext(at event: ToolCall.Event) -> Bool {
        switch (self, event) {
        case (_, .other): false
        case (.claude, _): true
        case (.codex, .beforeTool), (.gemini, .beforeTool), (.gemini, .stop), (.cursor, .beforeTool): false
        case (.copilot, .afterTool(failed: true)): true
        case (.copilot, _): false
        case (.opencode, .afterTool): true
        case (.opencode, _): false
        default: true
        }
    }

    /// Whether a deny at `beforeTool` reaches the agent even when the hook crashes or times out:
    /// where it does not, `doctor` says so (the watcher and the git hooks remain).
    public var failsClosed: Bool {
        switch self {
        case .claude, .cursor, .opencode: true
        case .codex, .copilot, .gemini: false
        }
    }

    /// The answer to a payload that cannot be read, or a check that failed inside: a shell, write,
    /// edit or patch tool (or one that cannot be told) is denied with `reason`, since letting it
    /// run unchecked is what the hook is there to prevent; any other event passes with no opinion.
    public static func failClosedAnswer(for call: ToolCall?, reason: String) -> (event: ToolCall.Event, answer: AgentAnswer) {
        let text = "backstop could not check this call: \(reason). Nothing was run. A person at a terminal can run "
            + "`backstop doctor` to find the cause; do not try to get around the check."
        guard let call else { return (.beforeTool, AgentAnswer(.deny(rule: "check-failed", reason: text))) }
        guard call.event == .beforeTool else { return (call.event, .noOpinion) }
        switch call.tool {
        case .shell?, .write?, .edit?, .patch?, nil: return (.beforeTool, AgentAnswer(.deny(rule: "check-failed", reason: text)))
        default: return (.beforeTool, .noOpinion)
        }
    }
}

/// What the hook process does with an answer: its exit status and what it writes.
public struct AgentReply: Sendable, Equatable {
    public let exitCode: Int32
    public let stdout: String
    public let stderr: String

    public init(exitCode: Int32 = 0, stdout: String = "", stderr: String = "") {
        self.exitCode = exitCode
        self.stdout = stdout
        self.stderr = stderr
    }

    /// No opinion: exit 0, nothing printed.
    public static let silent = AgentReply()

    /// Exit 0 and one JSON object on stdout.
    static func json(_ fields: [String: JSONValue], exitCode: Int32 = 0, stderr: String = "") -> AgentReply {
        AgentReply(exitCode: exitCode, stdout: JSONValue.object(fields).compactText() + "\n", stderr: stderr)
    }
}

/// A hook payload Backstop cannot read: not JSON, no event, a tool without its input.
public struct AgentPayloadError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

extension JSONValue {
    /// One line of key-sorted JSON, as hooks print it.
    public func compactText() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Reads JSON text; nil when it is not a document.
    public static func parse(_ text: String) -> JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    public var stringValue: String? {
        if case .string(let value) = self { value } else { nil }
    }

    public var objectValue: [String: JSONValue]? {
        if case .object(let value) = self { value } else { nil }
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let value) = self { value } else { nil }
    }
}

/// Field access with the errors a malformed payload deserves.
struct PayloadReader {
    let fields: [String: JSONValue]

    func string(_ key: String) -> String? { fields[key]?.stringValue }

    func bool(_ key: String) -> Bool {
        if case .bool(let value)? = fields[key] { value } else { false }
    }

    func has(_ key: String) -> Bool { fields[key] != nil }

    /// The event name: the payload's own, else `--event`.
    func event(_ key: String, hint: String?) throws(AgentPayloadError) -> String {
        guard let name = string(key) ?? hint else { throw AgentPayloadError("the payload has no \(key) and no --event was given") }
        return name
    }

    /// The tool's input object; a JSON string holding an object is read too (Copilot's `toolArgs`).
    func input(_ key: String) throws(AgentPayloadError) -> PayloadReader {
        switch fields[key] {
        case .object(let value)?: return PayloadReader(fields: value)
        case .string(let text)?:
            guard let value = JSONValue.parse(text)?.objectValue else { throw AgentPayloadError("\(key) is a string that holds no JSON object") }
            return PayloadReader(fields: value)
        case nil, .null?: return PayloadReader(fields: [:])
        default: throw AgentPayloadError("\(key) is not an object")
        }
    }

    /// A field the tool cannot be read without.
    func required(_ key: String, of tool: String, or others: String...) throws(AgentPayloadError) -> String {
        for name in [key] + others {
            if let value = string(name) { return value }
        }
        throw AgentPayloadError("the \(tool) call has no \(([key] + others).joined(separator: " or ")) in its input")
    }

    /// The whole object as JSON text (MCP arguments).
    var text: String { JSONValue.object(fields).compactText() }
}
