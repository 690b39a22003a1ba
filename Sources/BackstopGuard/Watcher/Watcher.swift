import BackstopCore
import BackstopGit
import BackstopSystem
import BackstopWatch

/// `backstop watch` in the foreground: this process registers as the repository's watcher and
/// watches the working tree until SIGINT or SIGTERM.
public enum Watcher {
    /// `readyDescriptor` is the pipe a daemon's launcher waits on: "ready" goes there once the
    /// watches and the baseline snapshot are in place.
    /// `reload` reads the configuration and the scanner's rules again (see `WatchSession.reloadSettings`).
    public static func run(_ location: RepositoryLocation, configuration: Configuration, detector: SecretDetector, readyDescriptor: Int32?,
                           reload: (() throws -> (Configuration, SecretDetector))? = nil, say: @escaping (String) -> Void) throws {
        let registration = try WatcherRegistration(location)
        try WatchSession.limitLibgit2Memory()
        // The private index (tens of milliseconds to read on a large tree) loads on another thread
        // while this one sets the watches: neither reads what the other does, and the baseline
        // snapshot, which must come after the watches, still does.
        let settings = configuration.snapshots
        let opening = BackgroundWork { try SnapshotStore(location: location, settings: settings) }
        let inotify = try InotifyWatcher.workingTree(location)
        let store = try opening.value()
        let session = try WatchSession(location: location, configuration: configuration, detector: detector, events: inotify, store: store,
                                       resumingAfter: registration.interrupted.map { "pid \($0.pid), since \($0.since)" }, say: say)
        session.reloadSettings = reload
        // Signals close the event source: the loop ends, flushes and logs, then the lock goes. Only
        // `watch --stop`, or Ctrl-C from a person at the terminal, is a stop: any other signal is
        // treated as a kill, and the next watcher judges what changed while none ran.
        let asked = CurrentProcess.hasTerminal
        let signals = CurrentProcess.onTermination { termination in
            session.stop(asked: (termination == .interrupt && asked) || WatcherRegistration.stopWasRequested(location, pid: CurrentProcess.identifier))
        }
        say("backstop: watching \(location.root): \(session.watchCount) folders, baseline snapshot \(session.baseline.id.short)")
        if let readyDescriptor { Subprocess.writeLine(WatcherDaemon.readyMessage, closing: readyDescriptor) }
        do {
            try session.run()
            registration.endsCleanly = session.stoppedAsAsked
        } catch {
            // Ended by a failure: the next watcher resumes from this one's last snapshot.
            registration.endsCleanly = false
            throw error
        }
        withExtendedLifetime((registration, signals)) {}
        say("backstop: the watcher stopped")
    }
}
