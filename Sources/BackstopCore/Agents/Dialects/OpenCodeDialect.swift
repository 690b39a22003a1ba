/// OpenCode: no hook program interface of its own; Backstop's plugin (`OpenCodePlugin`) runs the
/// hook command with `{tool, sessionID, callID, args, cwd}` (and `output` after the tool) and
/// `--event before|after`. A deny is exit 2 with the reason on stderr, which the plugin throws (a
/// throw blocks the tool); context after a tool is plain text on stdout, which the plugin appends to
/// what the model reads.
enum OpenCodeDialect {
    static func decode(_ payload: PayloadReader, eventHint: String?) throws(AgentPayloadError) -> ToolCall {
        let event: ToolCall.Event
        switch eventHint ?? payload.string("event") {
        case "before": event = .beforeTool
        case "after": event = .afterTool(failed: false)
        case let other?: event = .other(other)
        case nil: throw AgentPayloadError("an OpenCode call needs --event before or after")
        }
        guard let name = payload.string("tool") else { throw AgentPayloadError("the payload has no tool") }
        return ToolCall(event: event, tool: try decodeTool(name, input: try payload.input("args")), session: payload.string("sessionID") ?? "",
                        toolCallID: payload.string("callID"), workingDirectory: payload.string("cwd") ?? "")
    }

    static func decodeTool(_ name: String, input: PayloadReader) throws(AgentPayloadError) -> ToolCall.Tool {
        switch name {
        case "bash":
            return .shell(command: try input.required("command", of: name), background: false)
        case "write":
            return .write(path: try input.required("filePath", of: name, or: "file_path"), content: input.string("content") ?? "")
        case "edit":
            return .edit(path: try input.required("filePath", of: name, or: "file_path"), newText: input.string("newString") ?? "")
        case "patch":
            return .patch(text: try input.required("patchText", of: name, or: "patch"))
        case "read":
            return .read(path: try input.required("filePath", of: name, or: "file_path"))
        case "webfetch":
            return .webFetch(url: try input.required("url", of: name))
        default:
            return .other(name: name)
        }
    }

    static func render(_ answer: AgentAnswer, for event: ToolCall.Event) -> AgentReply {
        switch (event, answer.decision) {
        case (.beforeTool, .deny(_, let reason)):
            return AgentReply(exitCode: 2, stderr: reason)
        case (.afterTool, _):
            guard let context = answer.context, !context.isEmpty else { return .silent }
            return AgentReply(stdout: context + "\n")
        default:
            return .silent
        }
    }
}

/// The plugin file `backstop install --agent opencode` writes to `.opencode/plugins/backstop.ts`:
/// a fixed shim that runs the hook command lines Backstop keeps in `.opencode/backstop.json` (read
/// like every other agent's configuration), so the command and its guarding live in one JSON file.
public enum OpenCodePlugin {
    public static let path = ".opencode/plugins/backstop.ts"
    public static let marker = "backstop-opencode-plugin v1"

    public static let text = #"""
// backstop-opencode-plugin v1: written by `backstop install --agent opencode`; a person's
// `backstop uninstall --agent opencode` takes it out. Before and after each tool it runs the hook
// command Backstop keeps in .opencode/backstop.json. A denial, or a check that cannot run, throws,
// which blocks the tool; what the check says after a tool is added to what the model reads.
import { readFileSync } from "fs"
import { join } from "path"

function ask(directory, event, payload) {
  const config = JSON.parse(readFileSync(join(directory, ".opencode", "backstop.json"), "utf8"))
  const handler = (config.hooks?.[event] ?? [])[0]
  if (!handler) throw new Error(`backstop: no ${event} hook in .opencode/backstop.json; a person can run \`backstop install --agent opencode\``)
  const result = Bun.spawnSync([handler.command, ...(handler.args ?? [])],
                               { cwd: directory, stdin: new TextEncoder().encode(JSON.stringify(payload)) })
  return { code: result.exitCode, out: result.stdout.toString(), err: result.stderr.toString() }
}

export const Backstop = async ({ directory }) => ({
  "tool.execute.before": async (input, output) => {
    const answer = ask(directory, "tool.execute.before", { ...input, args: output.args, cwd: directory })
    if (answer.code !== 0) throw new Error(answer.err || "backstop: the check could not run, so the call is blocked")
  },
  "tool.execute.after": async (input, output) => {
    try {
      const answer = ask(directory, "tool.execute.after", { ...input, output: output.output, cwd: directory })
      if (answer.code === 0 && answer.out.trim()) output.output += "\n\n" + answer.out
    } catch (error) {
      output.output += "\n\nbackstop: " + error.message
    }
  },
})

"""#

    /// Whether a file's content is Backstop's plugin.
    public static func isBackstop(_ bytes: [UInt8]?) -> Bool {
        bytes.map { String(decoding: $0, as: UTF8.self).contains(marker) } ?? false
    }
}
