import Glibc

/// The process's controlling terminal, `/dev/tty`: a process a person started at a terminal has
/// one; the shells agents run their tools in have none. What is written and read here goes
/// between the process and the person at that terminal, never into the standard output or error
/// an agent's tool captures.
public final class ControllingTerminal {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// The controlling terminal, opened to read and write; nil when the process has none (the
    /// kernel refuses `/dev/tty` then).
    public static func open() -> ControllingTerminal? {
        let descriptor = try? retryingInterrupts("open", path: "/dev/tty") { Glibc.open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY) }
        return descriptor.map(ControllingTerminal.init(descriptor:))
    }

    /// Drops what was typed ahead, so only what is typed after a question answers it.
    public func discardTypedAhead() {
        _ = try? retryingInterrupts("tcflush", path: "/dev/tty") { tcflush(descriptor, TCIFLUSH) }
    }

    public func write(_ text: String) throws(SystemError) {
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = try retryingInterrupts("write", path: "/dev/tty") {
                bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress.map { $0 + written }, bytes.count - written) }
            }
            written += count
        }
    }

    /// One line typed at the terminal, without its newline; nil when the terminal closed (or
    /// Ctrl-D) before one was typed. At most `maximumBytes` are kept.
    public func readLine(maximumBytes: Int = 256) throws(SystemError) -> String? {
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = try retryingInterrupts("read", path: "/dev/tty") { Glibc.read(descriptor, &byte, 1) }
            if count == 0 { return line.isEmpty ? nil : String(decoding: line, as: UTF8.self) }
            if byte == UInt8(ascii: "\n") { return String(decoding: line, as: UTF8.self) }
            if line.count < maximumBytes { line.append(byte) }
        }
    }
}
