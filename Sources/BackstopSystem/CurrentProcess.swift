import Dispatch
import Glibc

/// This process, and the signals it sends and takes.
public enum CurrentProcess {
    public static var identifier: Int32 { getpid() }

    /// The running executable's absolute path, through `/proc/self/exe`.
    public static func executablePath() throws(SystemError) -> String {
        guard let target = Files.linkTarget("/proc/self/exe") else { throw SystemError.last("readlink", path: "/proc/self/exe") }
        return String(decoding: target, as: UTF8.self)
    }

    /// Asks another process to end (SIGTERM); false when there is no such process.
    public static func terminate(_ process: Int32) throws(SystemError) -> Bool {
        do {
            try retryingInterrupts("kill", path: "pid \(process)") { kill(process, SIGTERM) }
            return true
        } catch where error.errno == ESRCH {
            return false
        }
    }

    /// Calls `handler` on another thread when SIGINT or SIGTERM arrives, instead of ending the
    /// process: the caller ends its work, flushes and logs. Keep the result for as long as that holds.
    public static func onTermination(_ handler: @escaping @Sendable () -> Void) -> AnyObject {
        let sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler(handler: handler)
            source.resume()
            return source
        }
        return TerminationSources(sources)
    }

    private final class TerminationSources {
        let sources: [any DispatchSourceSignal]
        init(_ sources: [any DispatchSourceSignal]) { self.sources = sources }
    }
}
