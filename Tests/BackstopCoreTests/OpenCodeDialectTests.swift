import BackstopCore
import Testing

/// OpenCode, through Backstop's plugin: `{tool, sessionID, callID, args, cwd}` with `--event`.
@Suite("OpenCode dialect")
struct OpenCodeDialectTests {
    @Test(arguments: [
        (#"{"tool":"bash","sessionID":"s1","callID":"c1","args":{"command":"rm -rf src"},"cwd":"/r"}"#, "before",
         ToolCall(event: .beforeTool, tool: .shell(command: "rm -rf src", background: false), session: "s1", toolCallID: "c1", workingDirectory: "/r")),
        (#"{"tool":"write","sessionID":"s1","callID":"c2","args":{"filePath":"/r/a.py","content":"x"},"cwd":"/r"}"#, "before",
         ToolCall(event: .beforeTool, tool: .write(path: "/r/a.py", content: "x"), session: "s1", toolCallID: "c2", workingDirectory: "/r")),
        (#"{"tool":"edit","sessionID":"s1","callID":"c3","args":{"filePath":"/r/a.py","oldString":"x","newString":"y"},"cwd":"/r","output":"ok"}"#, "after",
         ToolCall(event: .afterTool(failed: false), tool: .edit(path: "/r/a.py", newText: "y"), session: "s1", toolCallID: "c3", workingDirectory: "/r")),
        (#"{"tool":"webfetch","sessionID":"s1","callID":"c4","args":{"url":"https://x.test"},"cwd":"/r"}"#, "before",
         ToolCall(event: .beforeTool, tool: .webFetch(url: "https://x.test"), session: "s1", toolCallID: "c4", workingDirectory: "/r")),
    ] as [(String, String, ToolCall)])
    func decodesThePluginsPayload(_ text: String, _ event: String, _ expected: ToolCall) throws {
        #expect(try AgentDialect.opencode.decode(JSONValue.parse(text) ?? .null, eventHint: event) == expected)
    }

    @Test func aDenyIsExitTwoWithTheReasonAndContextIsPlainText() {
        let deny = AgentDialect.opencode.render(AgentAnswer(.deny(rule: "guard-off", reason: "no")), for: .beforeTool)
        #expect(deny == AgentReply(exitCode: 2, stderr: "no"))
        #expect(AgentDialect.opencode.isDeny(deny))
        #expect(AgentDialect.opencode.render(AgentAnswer(context: "rolled back"), for: .afterTool(failed: false)) == AgentReply(stdout: "rolled back\n"))
        #expect(AgentDialect.opencode.render(.noOpinion, for: .beforeTool) == .silent)
        #expect(throws: AgentPayloadError.self) { try AgentDialect.opencode.decode(JSONValue.parse(#"{"tool":"bash","args":{"command":"ls"}}"#) ?? .null, eventHint: nil) }
    }

    @Test func theConfigurationRunsTheHookWithItsEvent() throws {
        let document = try AgentHookConfiguration.install(.opencode, into: nil, binary: "/opt/bin/backstop")
        let entries = AgentHookConfiguration.entries(.opencode, in: document)
        #expect(entries.map(\.event).sorted() == ["tool.execute.after", "tool.execute.before"])
        let before = try #require(entries.first { $0.event == "tool.execute.before" })
        #expect(before.commandLine.words == ["/opt/bin/backstop", "hook", "agent", "--dialect", "opencode", "--event", "before"])
        #expect(before.failClosed)
        #expect(OpenCodePlugin.isBackstop(Array(OpenCodePlugin.text.utf8)))
    }
}
