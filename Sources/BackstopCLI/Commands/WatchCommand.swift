import BackstopCore
import BackstopGit
import BackstopGuard

struct WatchCommand: Command {
    static let name = "watch"
    static let summary = "run the watcher (foreground; --daemon detaches, --stop stops it)"
    static let usage = """
        Usage: backstop watch [--daemon | --stop | --sync]
        Watches the working tree until SIGINT or SIGTERM: every burst of changes is judged; an
        allowed one is snapshotted, a blocked one (mass deletion, a credential written into a work
        file, a tampered guard) is rolled back at once and its result kept for `backstop undo`.
        Every action goes to the audit log (`backstop log`). One watcher per repository.
          --daemon   run in the background, returning once the watcher is ready; its output goes to
                     watch.out in the store outside the tree (`backstop status` names it)
          --stop     stop the running watcher and wait until it has stopped (only a person, at a
                     terminal: it asks for a code shown there)
          --sync     wait until the running watcher has judged everything done before this call,
                     print what it judged since, and exit 1 if it blocked any of it, 3 if it
                     failed to judge any of it (for scripts: no sleeping, no guessing)
        """

    enum Mode: Equatable {
        case foreground, daemon, stop, sync
    }

    let mode: Mode
    /// The daemon's launcher passes the write end of a pipe: "ready" goes there once watching.
    let readyDescriptor: Int32?

    init(parsing arguments: inout Arguments) throws(UsageError) {
        let daemon = arguments.flag("--daemon")
        let stop = arguments.flag("--stop")
        let sync = arguments.flag("--sync")
        let ready = try arguments.option("--ready-fd")
        try arguments.finish()
        let modes = [("--daemon", daemon), ("--stop", stop), ("--sync", sync)].filter(\.1).map(\.0)
        if modes.count > 1 { throw UsageError(message: "backstop watch: \(modes.joined(separator: " and ")) cannot be used together") }
        mode = stop ? .stop : daemon ? .daemon : sync ? .sync : .foreground
        if let ready {
            guard let descriptor = Int32(ready), descriptor > 2 else {
                throw UsageError(message: "backstop watch: --ready-fd takes a descriptor number above 2")
            }
            readyDescriptor = descriptor
        } else {
            readyDescriptor = nil
        }
    }

    func run(in context: CommandContext) throws -> ExitStatus {
        let location = try context.repository()
        switch mode {
        case .stop:
            if WatcherRegistration.running(location) != nil {
                let needed = try context.configuration().configuration.personOnly.needsPerson(.watchStop)
                guard PersonGate.admits("watch --stop", needed: needed, doing: "stops the watcher: nothing rolls back what is done after it",
                                        commandLine: "backstop watch --stop", in: location.root) else { return .blocked }
            }
            if let stopped = try WatcherRegistration.stop(location) {
                Terminal.say("backstop: stopped the watcher (pid \(stopped.pid))")
            } else {
                Terminal.say("backstop: no watcher runs for \(location.root)")
            }
            return .clean
        case .daemon:
            // A configuration error is a usage error here too (exit 2), not a daemon that failed to start.
            _ = try context.configuration()
            let started = try WatcherDaemon.start(location, configurationFile: context.configurationFile)
            Terminal.say("backstop: watching \(location.root) (pid \(started)); a person at a terminal can stop it with `backstop watch --stop`")
            return .clean
        case .sync:
            let judged = try WatcherSync(location).sync()
            for entry in judged { Terminal.say(entry.summary) }
            if judged.contains(where: { $0.event == .unjudged }) { return .failure }
            return judged.contains { $0.verdict == .block } ? .blocked : .clean
        case .foreground:
            // A fresh context reads every layer again: the watcher calls it when the settings change.
            let reload = { () throws -> (Configuration, SecretDetector) in
                let fresh = CommandContext(directory: context.directory, configurationFile: context.configurationFile, environment: context.environment)
                return (try fresh.configuration().configuration, try fresh.detector())
            }
            try Watcher.run(location, configuration: try context.configuration().configuration, detector: try context.detector(),
                            readyDescriptor: readyDescriptor, reload: reload) { Terminal.say($0) }
            return .clean
        }
    }
}
