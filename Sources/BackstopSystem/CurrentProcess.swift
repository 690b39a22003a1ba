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

    /// The signals that ask a process to end.
    public enum Termination: Sendable {
        /// SIGINT: Ctrl-C at a terminal, or `kill -INT`.
        case interrupt
        /// SIGTERM: `kill`, a service manager, a logout.
        case terminate
    }

    /// Calls `handler` on another thread when SIGINT or SIGTERM arrives, instead of ending the
    /// process: the caller ends its work, flushes and logs. Keep the result for as long as that holds.
    public static func onTermination(_ handler: @escaping @Sendable (Termination) -> Void) -> AnyObject {
        let sources = [(SIGINT, Termination.interrupt), (SIGTERM, .terminate)].map { number, termination in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { handler(termination) }
            source.resume()
            return source
        }
        return TerminationSources(sources)
    }

    /// Whether standard input is a terminal: a person runs this process in the foreground.
    public static var hasTerminal: Bool { isatty(0) == 1 }

    private final class TerminationSources {
        let sources: [any DispatchSourceSignal]
        init(_ sources: [any DispatchSourceSignal]) { self.sources = sources }
    }
}
