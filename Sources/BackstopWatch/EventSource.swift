import BackstopCore
import BackstopSystem

/// Where the watcher's events come from: the inotify backend, or, in tests, events a test hands
/// over (watchman's `FakeWatcher`). The watch loop only waits on a source and takes from it, so a
/// test can drive the loop step by step without the kernel and without sleeping.
public protocol EventSource: AnyObject, Sendable {
    /// Starts delivering events.
    func start()
    /// Stops delivering events, for good.
    func stop()
    /// Wakes `wait` for good (SIGINT, SIGTERM): the watch ends.
    func close()
    var isClosed: Bool { get }
    /// Waits until events are queued, the source is closed, or `deadline` (monotonic milliseconds)
    /// passes; nil waits for ever.
    func wait(until deadline: Int64?)
    /// The events queued now, without waiting.
    func take() -> [FileEvent]
    /// The events of every write made before this call, and those after: a marker file is written
    /// at `cookie` (a path in a watched folder, removed afterwards) and events are read until its
    /// own arrives, or for `timeoutMilliseconds`. What comes before the marker was caused by writes
    /// made before the call.
    func fence(cookie: RepositoryPath, timeoutMilliseconds: Int64) -> (before: [FileEvent], after: [FileEvent])
    /// Watches again the folders no longer excluded (a `.gitignore` changed), then reports an
    /// overflow so the whole tree is rescanned.
    func rewatch()
    /// Folders watched now.
    var watchCount: Int { get }
    /// The first folder that could not be watched for lack of watches: from then on only a rescan
    /// sees everything.
    var firstWatchFailure: SystemError? { get }
    /// Folders that cannot be watched because this user cannot read them.
    var unreadableFolders: [SystemError] { get }
}

extension EventSource {
    /// Waits as `wait` does, then takes what is queued.
    public func take(until deadline: Int64?) -> [FileEvent] {
        wait(until: deadline)
        return take()
    }
}
