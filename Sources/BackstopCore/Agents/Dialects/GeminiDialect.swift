/// Gemini CLI: `BeforeTool`/`AfterTool` with its own tool names. A deny goes out on both
/// channels, `{"decision":"deny"}` on stdout and exit 2, since either alone has a path that
/// allows; stdout holds nothing else, or the JSON does not parse and the call runs.
enum GeminiDialect {
    static func decode(_ payload: PayloadReader, eventHint: String?) throws(AgentPayloadError) -> ToolCall {
        let name = try payload.event("hook_event_name", hint: eventHint)
        var event: ToolCall.Event = switch name {
        case "BeforeTool": .beforeTool
        case "AfterTool": .afterTool(failed: false)
        case "SessionStart": .sessionStart
        case "AfterAgent": .stop
        default: .other(name)
        }
        var tool: ToolCall.Tool?
        if event == .beforeTool || event == .afterTool(failed: false) {
            tool = try decodeTool(payload)
            if event == .afterTool(failed: false), let response = payload.fields["tool_response"]?.objectValue,
               let error = response["error"], error != .null {
                event = .afterTool(failed: true)
            }
        }
        return ToolCall(event: event, tool: tool, session: payload.string("session_id") ?? "", workingDirectory: payload.string("cwd") ?? "")
    }

    static func decodeTool(_ payload: PayloadReader) throws(AgentPayloadError) -> ToolCall.Tool {
        guard let name = payload.string("tool_name") else { throw AgentPayloadError("the payload has no tool_name") }
        let input = try payload.input("tool_input")
        switch name {
        case "run_shell_command":
            return .shell(command: try input.required("command", of: name), background: input.bool("is_background"))
        case "write_file":
            return .write(path: try input.required("file_path", of: name), content: try input.required("content", of: name))
        case "replace":
            return .edit(path: try input.required("file_path", of: name), newText: try input.required("new_string", of: name))
        case "read_file":
            return .read(path: try input.required("file_path", of: name, or: "absolute_path"))
        case "web_fetch":
            return .webFetch(url: try input.required("url", of: name, or: "prompt"))
        case _ where name.hasPrefix("mcp_"):
            return .mcp(name: name, arguments: input.text)
        default:
            return .other(name: name)
        }
    }

    static func render(_ answer: AgentAnswer, for event: ToolCall.Event) -> AgentReply {
        switch (event, answer.decision) {
        case (.beforeTool, .deny(_, let reason)):
            return .json(["decision": .string("deny"), "reason": .string(reason)], exitCode: 2, stderr: reason)
        case (.afterTool, _), (.sessionStart, _):
            guard let context = answer.context else { return .silent }
            let name = event == .sessionStart ? "SessionStart" : "AfterTool"
            return .json(["hookSpecificOutput": .object(["hookEventName": .string(name), "additionalContext": .string(context)])])
        default:
            return .silent
        }
    }
}
