import BackstopCore
import BackstopGuard
import Foundation

struct HookCommand: Command {
    static let name = "hook"
    static let summary = "the entry points git calls: pre-commit, pre-push REMOTE URL, remote-helper REMOTE URL"
    static let usage = """
        Usage: backstop hook pre-commit
               backstop hook pre-push REMOTE URL   (reads git's ref lines on standard input)
               backstop hook remote-helper REMOTE URL   (git runs it as git-remote-backstop for backstop:: URLs)
        Run by the installed shims. Exit 1 blocks the commit or push.
        """

    enum Hook {
        case preCommit
        case prePush(remote: String, url: String)
        /// `git-remote-backstop REMOTE URL`, the push helper (main.swift turns that name into this).
        case remoteHelper(remote: String, url: String)
    }

    let hook: Hook

    init(parsing arguments: inout Arguments) throws(UsageError) {
        let words = try arguments.positionals()
        switch words.first {
        case "pre-commit" where words.count == 1:
            hook = .preCommit
        case "pre-push" where words.count == 3:
            hook = .prePush(remote: words[1], url: words[2])
        case "remote-helper" where words.count == 3:
            hook = .remoteHelper(remote: words[1], url: words[2])
        case "pre-push":
            throw UsageError(message: "backstop hook pre-push: needs REMOTE and URL, as git passes them")
        case let other?:
            throw UsageError(message: "backstop hook: unknown hook '\(other)' (pre-commit or pre-push)")
        case nil:
            throw UsageError(message: "backstop hook: name the hook: pre-commit or pre-push")
        }
    }

    /// A guard that cannot decide fails closed: the commit or push stops, and the message says why
    /// and how a person gets past it.
    func run(in context: CommandContext) throws -> ExitStatus {
        do {
            switch hook {
            case .preCommit:
                let check = PreCommitCheck(directory: context.directory, indexFile: context.environment["GIT_INDEX_FILE"], repository: context.repository)
                let outcome = try check.run { (try context.configuration().configuration, try context.gateDetector()) }
                HookReport.say(outcome)
                return outcome.classification.verdict == .block ? .blocked : .clean
            case .prePush(_, let url) where PushRoute.isRouted(url):
                // The push goes through the push helper, which checks it whether or not hooks run.
                return .clean
            case .prePush(let remote, let url):
                let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                let check = PrePushCheck(repository: try context.repository(), directory: context.directory, remote: remote, url: url)
                let outcome = try check.run(refLines: input, configuration: try context.configuration().configuration, detector: try context.gateDetector())
                HookReport.say(outcome)
                return outcome.classification.verdict == .block ? .blocked : .clean
            case .remoteHelper(let remote, let url):
                return try runRemoteHelper(remote: remote, url: url, in: context)
            }
        } catch {
            let what = if case .preCommit = hook { "commit" } else { "push" }
            let failure = Backstop.failure(error)
            Terminal.say("backstop: the \(what) is stopped because the guard could not finish:")
            Terminal.say(failure.message)
            Terminal.say("backstop: a person at a terminal can fix the problem above and try again, or take the guard off this repository with "
                         + "`backstop uninstall`.")
            return failure.status
        }
    }
}
