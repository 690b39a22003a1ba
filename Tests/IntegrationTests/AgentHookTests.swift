import BackstopCore
import BackstopGit
import BackstopGuard
import BackstopTestSupport
import Foundation
import Testing

/// The agent hooks with the built binary: payloads as the agents send them, a command really run
/// between the pre-tool and post-tool calls, the watcher judging it, and what the agent is told.
@Suite struct AgentHookTests {
    static func claude(_ event: String, _ root: String, command: String = "rm -rf src", id: String = "toolu_1") -> String {
        JSONValue.object(["session_id": .string("session-1"), "cwd": .string(root), "hook_event_name": .string(event), "tool_name": .string("Bash"),
                          "tool_input": .object(["command": .string(command)]), "tool_use_id": .string(id)]).compactText()
    }

    @Test func aRolledBackCommandIsReportedToClaudeAfterTheTool() throws {
        let watched = try WatchedRepository(files: WatchedRepository.sourceFiles(60))
        let root = watched.root
        let before = try watched.repository.backstop("hook", "agent", "--dialect", "claude", input: Self.claude("PreToolUse", root))
        #expect(before.status == 0, "\(before.all)")
        try TestProcess.run("/bin/sh", ["-c", "cd '\(root)' && rm -rf src"], environment: watched.repository.environment).expectSuccess()
        let after = try watched.repository.backstop("hook", "agent", "--dialect", "claude", input: Self.claude("PostToolUse", root))
        #expect(after.status == 0, "\(after.all)")
        let context = JSONValue.parse(after.output)?.objectValue?["hookSpecificOutput"]?.objectValue?["additionalContext"]?.stringValue ?? ""
        #expect(context.contains("rolled back the effect of this tool call"), "\(after.all)")
        #expect(context.contains("mass-deletion"), "\(context)")
        #expect(context.contains("backstop undo"))
        #expect(watched.repository.read("src/m1/f1.txt") == "content of file 1\n")
        let agentEntries = watched.allEntries().filter { $0.event == .agent }
        #expect(agentEntries.contains { $0.agent == "claude" && $0.session == "session-1" && $0.toolCallID == "toolu_1" })
        // Reported once: the next call hears nothing more of it.
        let next = try watched.repository.backstop("hook", "agent", "--dialect", "claude", input: Self.claude("PostToolUse", root, command: "ls", id: "toolu_2"))
        #expect(next.output.isEmpty, "\(next.all)")
    }

    @Test func cursorHearsOfTheRollbackInItsOwnWords() throws {
        let watched = try WatchedRepository(files: WatchedRepository.sourceFiles(60))
        let root = watched.root
        let pre = JSONValue.object(["hook_event_name": .string("beforeShellExecution"), "conversation_id": .string("c1"),
                                    "command": .string("rm -rf src"), "cwd": .string(root), "workspace_roots": .array([.string(root)])]).compactText()
        #expect(try watched.repository.backstop("hook", "agent", "--dialect", "cursor", input: pre).status == 0)
        try TestProcess.run("/bin/sh", ["-c", "cd '\(root)' && rm -rf src"], environment: watched.repository.environment).expectSuccess()
        let post = JSONValue.object(["hook_event_name": .string("postToolUse"), "conversation_id": .string("c1"), "tool_name": .string("Shell"),
                                     "tool_input": .object(["command": .string("rm -rf src")]), "workspace_roots": .array([.string(root)])]).compactText()
        let after = try watched.repository.backstop("hook", "agent", "--dialect", "cursor", input: post)
        let context = JSONValue.parse(after.output)?.objectValue?["additional_context"]?.stringValue ?? ""
        #expect(context.contains("mass-deletion"), "\(after.all)")
    }

    @Test func aMalformedPayloadIsADenyInTheAgentsForm() throws {
        let repository = try TemporaryRepository()
        let claude = try repository.backstop("hook", "agent", "--dialect", "claude", input: "{not json")
        #expect(claude.status == 0)
        #expect(AgentDialect.claude.isDeny(AgentReply(exitCode: claude.status, stdout: claude.output, stderr: claude.errorText)), "\(claude.all)")
        let codex = try repository.backstop("hook", "agent", "--dialect", "codex", input: "")
        #expect(codex.status == 2 && codex.errorText.contains("could not check"), "\(codex.all)")
    }

