import BackstopGit
import BackstopGuard

struct UninstallCommand: Command {
    static let name = "uninstall"
    static let summary = "remove the shims and put back what was there"
    static let usage = "Removes Backstop's hook shims and moves back the hooks they replaced. A running watcher is stopped first (it would put the hooks back)."

    init(parsing arguments: inout Arguments) throws(UsageError) {
        try arguments.finish()
    }

    func run(in context: CommandContext) throws -> ExitStatus {
        let repository = try context.repository()
        if let stopped = try WatcherRegistration.stop(repository) { Terminal.say("backstop: stopped the watcher (pid \(stopped.pid))") }
        let installer = try HookInstaller(repository: repository)
        for message in try installer.uninstall() { Terminal.say("backstop: \(message)") }
        try PushRouteSettings.unroute(in: repository.root)
        Terminal.say("backstop: pushes no longer go through the push check")
        return .clean
    }
}
