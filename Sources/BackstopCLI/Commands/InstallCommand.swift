import BackstopGit
import BackstopGuard

struct InstallCommand: Command {
    static let name = "install"
    static let summary = "install the hook shims (honours core.hooksPath), keeping and chaining existing hooks"
    static let usage = """
        Installs the pre-commit and pre-push shims into the folder git runs hooks from. A hook that
        is already there is kept and runs first. Records the remotes that exist now as allowed.
        Running it again updates the shims. Idempotent.
          --force   replace a foreign hook even when an earlier one is already kept
        """

    let force: Bool

    init(parsing arguments: inout Arguments) throws(UsageError) {
        force = arguments.flag("--force")
        try arguments.finish()
    }

    func run(in context: CommandContext) throws -> ExitStatus {
        let repository = try context.repository()
        _ = try context.configuration()
        let installer = try HookInstaller(repository: repository)
        // A running watcher would take the new shims for tampering: it is stopped around the change.
        let watcher = try WatcherRegistration.stop(repository)
        for (hook, outcome) in try installer.install(force: force) {
            switch outcome {
            case .installed: Terminal.say("backstop: installed \(installer.hooksDirectory)/\(hook)")
            case .updated: Terminal.say("backstop: \(hook) was installed already; shim refreshed")
            case .chained(let previous): Terminal.say("backstop: installed \(hook); the hook that was there runs first, from \(previous)")
            }
        }
        var allowList = try RemoteAllowList(repository: repository)
        for (name, urls) in try Remotes.urls(in: repository.root).sorted(by: { $0.key < $1.key }) {
            for url in allowList.allow(name: name, urls: urls) {
                Terminal.say("backstop: pushes to \(name) (\(url)) are allowed")
            }
        }
        try allowList.save()
        if watcher != nil {
            let pid = try WatcherDaemon.start(repository, configurationFile: context.configurationFile)
            Terminal.say("backstop: the watcher was restarted around the change (pid \(pid))")
        }
        return .clean
    }
}
