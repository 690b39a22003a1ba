import BackstopCore
import BackstopGit
import BackstopGuard
import Foundation

/// `backstop hook agent --dialect NAME [--event NAME]`: an agent's hook. The dialect owns the exit
/// status and what is printed: a payload that cannot be read, or a check that fails inside, is a
/// deny for the tools that change things (fail closed), rendered as the agent reads a deny.
extension HookCommand {
    static func agentHook(words: [String], dialect: String?, event: String?) throws(UsageError) -> Hook {
        guard words.count == 1 else { throw UsageError(message: "backstop hook agent: unexpected argument '\(words[1])'") }
        let names = AgentDialect.allCases.map(\.rawValue).joined(separator: ", ")
        guard let dialect else { throw UsageError(message: "backstop hook agent: needs --dialect (\(names))") }
        guard let known = AgentDialect(rawValue: dialect) else {
            throw UsageError(message: "backstop hook agent: option '--dialect' must be one of \(names), not '\(dialect)'")
        }
        return .agent(known, event: event)
    }

    func runAgent(_ dialect: AgentDialect, event: String?, in context: CommandContext) -> ExitStatus {
        let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        var call: ToolCall?
        let reply: AgentReply
        do {
            guard let payload = JSONValue.parse(input) else { throw AgentPayloadError("the payload on standard input is not JSON") }
            let decoded = try dialect.decode(payload, eventHint: event)
            call = decoded
            let answer = try Self.agentAnswer(decoded, dialect: dialect, in: context)
            reply = dialect.render(answer, for: decoded.event)
        } catch {
            let reason = (error as? AgentPayloadError).map { "its payload cannot be read: \($0)" } ?? Backstop.failure(error).message
            let (failedEvent, answer) = AgentDialect.failClosedAnswer(for: call, reason: reason)
            Terminal.say("backstop hook agent (\(dialect.rawValue)): \(reason)")
            reply = dialect.render(answer, for: failedEvent)
        }
        if !reply.stdout.isEmpty { try? FileHandle.standardOutput.write(contentsOf: Data(reply.stdout.utf8)) }
        if !reply.stderr.isEmpty { Terminal.say(reply.stderr) }
        return ExitStatus(rawValue: reply.exitCode) ?? .failure
    }

    /// The answer, in the repository the agent works in (its `cwd`, else this process's folder).
    private static func agentAnswer(_ call: ToolCall, dialect: AgentDialect, in context: CommandContext) throws -> AgentAnswer {
        if case .other = call.event { return .noOpinion }
        var directory = context.directory
        if !call.workingDirectory.isEmpty {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: call.workingDirectory, isDirectory: &isFolder), isFolder.boolValue { directory = call.workingDirectory }
        }
        let local = CommandContext(directory: directory, configurationFile: context.configurationFile, environment: context.environment)
        let configuration = try local.configuration().configuration
        let home = context.environment["HOME"] ?? NSHomeDirectory()
        guard let location = try? RepositoryLocation.locate(from: directory) else {
            // Outside a repository only the pre-tool check has something to say.
            guard call.event == .beforeTool else { return .noOpinion }
            let facts = PreToolFacts(root: directory, home: home, secretFiles: configuration.secretFiles,
                                     detector: Scan.detector(configuration, root: nil))
            return PreToolPolicy.judge(call, facts: facts)
        }
        let settings = AgentHook.Settings(configuration: configuration, detector: { try local.gateDetector() },
                                          configurationFile: context.configurationFile)
        return try AgentHook(dialect: dialect, location: location, settings: settings, home: home).answer(call)
    }
}
