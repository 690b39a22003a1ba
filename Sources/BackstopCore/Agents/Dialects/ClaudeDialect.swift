/// Claude Code: `hook_event_name`, `tool_name`, `tool_input`; a deny is exit 0 with
/// `hookSpecificOutput.permissionDecision: "deny"`, context goes in `additionalContext`.
enum ClaudeDialect {
    static func decode(_ payload: PayloadReader, eventHint: String?) throws(AgentPayloadError) -> ToolCall {
        let directory = payload.string("cwd") ?? ""
        // Cursor runs Claude's hooks too when third-party hooks are on: its own hooks answer it.
        if payload.has("cursor_version") || payload.has("conversation_id") {
            return ToolCall(event: .other("cursor calling Claude's hooks"), tool: nil, session: payload.string("conversation_id") ?? "",
                            workingDirectory: directory)
        }
        let name = try payload.event("hook_event_name", hint: eventHint)
        let event: ToolCall.Event = switch name {
        case "PreToolUse": .beforeTool
        case "PostToolUse": .afterTool(failed: false)
        case "PostToolUseFailure": .afterTool(failed: true)
        case "SessionStart": .sessionStart
        case "Stop": .stop
        default: .other(name)
        }
        var tool: ToolCall.Tool?
        if case .other = event {} else if event != .sessionStart && event != .stop {
            tool = try decodeTool(payload)
        }
        return ToolCall(event: event, tool: tool, session: payload.string("session_id") ?? "", toolCallID: payload.string("tool_use_id"),
                        agentID: payload.string("agent_id"), workingDirectory: directory, stopHookActive: payload.bool("stop_hook_active"))
    }

    static func decodeTool(_ payload: PayloadReader) throws(AgentPayloadError) -> ToolCall.Tool {
        guard let name = payload.string("tool_name") else { throw AgentPayloadError("the payload has no tool_name") }
        let input = try payload.input("tool_input")
        switch name {
        case "Bash", "PowerShell":
            return .shell(command: try input.required("command", of: name), background: input.bool("run_in_background"))
        case "Monitor":
            // A Monitor watching a web socket runs no command.
            guard let command = input.string("command") else { return .other(name: name) }
            return .shell(command: command, background: true)
        case "Write":
            return .write(path: try input.required("file_path", of: name), content: try input.required("content", of: name))
        case "Edit":
            return .edit(path: try input.required("file_path", of: name), newText: try input.required("new_string", of: name))
        case "MultiEdit":
            let edits = input.fields["edits"]?.arrayValue ?? []
            let texts = edits.compactMap { $0.objectValue?["new_string"]?.stringValue }
            return .edit(path: try input.required("file_path", of: name), newText: texts.joined(separator: "\n"))
        case "NotebookEdit":
            return .edit(path: try input.required("notebook_path", of: name, or: "file_path"), newText: input.string("new_source") ?? "")
        case "Read":
            return .read(path: try input.required("file_path", of: name))
        case "WebFetch":
            return .webFetch(url: try input.required("url", of: name))
        case _ where name.hasPrefix("mcp__"):
            return .mcp(name: name, arguments: input.text)
        default:
            return .other(name: name)
        }
    }

    static func render(_ answer: AgentAnswer, for event: ToolCall.Event) -> AgentReply {
        switch (event, answer.decision) {
        case (.beforeTool, .deny(_, let reason)):
            var output: [String: JSONValue] = ["hookEventName": .string("PreToolUse"), "permissionDecision": .string("deny"),
                                               "permissionDecisionReason": .string(reason)]
            if let context = answer.context { output["additionalContext"] = .string(context) }
            return .json(["hookSpecificOutput": .object(output)])
        case (.stop, .continueTurn(let reason)):
            return .json(["decision": .string("block"), "reason": .string(reason)])
        case (.other, _):
            return .silent
        default:
            guard let context = answer.context, let name = eventName(event) else { return .silent }
            return .json(["hookSpecificOutput": .object(["hookEventName": .string(name), "additionalContext": .string(context)])])
        }
    }

    static func eventName(_ event: ToolCall.Event) -> String? {
        switch event {
        case .beforeTool: "PreToolUse"
        case .afterTool(let failed): failed ? "PostToolUseFailure" : "PostToolUse"
        case .sessionStart: "SessionStart"
        case .stop, .other: nil
        }
    }
}
