/// `backstop doctor`'s probe: a pre-tool shell call the check denies, as each agent sends it, and
/// whether a reply is that agent's deny. Pure.
extension AgentDialect {
    /// The command the probe asks about: it skips the pre-push check, so the policy denies it.
    public static let probeCommand = "git push --no-verify origin main"

    /// The event the probe is sent to.
    public var probeEvent: String {
        switch self {
        case .claude, .codex: "PreToolUse"
        case .gemini: "BeforeTool"
        case .copilot: "preToolUse"
        case .cursor: "beforeShellExecution"
        case .opencode: "tool.execute.before"
        }
    }

    /// The probe's payload, `root` as the folder the agent works in.
    public func probePayload(root: String) -> JSONValue {
        let command = JSONValue.string(Self.probeCommand)
        let session = JSONValue.string("backstop-doctor")
        switch self {
        case .claude, .codex:
            return .object(["session_id": session, "cwd": .string(root), "hook_event_name": .string("PreToolUse"), "tool_name": .string("Bash"),
                            "tool_input": .object(["command": command]), "tool_use_id": .string("backstop-doctor-probe")])
        case .gemini:
            return .object(["session_id": session, "cwd": .string(root), "hook_event_name": .string("BeforeTool"),
                            "tool_name": .string("run_shell_command"), "tool_input": .object(["command": command])])
        case .copilot:
            return .object(["sessionId": session, "cwd": .string(root), "timestamp": .number(0), "toolName": .string("bash"),
                            "toolArgs": .string(JSONValue.object(["command": command]).compactText())])
        case .cursor:
            return .object(["hook_event_name": .string("beforeShellExecution"), "conversation_id": session, "command": command,
                            "cwd": .string(root), "workspace_roots": .array([.string(root)])])
        case .opencode:
            return .object(["tool": .string("bash"), "sessionID": session, "callID": .string("backstop-doctor-probe"),
                            "args": .object(["command": command]), "cwd": .string(root)])
        }
    }

    /// Whether `reply` denies the call as this agent reads a deny.
    public func isDeny(_ reply: AgentReply) -> Bool {
        let output = JSONValue.parse(reply.stdout)?.objectValue
        switch self {
        case .claude:
            return reply.exitCode == 2 && !reply.stderr.isEmpty
                || reply.exitCode == 0 && output?["hookSpecificOutput"]?.objectValue?["permissionDecision"] == .string("deny")
        case .codex:
            return reply.exitCode == 2 && !reply.stderr.trimmingWhiteSpace.isEmpty
        case .gemini:
            return reply.exitCode == 2 && output?["decision"] == .string("deny")
        case .copilot:
            return reply.exitCode == 0 && output?["permissionDecision"] == .string("deny")
        case .cursor:
            return reply.exitCode == 2 && output?["permission"] == .string("deny")
        case .opencode:
            return reply.exitCode == 2 && !reply.stderr.trimmingWhiteSpace.isEmpty
        }
    }

    /// Whether `reply` is "no opinion": exit 0, nothing on stdout.
    public func isSilent(_ reply: AgentReply) -> Bool {
        reply.exitCode == 0 && reply.stdout.trimmingWhiteSpace.isEmpty
    }
}

extension String {
    var trimmingWhiteSpace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
