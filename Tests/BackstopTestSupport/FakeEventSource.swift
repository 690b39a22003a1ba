import BackstopCore
import BackstopSystem
import BackstopWatch

/// An event source a test fills by hand (watchman's `FakeWatcher`): nothing waits, nothing reads the
/// kernel. The test does to the working tree what the events say, pushes the events, and steps the
/// session with times it chooses.
public final class FakeEventSource: EventSource, @unchecked Sendable {
    private let queue = EventQueue()

    public init() {}

    /// Queues events as a reader would have seen them.
    public func push(_ events: [FileEvent]) { queue.append(events) }

    public func start() {}
    public func stop() {}
    public func close() { queue.close() }
    public var isClosed: Bool { queue.isClosed }
    public func wait(until deadline: Int64?) {}
    public func take() -> [FileEvent] { queue.take() }
    public func rewatch() { queue.append([FileEvent(.overflow, RepositoryPath(bytes: []))]) }
    /// Runs when the session fences its own writes: a test does there what another process did
    /// while the session was writing (and pushes the events it raised).
    public var atFence: (() -> Void)?

    /// Everything queued so far counts as caused by writes before the fence.
    public func fence(cookie: RepositoryPath, timeoutMilliseconds: Int64) -> (before: [FileEvent], after: [FileEvent]) {
        atFence?()
        atFence = nil
        return (queue.take(), [])
    }
    public var watchCount: Int { 0 }
    public var firstWatchFailure: SystemError? { nil }
    public var unreadableFolders: [SystemError] { [] }
}
