import BackstopCore
import BackstopGit
import BackstopGuard

struct UninstallCommand: Command {
    static let name = "uninstall"
    static let summary = "a person removes the shims and puts back what was there"
    static let usage = """
        Removes Backstop's hook shims and moves back the hooks they replaced. A running watcher is stopped first (it would put the hooks back).
        Only a person runs it, at a terminal: it asks for a code shown there.
          --agent NAME   instead, take only Backstop's entries out of that agent's hook configuration
                         (the watcher is stopped, as it would put them back)
        """

    let agent: AgentDialect?

    init(parsing arguments: inout Arguments) throws(UsageError) {
        agent = try InstallCommand.agent(&arguments)
        try arguments.finish()
    }

    func run(in context: CommandContext) throws -> ExitStatus {
        let repository = try context.repository()
        let needed = try context.configuration().configuration.personOnly.needsPerson(.uninstall)
        if let agent {
            guard PersonGate.admits(Self.name, needed: needed, doing: "takes Backstop's hooks out of \(agent.rawValue)'s configuration and stops the watcher",
                                    commandLine: "backstop uninstall --agent \(agent.rawValue)", in: repository.root) else { return .blocked }
            let (report, stopped) = try AgentInstaller.uninstall(agent, in: repository)
            if let stopped { Terminal.say("backstop: stopped the watcher (pid \(stopped))") }
            Terminal.say(!report.changed ? "backstop: \(report.path) holds no Backstop hooks"
                         : report.removed ? "backstop: removed \(report.path), which held only Backstop's hooks"
                         : "backstop: took Backstop's hooks out of \(report.path); the rest is kept")
            return .clean
        }
        guard PersonGate.admits(Self.name, needed: needed, doing: "takes the guard off this repository: the hooks and the watcher",
                                commandLine: "backstop uninstall", in: repository.root) else { return .blocked }
        if let stopped = try WatcherRegistration.stop(repository) { Terminal.say("backstop: stopped the watcher (pid \(stopped.pid))") }
        let installer = try HookInstaller(repository: repository)
        for message in try installer.uninstall() { Terminal.say("backstop: \(message)") }
        try PushRouteSettings.unroute(in: repository.root)
        Terminal.say("backstop: pushes no longer go through the push check")
        return .clean
    }
}
