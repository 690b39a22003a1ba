import BackstopCore
import BackstopGuard

struct InstallCommand: Command {
    static let name = "install"
    static let summary = "install the hook shims (honours core.hooksPath), keeping and chaining existing hooks"
    static let usage = """
        Installs the pre-commit, commit-msg and pre-push shims into the folder git runs hooks from. A
        hook that is already there is kept and runs first. When core.hooksPath comes from the global
        or system configuration (a folder other repositories share), the shims go into this
        repository's own .git/hooks instead, core.hooksPath is set in .git/config to it, and the
        shared folder's hooks run first. Records the remotes that exist now as allowed. Running it
        again updates the shims. Idempotent. Routes every push through the push helper
        (git-remote-backstop, a link to this binary), which checks it as pre-push does even when
        hooks are skipped.
          --force        replace a foreign hook even when an earlier one is already kept
          --agent NAME   instead, write an agent's hook configuration into the repository
                         (claude: .claude/settings.json, codex: .codex/hooks.json, gemini:
                         .gemini/settings.json, copilot: .github/hooks/backstop.json, cursor:
                         .cursor/hooks.json), merged with what is there; `backstop doctor` checks it
        """

    let force: Bool
    let agent: AgentDialect?

    init(parsing arguments: inout Arguments) throws(UsageError) {
        force = arguments.flag("--force")
        agent = try Self.agent(&arguments)
        try arguments.finish()
    }

    /// `--agent NAME`, shared with `uninstall`.
    static func agent(_ arguments: inout Arguments) throws(UsageError) -> AgentDialect? {
        guard let name = try arguments.option("--agent") else { return nil }
        guard let dialect = AgentDialect(rawValue: name) else {
            let names = AgentDialect.allCases.map(\.rawValue).joined(separator: ", ")
            throw UsageError(message: "backstop \(arguments.command): option '--agent' must be one of \(names), not '\(name)'")
        }
        return dialect
    }

    func run(in context: CommandContext) throws -> ExitStatus {
        let repository = try context.repository()
        _ = try context.configuration()
        if let agent {
            let report = try AgentInstaller.install(agent, in: repository, configurationFile: context.configurationFile)
            Terminal.say(report.changed ? "backstop: wrote \(agent.rawValue)'s hooks into \(report.path)"
                                        : "backstop: \(report.path) already runs Backstop's \(agent.rawValue) hooks")
            if agent == .codex { Terminal.say("backstop: Codex runs new hooks only once trusted: review them in Codex with /hooks") }
            if let pid = report.restartedWatcher { Terminal.say("backstop: the watcher was restarted around the change (pid \(pid))") }
            Terminal.say("backstop: `backstop doctor` checks that the hooks answer")
            return .clean
        }
        let report = try Installation.install(repository, force: force, configurationFile: context.configurationFile,
                                              secretFiles: try context.configuration().configuration.secretFiles)
        if let shared = report.sharedFolder {
            Terminal.say("""
                backstop: core.hooksPath in the global configuration names \(shared), a folder other repositories use too; \
                it is left untouched. The shims go into this repository's own \(report.hooksDirectory), and core.hooksPath in \
                .git/config now names it (for this repository only). The shared folder's hooks still run first. \
                `backstop uninstall` undoes both.
                """)
        }
        for (hook, outcome) in report.hooks {
            switch outcome {
            case .installed: Terminal.say("backstop: installed \(report.hooksDirectory)/\(hook)")
            case .updated: Terminal.say("backstop: \(hook) was installed already; shim refreshed")
            case .chained(let previous): Terminal.say("backstop: installed \(hook); the hook that was there runs first, from \(previous)")
            case .chainedShared(let previous, let unused):
                var text = "backstop: installed \(report.hooksDirectory)/\(hook); \(previous) runs the shared folder's \(hook), if it has one, first"
                if let unused { text += "; the \(hook) that was in this folder (git did not run it) is kept as \(unused)" }
                Terminal.say(text)
            }
        }
        for (name, url) in report.allowedRemotes { Terminal.say("backstop: pushes to \(name) (\(url)) are allowed") }
        switch report.pushRoute {
        case .routed(let helper):
            Terminal.say("backstop: every push goes through the push check (\(helper)), hooks or not")
        case .helperNotOnPath(let link):
            Terminal.say("""
                backstop: warning: pushes made with --no-verify or another hooks folder are not checked: git cannot find \(link) on PATH. \
                Put its folder on PATH and run `backstop install` again.
                """)
        }
        if let pid = report.restartedWatcher { Terminal.say("backstop: the watcher was restarted around the change (pid \(pid))") }
        return .clean
    }
}
