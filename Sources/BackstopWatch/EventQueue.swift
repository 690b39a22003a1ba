import BackstopCore
import BackstopSystem
import Foundation

/// The unbounded queue between the thread that produces events (the inotify reader) and the
/// consumer: the reader never waits for snapshotting or classifying, so the kernel's queue drains
/// as fast as it fills.
public final class EventQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var events: [FileEvent] = []
    private var closed = false

    public init() {}

    /// Wakes the consumer for good (SIGTERM): `wait` returns at once from now on.
    public func close() {
        condition.withLock {
            closed = true
            condition.signal()
        }
    }

    public var isClosed: Bool { condition.withLock { closed } }

    public func append(_ batch: [FileEvent]) {
        guard !batch.isEmpty else { return }
        condition.withLock {
            events += batch
            condition.signal()
        }
    }

    /// Waits while the queue is empty and open, until `deadline` (a monotonic time in
    /// milliseconds) or for ever when it is nil: an idle watcher does not wake up.
    public func wait(until deadline: Int64?) {
        condition.withLock {
            while events.isEmpty, !closed {
                if let deadline {
                    let remaining = deadline - MonotonicClock.milliseconds()
                    if remaining <= 0 { break }
                    _ = condition.wait(until: Date(timeIntervalSinceNow: Double(remaining) / 1_000))
                } else {
                    condition.wait()
                }
            }
        }
    }

    /// Everything queued now, without waiting.
    public func take() -> [FileEvent] {
        condition.withLock {
            defer { events = [] }
            return events
        }
    }
}
