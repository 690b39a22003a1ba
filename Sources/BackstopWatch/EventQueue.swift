import BackstopCore
import BackstopSystem
import Foundation

/// The unbounded queue between the inotify reader thread and the consumer: the reader never waits
/// for snapshotting or classifying, so the kernel's queue drains as fast as it fills.
public final class EventQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var events: [FileEvent] = []
    private var closed = false

    public init() {}

    /// Wakes the consumer for good (SIGTERM): `take` returns at once from now on.
    public func close() {
        condition.lock()
        closed = true
        condition.signal()
        condition.unlock()
    }

    public var isClosed: Bool {
        condition.lock()
        defer { condition.unlock() }
        return closed
    }

    func append(_ batch: [FileEvent]) {
        guard !batch.isEmpty else { return }
        condition.lock()
        events += batch
        condition.signal()
        condition.unlock()
    }

    /// Everything queued; waits while the queue is empty, until `deadline` (a monotonic time in
    /// milliseconds) or for ever when it is nil: an idle watcher does not wake up.
    public func take(until deadline: Int64?) -> [FileEvent] {
        condition.lock()
        defer { condition.unlock() }
        while events.isEmpty, !closed {
            if let deadline {
                let remaining = deadline - MonotonicClock.milliseconds()
                if remaining <= 0 { break }
                _ = condition.wait(until: Date(timeIntervalSinceNow: Double(remaining) / 1_000))
            } else {
                condition.wait()
            }
        }
        let batch = events
        events = []
        return batch
    }
}
