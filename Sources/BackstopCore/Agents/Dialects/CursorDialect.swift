/// Cursor: shell calls come as `beforeShellExecution` (`command`, `cwd`), other tools as
/// `preToolUse`/`postToolUse` with a tool type (`Shell`, `Write`, `MCP:<name>`); the session is
/// `conversation_id`. A deny is `permission: "deny"` on stdout and exit 2.
enum CursorDialect {
    static func decode(_ payload: PayloadReader, eventHint: String?) throws(AgentPayloadError) -> ToolCall {
        let name = try payload.event("hook_event_name", hint: eventHint)
        let directory = payload.string("cwd") ?? payload.fields["workspace_roots"]?.arrayValue?.first?.stringValue ?? ""
        var event: ToolCall.Event
        var tool: ToolCall.Tool?
        switch name {
        case "beforeShellExecution":
            event = .beforeTool
            tool = .shell(command: try payload.required("command", of: name), background: false)
        case "beforeMCPExecution":
            event = .beforeTool
            tool = .mcp(name: payload.string("tool_name") ?? "MCP", arguments: try payload.input("tool_input").text)
        case "preToolUse", "postToolUse", "postToolUseFailure":
            event = name == "preToolUse" ? .beforeTool : .afterTool(failed: name == "postToolUseFailure")
            tool = try decodeTool(payload)
        case "sessionStart": event = .sessionStart
        case "stop": event = .stop
        default: event = .other(name)
        }
        return ToolCall(event: event, tool: tool, session: payload.string("conversation_id") ?? "", toolCallID: payload.string("tool_use_id"),
                        workingDirectory: directory)
    }

    static func decodeTool(_ payload: PayloadReader) throws(AgentPayloadError) -> ToolCall.Tool {
        guard let name = payload.string("tool_name") else { throw AgentPayloadError("the payload has no tool_name") }
        let input = try payload.input("tool_input")
        switch name {
        case "Shell":
            return .shell(command: try input.required("command", of: name), background: input.bool("is_background"))
        case "Write":
            return .write(path: try input.required("file_path", of: name, or: "path"), content: input.string("content") ?? input.string("contents") ?? "")
        case "Read":
            return .read(path: try input.required("file_path", of: name, or: "path"))
        case _ where name.hasPrefix("MCP"):
            return .mcp(name: name, arguments: input.text)
        default:
            return .other(name: name)
        }
    }

    static func render(_ answer: AgentAnswer, for event: ToolCall.Event) -> AgentReply {
        switch (event, answer.decision) {
        case (.beforeTool, .deny(_, let reason)):
            return .json(["permission": .string("deny"), "user_message": .string(reason), "agent_message": .string(reason)], exitCode: 2)
        case (.stop, .continueTurn(let reason)):
            return .json(["followup_message": .string(reason)])
        case (.afterTool, _), (.sessionStart, _):
            guard let context = answer.context else { return .silent }
            return .json(["additional_context": .string(context)])
        default:
            return .silent
        }
    }
}
