import Foundation

/// Work spread over threads that end with it. libdispatch's pool (`concurrentPerform`) keeps a
/// worker that wakes every second afterwards, and a watcher is to sleep while nothing happens.
public enum ShortLivedThreads {
    /// Runs `body` once for each of `0..<count`, on the calling thread and `count - 1` threads
    /// started for it, and returns when every call has.
    public static func run(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 1 else {
            if count == 1 { body(0) }
            return
        }
        let done = DispatchSemaphore(value: 0)
        for index in 1..<count {
            Thread {
                body(index)
                done.signal()
            }.start()
        }
        body(0)
        for _ in 1..<count { done.wait() }
    }
}
