import Foundation

/// Work run on a thread of its own that ends with it, its result waited for later. libdispatch's
/// pool (`concurrentPerform`, `async`) keeps a worker that wakes every second afterwards, and a
/// watcher is to sleep while nothing happens.
public final class BackgroundWork<Value>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    // Written by the worker before it signals, read by the waiter after: the semaphore orders them.
    private var outcome: Result<Value, any Error> = .failure(SystemError(call: "thread", errno: ECANCELED))

    public init(_ work: @escaping @Sendable () throws -> Value) {
        Thread { [self] in
            outcome = Result { try work() }
            finished.signal()
        }.start()
    }

    /// Waits for the work (call it once); its error is thrown here.
    public func value() throws -> Value {
        finished.wait()
        return try outcome.get()
    }
}

/// Work spread over threads that end with it.
public enum ShortLivedThreads {
    /// Runs `body` once for each of `0..<count`, on the calling thread and `count - 1` threads
    /// started for it, and returns when every call has.
    public static func run(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let others = (1..<max(count, 1)).map { index in BackgroundWork { body(index) } }
        if count > 0 { body(0) }
        // `body` cannot fail: waiting is all there is to do.
        for other in others { _ = try? other.value() }
    }
}
