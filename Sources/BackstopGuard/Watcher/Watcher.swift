import BackstopCore
import BackstopGit
import BackstopSystem
import BackstopWatch

/// `backstop watch` in the foreground: this process registers as the repository's watcher and
/// watches the working tree until SIGINT or SIGTERM.
public enum Watcher {
    /// `readyDescriptor` is the pipe a daemon's launcher waits on: "ready" goes there once the
    /// watches and the baseline snapshot are in place.
    public static func run(_ location: RepositoryLocation, configuration: Configuration, detector: SecretDetector, readyDescriptor: Int32?,
                           say: @escaping (String) -> Void) throws {
        let registration = try WatcherRegistration(location)
        let session = try WatchSession(location: location, configuration: configuration, detector: detector, events: try InotifyWatcher.workingTree(location),
                                       resumingAfter: registration.interrupted.map { "pid \($0.pid), since \($0.since)" }, say: say)
        // Signals close the event source: the loop ends, flushes and logs, then the lock goes.
        let signals = CurrentProcess.onTermination { session.stop() }
        say("backstop: watching \(location.root): \(session.watchCount) folders, baseline snapshot \(session.baseline.id.short)")
        if let readyDescriptor { Subprocess.writeLine(WatcherDaemon.readyMessage, closing: readyDescriptor) }
        try session.run()
        withExtendedLifetime((registration, signals)) {}
        say("backstop: the watcher stopped")
    }
}
