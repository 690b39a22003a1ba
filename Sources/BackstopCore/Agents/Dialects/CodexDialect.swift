/// Codex CLI: Claude's payload, with `apply_patch` carrying the patch as `command`. Codex fails
/// open on anything but an exact deny, so a deny is exit 2 with the reason on stderr and nothing
/// on stdout (a login shell's profile may print there); never `ask`, never a bare `allow`.
enum CodexDialect {
    static func decode(_ payload: PayloadReader, eventHint: String?) throws(AgentPayloadError) -> ToolCall {
        let name = try payload.event("hook_event_name", hint: eventHint)
        let event: ToolCall.Event = switch name {
        case "PreToolUse": .beforeTool
        case "PostToolUse": .afterTool(failed: false)
        case "SessionStart": .sessionStart
        case "Stop": .stop
        default: .other(name)
        }
        var tool: ToolCall.Tool?
        if event == .beforeTool || event == .afterTool(failed: false) {
            guard let toolName = payload.string("tool_name") else { throw AgentPayloadError("the payload has no tool_name") }
            let input = try payload.input("tool_input")
            tool = switch toolName {
            case "Bash": .shell(command: try input.required("command", of: toolName), background: false)
            case "apply_patch", "Edit", "Write": .patch(text: try input.required("command", of: toolName))
            case _ where toolName.hasPrefix("mcp__"): .mcp(name: toolName, arguments: input.text)
            default: .other(name: toolName)
            }
        }
        return ToolCall(event: event, tool: tool, session: payload.string("session_id") ?? "", toolCallID: payload.string("tool_use_id"),
                        agentID: payload.string("agent_id"), workingDirectory: payload.string("cwd") ?? "",
                        stopHookActive: payload.bool("stop_hook_active"))
    }

    static func render(_ answer: AgentAnswer, for event: ToolCall.Event) -> AgentReply {
        switch (event, answer.decision) {
        case (.beforeTool, .deny(_, let reason)):
            return AgentReply(exitCode: 2, stderr: reason.isEmpty ? "backstop denied this call" : reason)
        case (.stop, .continueTurn(let reason)):
            return .json(["decision": .string("block"), "reason": .string(reason)])
        case (.afterTool, _), (.sessionStart, _):
            guard let context = answer.context else { return .silent }
            let name = event == .sessionStart ? "SessionStart" : "PostToolUse"
            return .json(["hookSpecificOutput": .object(["hookEventName": .string(name), "additionalContext": .string(context)])])
        default:
            return .silent
        }
    }
}
