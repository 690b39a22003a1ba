/// One call an agent's hook makes, whatever the agent: every dialect (`AgentDialect`) is translated
/// into this value first, and every decision is made on it. Pure data.
public struct ToolCall: Sendable, Equatable {
    /// What happened in the agent when it called the hook.
    public enum Event: Sendable, Equatable {
        /// A tool is about to run: the one moment a call can be denied.
        case beforeTool
        /// A tool ran; `failed` when it reported failure (Claude's `PostToolUseFailure`, a shell
        /// command's non-zero exit).
        case afterTool(failed: Bool)
        case sessionStart
        /// The agent finished a turn (`Stop`, `AfterAgent`, `stop`).
        case stop
        /// An event Backstop has no opinion on.
        case other(String)
    }

    /// What the tool does, as far as a guard needs to know.
    public enum Tool: Sendable, Equatable {
        /// A shell command line (Claude `Bash`/`PowerShell`/`Monitor`, Codex `Bash`, Gemini
        /// `run_shell_command`, Copilot `bash`, Cursor `beforeShellExecution`/`Shell`).
        case shell(command: String, background: Bool)
        /// A whole file written: `path` as the agent gave it (absolute or relative to `cwd`).
        case write(path: String, content: String)
        /// Part of a file replaced (Claude `Edit`, Gemini `replace`, Copilot `edit`); `newText` is
        /// what arrives.
        case edit(path: String, newText: String)
        /// A patch applied (Codex `apply_patch`): the patch text.
        case patch(text: String)
        case read(path: String)
        /// A URL fetched by the agent (Claude `WebFetch`, Gemini `web_fetch`, Copilot `web_fetch`).
        case webFetch(url: String)
        /// An MCP tool: its full name and its arguments as JSON text.
        case mcp(name: String, arguments: String)
        /// Any other tool, by name.
        case other(name: String)
    }

    public let event: Event
    public let tool: Tool?
    /// The agent's session (Codex subagents share the parent's).
    public let session: String
    /// The tool call's own id, when the agent gives one (`tool_use_id`).
    public let toolCallID: String?
    /// A subagent's id, when the call comes from one.
    public let agentID: String?
    /// The folder the agent runs the tool in.
    public let workingDirectory: String
    /// Claude's `stop_hook_active`: a Stop hook already continued this turn once.
    public let stopHookActive: Bool

    public init(event: Event, tool: Tool?, session: String, toolCallID: String? = nil, agentID: String? = nil,
                workingDirectory: String, stopHookActive: Bool = false) {
        self.event = event
        self.tool = tool
        self.session = session
        self.toolCallID = toolCallID
        self.agentID = agentID
        self.workingDirectory = workingDirectory
        self.stopHookActive = stopHookActive
    }
}

/// What Backstop answers one hook call, before a dialect renders it.
public struct AgentAnswer: Sendable, Equatable {
    public enum Decision: Sendable, Equatable {
        /// No opinion: exit 0, nothing printed (unless there is context to add).
        case none
        /// The tool must not run; `reason` is for the model: the rule, why, and a safer way.
        case deny(rule: String, reason: String)
        /// At a Stop: the turn goes on once, with `reason` (an unreported rollback).
        case continueTurn(reason: String)
    }

    public let decision: Decision
    /// Facts for the model beside the tool's result (what was rolled back, a watcher started).
    public let context: String?

    public init(_ decision: Decision = .none, context: String? = nil) {
        self.decision = decision
        self.context = context
    }

    public static let noOpinion = AgentAnswer()
}
