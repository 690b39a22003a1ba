import BackstopCore
import BackstopGit
import BackstopGuard
import Foundation

struct HookCommand: Command {
    static let name = "hook"
    static let summary = "the entry points git and agents call: pre-commit, commit-msg FILE, pre-push REMOTE URL, remote-helper REMOTE URL, agent"
    static let usage = """
        Usage: backstop hook pre-commit
               backstop hook commit-msg FILE       (the file git passes, holding the message)
               backstop hook pre-push REMOTE URL   (reads git's ref lines on standard input)
               backstop hook remote-helper REMOTE URL   (git runs it as git-remote-backstop for backstop:: URLs)
               backstop hook agent --dialect claude|codex|gemini|copilot|cursor [--event NAME]
                   (an agent's hook: reads its JSON on standard input, answers as that agent reads it;
                   `backstop install --agent NAME` writes the agent's configuration)
        Run by the installed shims. Exit 1 blocks the commit or push; a block is written to the
        audit log (`backstop log`).
        """

    enum Hook {
        case preCommit
        case commitMessage(file: String)
        case prePush(remote: String, url: String)
        /// `git-remote-backstop REMOTE URL`, the push helper (main.swift turns that name into this).
        case remoteHelper(remote: String, url: String)
        /// An agent's hook call (`HookCommand+Agent.swift`); `event` is `--event`.
        case agent(AgentDialect, event: String?)
    }

    let hook: Hook

    init(parsing arguments: inout Arguments) throws(UsageError) {
        let dialect = try arguments.option("--dialect")
        let event = try arguments.option("--event")
        let words = try arguments.positionals()
        if words.first == "agent" {
            hook = try Self.agentHook(words: words, dialect: dialect, event: event)
            return
        }
        if dialect != nil || event != nil {
            throw UsageError(message: "backstop hook: --dialect and --event belong to `backstop hook agent`")
        }
        switch words.first {
        case "pre-commit" where words.count == 1:
            hook = .preCommit
        case "commit-msg" where words.count == 2:
            hook = .commitMessage(file: words[1])
        case "commit-msg":
            throw UsageError(message: "backstop hook commit-msg: needs FILE, the message file git passes")
        case "pre-push" where words.count == 3:
            hook = .prePush(remote: words[1], url: words[2])
        case "remote-helper" where words.count == 3:
            hook = .remoteHelper(remote: words[1], url: words[2])
        case "pre-push":
            throw UsageError(message: "backstop hook pre-push: needs REMOTE and URL, as git passes them")
        case let other?:
            throw UsageError(message: "backstop hook: unknown hook '\(other)' (pre-commit, commit-msg, pre-push or agent)")
        case nil:
            throw UsageError(message: "backstop hook: name the hook: pre-commit, commit-msg, pre-push or agent")
        }
    }

    /// A guard that cannot decide fails closed: the commit or push stops, and the message says why
    /// and how a person gets past it.
    func run(in context: CommandContext) throws -> ExitStatus {
        if case .agent(let dialect, let event) = hook { return runAgent(dialect, event: event, in: context) }
        do {
            switch hook {
            case .preCommit:
                let check = PreCommitCheck(directory: context.directory, indexFile: context.environment["GIT_INDEX_FILE"],
                                           workingTreeRoot: context.workingTreeRoot(), repository: context.repository)
                let outcome = try check.run { (try context.configuration().configuration, try context.gateDetector()) }
                HookReport.say(outcome, hook: "pre-commit")
                return finish(blocked: outcome.classification.verdict == .block, context) { try HookAudit.recordCommit(outcome, hook: "pre-commit", in: $0) }
            case .commitMessage(let file):
                let check = CommitMessageCheck(workingTreeRoot: context.workingTreeRoot() ?? context.directory)
                let outcome = try check.run(messageFile: file, configuration: try context.configuration().configuration, detector: try context.gateDetector())
                HookReport.say(outcome, hook: "commit-msg")
                return finish(blocked: outcome.classification.verdict == .block, context) { try HookAudit.recordCommit(outcome, hook: "commit-msg", in: $0) }
            case .prePush(_, let url) where PushRoute.isRouted(url):
                // The push goes through the push helper, which checks it whether or not hooks run.
                return .clean
            case .prePush(let remote, let url):
                let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                let check = PrePushCheck(repository: try context.repository(), directory: context.directory, remote: remote, url: url)
                let outcome = try check.run(refLines: input, configuration: try context.configuration().configuration, detector: try context.gateDetector())
                HookReport.say(outcome)
                return finish(blocked: outcome.classification.verdict == .block, context) { try HookAudit.recordPush(outcome, in: $0) }
            case .remoteHelper(let remote, let url):
                return try runRemoteHelper(remote: remote, url: url, in: context)
            case .agent:
                return .clean
            }
        } catch {
            let what = if case .prePush = hook { "push" } else { "commit" }
            return Self.sayCouldNotFinish(what, error)
        }
    }

    /// A guard that could not decide stops the commit or push: why, and how a person gets past it.
    @discardableResult
    static func sayCouldNotFinish(_ what: String, _ error: Error) -> ExitStatus {
        let failure = Backstop.failure(error)
        Terminal.say("backstop: the \(what) is stopped because the guard could not finish:")
        Terminal.say(failure.message)
        Terminal.say("backstop: a person at a terminal can fix the problem above and try again, or take the guard off this repository with "
                     + "`backstop uninstall`.")
        return failure.status
    }

    /// A block is written to the audit log; a log that cannot be written does not let it through.
    private func finish(blocked: Bool, _ context: CommandContext, record: (RepositoryLocation) throws -> Void) -> ExitStatus {
        guard blocked else { return .clean }
        do {
            try record(try context.repository())
        } catch {
            Terminal.say("backstop: warning: the block could not be written to the audit log: \(Backstop.failure(error).message)")
        }
        return .blocked
    }
}
