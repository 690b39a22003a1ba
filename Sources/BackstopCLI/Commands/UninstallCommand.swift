import BackstopCore
import BackstopGit
import BackstopGuard

struct UninstallCommand: Command {
    static let name = "uninstall"
    static let summary = "a person removes the shims and puts back what was there"
    static let usage = """
        Removes Backstop's hook shims and moves back the hooks they replaced. A running watcher is stopped first (it would put the hooks back).
        Only a person runs it, at a terminal: it asks for a code shown there.
        """

    init(parsing arguments: inout Arguments) throws(UsageError) {
        try arguments.finish()
    }

    func run(in context: CommandContext) throws -> ExitStatus {
        let repository = try context.repository()
        let needed = try context.configuration().configuration.personOnly.needsPerson(.uninstall)
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