    @Test func installMergesUninstallTakesOnlyBackstopsOut() throws {
        let repository = try TemporaryRepository()
        try repository.write("a.txt", "a\n")
        try repository.commitAll("start")
        let own = #"{"model":"opus","hooks":{"PreToolUse":[{"matcher":"Bash","hooks":[{"type":"command","command":"other-guard"}]}]}}"#
        try repository.write(".claude/settings.json", own)
        try repository.backstop("install", "--agent", "claude").expectSuccess()
        try repository.backstop("install", "--agent", "claude").expectSuccess()
        let installed = try #require(JSONValue.parse(repository.read(".claude/settings.json") ?? ""))
        #expect(installed.objectValue?["model"] == .string("opus"))
        #expect(AgentHookConfiguration.entries(.claude, in: installed).filter { $0.event == "PreToolUse" }.count == 1)
        #expect(AgentHookConfiguration.entries(.claude, in: installed).first?.commandLine.words.first == BuiltBinary.path
                || FileManager.default.fileExists(atPath: AgentHookConfiguration.entries(.claude, in: installed).first?.commandLine.words.first ?? ""))
        #expect((installed.objectValue?["hooks"]?.objectValue?["PreToolUse"]?.arrayValue ?? []).count == 2)

        let refused = try repository.backstop("uninstall", "--agent", "claude")
        #expect(refused.status != 0, "uninstall is a person's")
        let run = try repository.backstopAtTerminal("uninstall", "--agent", "claude")
        #expect(run.result.status == 0, "\(run.result.all)\n\(run.terminal)")
        let left = try #require(JSONValue.parse(repository.read(".claude/settings.json") ?? ""))
        #expect(AgentHookConfiguration.entries(.claude, in: left).isEmpty)
        #expect(left == JSONValue.parse(own))
    }

    @Test func doctorRunsTheHookAsWrittenAndFailsABrokenOne() throws {
        let repository = try TemporaryRepository()
        try repository.write("a.txt", "a\n")
        try repository.commitAll("start")
        try repository.backstop("install", "--agent", "claude").expectSuccess()
        let doctor = try repository.backstop("doctor")
        let line = doctor.output.split(separator: "\n").first { $0.hasPrefix("claude:") }.map(String.init) ?? ""
        // It ran and answered in Claude's form: a deny (OK), or no opinion while the policy has none.
        #expect(line.contains("OK") || line.contains("did not deny"), "\(doctor.all)")
        #expect((doctor.status == 0) == line.contains("OK"))

        let text = (repository.read(".claude/settings.json") ?? "").replacingOccurrences(of: BuiltBinary.path, with: "/nowhere/backstop")
        try repository.write(".claude/settings.json", text)
        let broken = try repository.backstop("doctor")
        #expect(broken.status == 1, "\(broken.all)")
        #expect(broken.output.contains("claude: FAILED") && broken.output.contains("/nowhere/backstop"), "\(broken.all)")
    }

    @Test func sessionStartStartsAWatcher() throws {
        let repository = try TemporaryRepository()
        try repository.relaxPersonOnly(["watch --stop"])
        try repository.write("a.txt", "a\n")
        try repository.commitAll("start")
        try repository.backstop("install").expectSuccess()
        let start = JSONValue.object(["session_id": .string("s"), "cwd": .string(repository.root), "hook_event_name": .string("SessionStart"),
                                      "source": .string("startup")]).compactText()
        let answer = try repository.backstop("hook", "agent", "--dialect", "claude", input: start)
        defer { _ = try? repository.backstop("watch", "--stop") }
        let context = JSONValue.parse(answer.output)?.objectValue?["hookSpecificOutput"]?.objectValue?["additionalContext"]?.stringValue ?? ""
        #expect(context.contains("started a watcher"), "\(answer.all)")
        let location = try #require(try? RepositoryLocation.locate(from: repository.root))
        #expect(WatcherRegistration.running(location) != nil)
    }

    @Test func takingBackstopsHooksOutOfAnAgentsFileIsRolledBack() throws {
        let watched = try WatchedRepository(files: ["a.txt": "a\n"])
        try watched.repository.backstop("install", "--agent", "claude").expectSuccess()
        _ = try watched.sync()
        let installed = watched.repository.read(".claude/settings.json")
        try watched.repository.write(".claude/settings.json", #"{"model":"opus"}"#)
        let judged = try watched.sync()
        #expect(watched.classes(judged).contains("guard-tamper"), "\(judged.map(\.summary))")
        #expect(watched.repository.read(".claude/settings.json") == installed)
        // Other settings in the file may change.
        let other = (installed ?? "").replacingOccurrences(of: "\"hooks\"", with: "\"model\" : \"opus\",\n  \"hooks\"")
        try watched.repository.write(".claude/settings.json", other)
        #expect(!watched.classes(try watched.sync()).contains("guard-tamper"))
    }
}
