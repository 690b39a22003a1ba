import BackstopCore
import Testing

/// Each agent's payloads, as the agents' documentation shows them, translated into one `ToolCall`;
/// and each answer rendered as the agent reads it.
@Suite("agent dialects")
struct AgentDialectTests {
    static func json(_ text: String) -> JSONValue {
        JSONValue.parse(text) ?? .null
    }

    /// Claude's verbatim PreToolUse example, and the other tools' input shapes.
    @Test(arguments: [
        (#"{"session_id":"abc123","prompt_id":"550e8400","transcript_path":"/home/user/.claude/projects/t.jsonl","cwd":"/home/user/my-project","permission_mode":"default","hook_event_name":"PreToolUse","tool_name":"Bash","tool_input":{"command":"npm test","description":"Run test suite","timeout":120000,"run_in_background":false},"tool_use_id":"toolu_01ABC123"}"#,
         ToolCall(event: .beforeTool, tool: .shell(command: "npm test", background: false), session: "abc123", toolCallID: "toolu_01ABC123", workingDirectory: "/home/user/my-project")),
        (#"{"session_id":"s","cwd":"/r","hook_event_name":"PostToolUseFailure","tool_name":"Bash","tool_input":{"command":"make","run_in_background":true},"tool_use_id":"t","error":"Exit code 2"}"#,
         ToolCall(event: .afterTool(failed: true), tool: .shell(command: "make", background: true), session: "s", toolCallID: "t", workingDirectory: "/r")),
        (#"{"session_id":"s","cwd":"/r","hook_event_name":"PreToolUse","tool_name":"Monitor","tool_input":{"command":"tail -f log","persistent":true}}"#,
         ToolCall(event: .beforeTool, tool: .shell(command: "tail -f log", background: true), session: "s", workingDirectory: "/r")),
        (#"{"session_id":"s","cwd":"/r","hook_event_name":"PreToolUse","tool_name":"Write","tool_input":{"file_path":"/r/a.txt","content":"hi"},"agent_id":"sub1"}"#,
         ToolCall(event: .beforeTool, tool: .write(path: "/r/a.txt", content: "hi"), session: "s", agentID: "sub1", workingDirectory: "/r")),
        (#"{"session_id":"s","cwd":"/r","hook_event_name":"PreToolUse","tool_name":"Edit","tool_input":{"file_path":"/r/a","old_string":"x","new_string":"y"}}"#,
         ToolCall(event: .beforeTool, tool: .edit(path: "/r/a", newText: "y"), session: "s", workingDirectory: "/r")),
        (#"{"session_id":"s","cwd":"/r","hook_event_name":"PreToolUse","tool_name":"MultiEdit","tool_input":{"file_path":"/r/a","edits":[{"old_string":"a","new_string":"b"},{"old_string":"c","new_string":"d"}]}}"#,
         ToolCall(event: .beforeTool, tool: .edit(path: "/r/a", newText: "b\nd"), session: "s", workingDirectory: "/r")),
        (#"{"session_id":"s","cwd":"/r","hook_event_name":"PreToolUse","tool_name":"NotebookEdit","tool_input":{"notebook_path":"/r/n.ipynb","new_source":"print(1)"}}"#,
         ToolCall(event: .beforeTool, tool: .edit(path: "/r/n.ipynb", newText: "print(1)"), session: "s", workingDirectory: "/r")),
        (#"{"session_id":"s","cwd":"/r","hook_event_name":"PreToolUse","tool_name":"Read","tool_input":{"file_path":"/r/.env"}}"#,
         ToolCall(event: .beforeTool, tool: .read(path: "/r/.env"), session: "s", workingDirectory: "/r")),
        (#"{"session_id":"s","cwd":"/r","hook_event_name":"PreToolUse","tool_name":"WebFetch","tool_input":{"url":"https://x.test","prompt":"p"}}"#,
         ToolCall(event: .beforeTool, tool: .webFetch(url: "https://x.test"), session: "s", workingDirectory: "/r")),
        (#"{"session_id":"s","cwd":"/r","hook_event_name":"PreToolUse","tool_name":"mcp__db__query","tool_input":{"sql":"select 1"}}"#,
         ToolCall(event: .beforeTool, tool: .mcp(name: "mcp__db__query", arguments: #"{"sql":"select 1"}"#), session: "s", workingDirectory: "/r")),
        (#"{"session_id":"s","cwd":"/r","hook_event_name":"Stop","stop_hook_active":true}"#,
         ToolCall(event: .stop, tool: nil, session: "s", workingDirectory: "/r", stopHookActive: true)),
        (#"{"session_id":"s","cwd":"/r","hook_event_name":"SessionStart","source":"startup"}"#,
         ToolCall(event: .sessionStart, tool: nil, session: "s", workingDirectory: "/r")),
        (#"{"conversation_id":"c1","cursor_version":"1.7","hook_event_name":"PreToolUse","tool_name":"Bash","tool_input":{"command":"rm -rf /"},"cwd":"/r"}"#,
         ToolCall(event: .other("cursor calling Claude's hooks"), tool: nil, session: "c1", workingDirectory: "/r")),
    ])
    func claudeReads(_ payload: String, _ expected: ToolCall) throws {
        #expect(try AgentDialect.claude.decode(Self.json(payload), eventHint: nil) == expected)
    }

    @Test(arguments: [
        (AgentDialect.codex, nil as String?, #"{"session_id":"s","turn_id":"1","cwd":"/r","hook_event_name":"PreToolUse","model":"m","tool_name":"apply_patch","tool_use_id":"u","tool_input":{"command":"*** Begin Patch\n*** End Patch"}}"#,
         ToolCall(event: .beforeTool, tool: .patch(text: "*** Begin Patch\n*** End Patch"), session: "s", toolCallID: "u", workingDirectory: "/r")),
        (.codex, nil, #"{"session_id":"s","cwd":"/r","hook_event_name":"PostToolUse","tool_name":"Bash","tool_input":{"command":"ls"},"tool_response":"x","agent_id":"a"}"#,
         ToolCall(event: .afterTool(failed: false), tool: .shell(command: "ls", background: false), session: "s", agentID: "a", workingDirectory: "/r")),
        (.gemini, nil, #"{"session_id":"g","transcript_path":"t","cwd":"/r","hook_event_name":"BeforeTool","timestamp":"2026-01-01T00:00:00Z","tool_name":"run_shell_command","tool_input":{"command":"ls","description":"d","dir_path":".","is_background":true}}"#,
         ToolCall(event: .beforeTool, tool: .shell(command: "ls", background: true), session: "g", workingDirectory: "/r")),
        (.gemini, nil, #"{"session_id":"g","cwd":"/r","hook_event_name":"AfterTool","tool_name":"write_file","tool_input":{"file_path":"a","content":"c"},"tool_response":{"llmContent":"x","returnDisplay":"y","error":"boom"}}"#,
         ToolCall(event: .afterTool(failed: true), tool: .write(path: "a", content: "c"), session: "g", workingDirectory: "/r")),
        (.gemini, nil, #"{"session_id":"g","cwd":"/r","hook_event_name":"BeforeTool","tool_name":"replace","tool_input":{"file_path":"a","old_string":"o","new_string":"n","instruction":"i"}}"#,
         ToolCall(event: .beforeTool, tool: .edit(path: "a", newText: "n"), session: "g", workingDirectory: "/r")),
        (.gemini, nil, #"{"session_id":"g","cwd":"/r","hook_event_name":"BeforeTool","tool_name":"mcp_db_query","tool_input":{}}"#,
         ToolCall(event: .beforeTool, tool: .mcp(name: "mcp_db_query", arguments: "{}"), session: "g", workingDirectory: "/r")),
        (.copilot, "preToolUse", #"{"sessionId":"p","timestamp":1704614600000,"cwd":"/r","toolName":"bash","toolArgs":"{\"command\":\"rm -rf dist\",\"description\":\"Clean\"}"}"#,
         ToolCall(event: .beforeTool, tool: .shell(command: "rm -rf dist", background: false), session: "p", workingDirectory: "/r")),
        (.copilot, "postToolUseFailure", #"{"sessionId":"p","cwd":"/r","toolName":"edit","toolArgs":{"path":"a.txt","old_str":"x","new_str":"y"}}"#,
         ToolCall(event: .afterTool(failed: true), tool: .edit(path: "a.txt", newText: "y"), session: "p", workingDirectory: "/r")),
        (.copilot, nil, #"{"hook_event_name":"PreToolUse","session_id":"p","timestamp":"2026-01-01T00:00:00Z","cwd":"/r","tool_name":"create","tool_input":{"path":"n.txt","file_text":"t"}}"#,
         ToolCall(event: .beforeTool, tool: .write(path: "n.txt", content: "t"), session: "p", workingDirectory: "/r")),
        (.cursor, nil, #"{"hook_event_name":"beforeShellExecution","conversation_id":"c","generation_id":"g","workspace_roots":["/r"],"command":"git push","cwd":"/r/sub"}"#,
         ToolCall(event: .beforeTool, tool: .shell(command: "git push", background: false), session: "c", workingDirectory: "/r/sub")),
        (.cursor, nil, #"{"hook_event_name":"preToolUse","conversation_id":"c","workspace_roots":["/r"],"tool_name":"Write","tool_input":{"file_path":"a","content":"c"}}"#,
         ToolCall(event: .beforeTool, tool: .write(path: "a", content: "c"), session: "c", workingDirectory: "/r")),
        (.cursor, nil, #"{"hook_event_name":"postToolUse","conversation_id":"c","workspace_roots":["/r"],"tool_name":"Shell","tool_input":{"command":"rm -rf src"}}"#,
         ToolCall(event: .afterTool(failed: false), tool: .shell(command: "rm -rf src", background: false), session: "c", workingDirectory: "/r")),
        (.cursor, nil, #"{"hook_event_name":"stop","conversation_id":"c","workspace_roots":["/r"],"status":"completed"}"#,
         ToolCall(event: .stop, tool: nil, session: "c", workingDirectory: "/r")),
        (.cursor, nil, #"{"hook_event_name":"sessionStart","conversation_id":"c","workspace_roots":["/r"]}"#,
         ToolCall(event: .sessionStart, tool: nil, session: "c", workingDirectory: "/r")),
    ])
    func othersRead(_ dialect: AgentDialect, _ event: String?, _ payload: String, _ expected: ToolCall) throws {
        #expect(try dialect.decode(Self.json(payload), eventHint: event) == expected)
    }

    @Test(arguments: [
        (AgentDialect.claude, #"{"hook_event_name":"PreToolUse","tool_name":"Bash","tool_input":{}}"#, nil as String?),
        (.claude, #"{"session_id":"s"}"#, nil),
        (.claude, #"[1,2]"#, nil),
        (.codex, #"{"hook_event_name":"PreToolUse","tool_name":"apply_patch","tool_input":{"patch":"x"}}"#, nil),
        (.gemini, #"{"hook_event_name":"BeforeTool","tool_input":{"command":"ls"}}"#, nil),
        (.copilot, #"{"sessionId":"p","toolName":"bash","toolArgs":"{\"command\":\"ls\"}"}"#, nil),
        (.copilot, #"{"sessionId":"p","toolName":"bash","toolArgs":"not json"}"#, "preToolUse"),
        (.cursor, #"{"hook_event_name":"beforeShellExecution","conversation_id":"c"}"#, nil),
    ])
    func malformedPayloadsAreErrors(_ dialect: AgentDialect, _ payload: String, _ event: String?) {
        #expect(throws: AgentPayloadError.self) { try dialect.decode(Self.json(payload), eventHint: event) }
    }

    static let deny = AgentAnswer(.deny(rule: "guard-off", reason: "no --no-verify"))

    @Test(arguments: [
        (AgentDialect.claude, AgentReply(stdout: #"{"hookSpecificOutput":{"hookEventName":"PreToolUse","permissionDecision":"deny","permissionDecisionReason":"no --no-verify"}}"# + "\n")),
        (.codex, AgentReply(exitCode: 2, stderr: "no --no-verify")),
        (.gemini, AgentReply(exitCode: 2, stdout: #"{"decision":"deny","reason":"no --no-verify"}"# + "\n", stderr: "no --no-verify")),
        (.copilot, AgentReply(stdout: #"{"permissionDecision":"deny","permissionDecisionReason":"no --no-verify"}"# + "\n")),
        (.cursor, AgentReply(exitCode: 2, stdout: #"{"agent_message":"no --no-verify","permission":"deny","user_message":"no --no-verify"}"# + "\n")),
    ])
    func eachAgentGetsItsOwnDeny(_ dialect: AgentDialect, _ expected: AgentReply) {
        let reply = dialect.render(Self.deny, for: .beforeTool)
        #expect(reply == expected)
        #expect(dialect.isDeny(reply))
    }

    @Test func noOpinionIsSilentEverywhere() {
        for dialect in AgentDialect.allCases {
            for event in [ToolCall.Event.beforeTool, .afterTool(failed: false), .afterTool(failed: true), .sessionStart, .stop, .other("x")] {
                let reply = dialect.render(.noOpinion, for: event)
                #expect(reply == .silent, "\(dialect) \(event)")
                #expect(dialect.isSilent(reply) && !dialect.isDeny(reply))
            }
        }
    }

    @Test(arguments: [
        (AgentDialect.claude, ToolCall.Event.afterTool(failed: false), #"{"hookSpecificOutput":{"additionalContext":"rolled back","hookEventName":"PostToolUse"}}"#),
        (.claude, .afterTool(failed: true), #"{"hookSpecificOutput":{"additionalContext":"rolled back","hookEventName":"PostToolUseFailure"}}"#),
        (.claude, .sessionStart, #"{"hookSpecificOutput":{"additionalContext":"rolled back","hookEventName":"SessionStart"}}"#),
        (.codex, .afterTool(failed: false), #"{"hookSpecificOutput":{"additionalContext":"rolled back","hookEventName":"PostToolUse"}}"#),
        (.gemini, .afterTool(failed: false), #"{"hookSpecificOutput":{"additionalContext":"rolled back","hookEventName":"AfterTool"}}"#),
        (.cursor, .afterTool(failed: false), #"{"additional_context":"rolled back"}"#),
        (.copilot, .afterTool(failed: true), #"{"additionalContext":"rolled back"}"#),
        (.copilot, .afterTool(failed: false), ""),
        (.codex, .beforeTool, ""),
    ])
    func contextAfterATool(_ dialect: AgentDialect, _ event: ToolCall.Event, _ expected: String) {
        let reply = dialect.render(AgentAnswer(context: "rolled back"), for: event)
        #expect(reply.exitCode == 0)
        #expect(reply.stdout == (expected.isEmpty ? "" : expected + "\n"))
        #expect(dialect.carriesContext(at: event) == !expected.isEmpty)
    }

    @Test func aStopContinuesTheTurnWhereTheAgentCan() {
        let answer = AgentAnswer(.continueTurn(reason: "rolled back"))
        #expect(AgentDialect.claude.render(answer, for: .stop).stdout == #"{"decision":"block","reason":"rolled back"}"# + "\n")
        #expect(AgentDialect.cursor.render(answer, for: .stop).stdout == #"{"followup_message":"rolled back"}"# + "\n")
        #expect(AgentDialect.gemini.render(answer, for: .stop) == .silent)
    }

    @Test func aCheckThatFailsDeniesWhatChangesThingsOnly() {
        let shell = ToolCall(event: .beforeTool, tool: .shell(command: "ls", background: false), session: "s", workingDirectory: "/r")
        let read = ToolCall(event: .beforeTool, tool: .read(path: "a"), session: "s", workingDirectory: "/r")
        let after = ToolCall(event: .afterTool(failed: false), tool: .shell(command: "ls", background: false), session: "s", workingDirectory: "/r")
        if case .deny = AgentDialect.failClosedAnswer(for: shell, reason: "x").answer.decision {} else { Issue.record("shell not denied") }
        if case .deny = AgentDialect.failClosedAnswer(for: nil, reason: "x").answer.decision {} else { Issue.record("unreadable payload not denied") }
        #expect(AgentDialect.failClosedAnswer(for: read, reason: "x").answer == .noOpinion)
        #expect(AgentDialect.failClosedAnswer(for: after, reason: "x").answer == .noOpinion)
    }
}
