/// GitHub Copilot CLI: camelCase events send `toolName`/`toolArgs` (args as a JSON string or an
/// object) and no event name, so the event comes from `--event`; PascalCase events send Claude's
/// fields. Exit codes never deny: a deny is exit 0 with `permissionDecision: "deny"`. Context
/// reaches the model only after a failed tool (`postToolUseFailure`).
enum CopilotDialect {
    static func decode(_ payload: PayloadReader, eventHint: String?) throws(AgentPayloadError) -> ToolCall {
        let pascal = payload.has("hook_event_name")
        let name = try payload.event("hook_event_name", hint: eventHint)
        let event: ToolCall.Event = switch name {
        case "preToolUse", "PreToolUse": .beforeTool
        case "postToolUse", "PostToolUse": .afterTool(failed: false)
        case "postToolUseFailure", "PostToolUseFailure": .afterTool(failed: true)
        case "sessionStart", "SessionStart": .sessionStart
        case "agentStop", "Stop": .stop
        default: .other(name)
        }
        var tool: ToolCall.Tool?
        switch event {
        case .beforeTool, .afterTool:
            let toolKey = pascal ? "tool_name" : "toolName"
            guard let toolName = payload.string(toolKey) else { throw AgentPayloadError("the payload has no \(toolKey)") }
            tool = try decodeTool(toolName, input: try payload.input(pascal ? "tool_input" : "toolArgs"))
        default:
            break
        }
        return ToolCall(event: event, tool: tool, session: payload.string(pascal ? "session_id" : "sessionId") ?? "",
                        workingDirectory: payload.string("cwd") ?? "")
    }

    static func decodeTool(_ name: String, input: PayloadReader) throws(AgentPayloadError) -> ToolCall.Tool {
        switch name {
        case "bash", "powershell":
            return .shell(command: try input.required("command", of: name), background: input.bool("async") || input.string("mode") == "async")
        case "create":
            return .write(path: try input.required("path", of: name, or: "file_path"), content: input.string("file_text") ?? input.string("content") ?? "")
        case "edit":
            return .edit(path: try input.required("path", of: name, or: "file_path"), newText: input.string("new_str") ?? input.string("new_string") ?? "")
        case "view":
            return .read(path: try input.required("path", of: name, or: "file_path"))
        case "web_fetch":
            return .webFetch(url: try input.required("url", of: name))
        default:
            return .other(name: name)
        }
    }

    static func render(_ answer: AgentAnswer, for event: ToolCall.Event) -> AgentReply {
        switch (event, answer.decision) {
        case (.beforeTool, .deny(_, let reason)):
            return .json(["permissionDecision": .string("deny"), "permissionDecisionReason": .string(reason)])
        case (.afterTool(failed: true), _):
            guard let context = answer.context else { return .silent }
            return .json(["additionalContext": .string(context)])
        default:
            return .silent
        }
    }
}
