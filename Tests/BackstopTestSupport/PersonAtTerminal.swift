import BackstopCore
import BackstopSystem
import Foundation
import Glibc

/// A person at a terminal, for the commands only a person runs: the binary runs in a session of
/// its own (`setsid`) whose controlling terminal is a pseudo-terminal this side holds, with
/// standard input from /dev/null and standard output and error captured as an agent's tool would.
/// Whatever the binary writes to its terminal is read here; once it shows a code, `typing` says
/// what to type back (the code itself unless told otherwise).
public enum PersonAtTerminal {
    /// What the run left: the process's result and everything it wrote to its terminal.
    public struct Run: Sendable {
        public let result: ProcessResult
        public let terminal: String
    }

    /// The code a prompt shows: the characters after "type the code ".
    public static func code(in terminal: String) -> String? {
        guard let range = terminal.range(of: "type the code ") else { return nil }
        let code = terminal[range.upperBound...].prefix { $0.isLetter || $0.isNumber }
        return code.isEmpty ? nil : String(code)
    }

    public static func run(_ arguments: [String], environment: [String: String], typing: @escaping (String) -> String = { $0 },
                           timeoutSeconds: Double = 60) throws -> Run {
        // posix_openpt, unlockpt and ptsname as Linux implements them (the module does not export
        // them): open the multiplexer, clear the lock, ask the number (TIOCSPTLCK, TIOCGPTN).
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw TerminalFailure(message: "no pseudo-terminal: errno \(errno)") }
        defer { close(master) }
        var unlock: CInt = 0
        var number: CInt = 0
        guard ioctl(master, UInt(0x4004_5431), &unlock) == 0, ioctl(master, UInt(0x8004_5430), &number) == 0 else {
            throw TerminalFailure(message: "cannot unlock the pseudo-terminal: errno \(errno)")
        }
        let terminalPath = "/dev/pts/\(number)"

        // The shell is the session's leader with no terminal yet: opening one makes it its
        // controlling terminal, which the binary it becomes keeps.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        process.arguments = ["--wait", "/bin/sh", "-c", "exec 3<>\"$0\" && exec \"$@\"", terminalPath, BuiltBinary.path] + arguments
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let collected = Collected()
        let readers = DispatchGroup()
        for (pipe, isOutput) in [(output, true), (errors, false)] {
            readers.enter()
            Thread {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                collected.lock.lock()
                if isOutput { collected.output = data } else { collected.errors = data }
                collected.lock.unlock()
                readers.leave()
            }.start()
        }

        var transcript: [UInt8] = []
        var answered = false
        let deadline = Date().addingTimeInterval(timeoutSeconds)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 100)
            if ready > 0 {
                let count = read(master, &buffer, buffer.count)
                // EIO: every descriptor of the terminal's other side is closed, the binary is done.
                if count <= 0 { break }
                transcript += buffer[0..<count]
            } else if !process.isRunning {
                break
            }
            if !answered, let code = code(in: String(decoding: transcript, as: UTF8.self)), transcript.last == UInt8(ascii: " ") {
                let line = Array((typing(code) + "\n").utf8)
                _ = line.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
                answered = true
            }
        }
        if process.isRunning { process.terminate() }
        readers.wait()
        process.waitUntilExit()
        return Run(result: ProcessResult(status: process.terminationStatus, outputBytes: Array(collected.output), errorBytes: Array(collected.errors)),
                   terminal: String(decoding: transcript, as: UTF8.self))
    }

    public struct TerminalFailure: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    private final class Collected: @unchecked Sendable {
        let lock = NSLock()
        var output = Data()
        var errors = Data()
    }
}

extension TemporaryRepository {
    /// Runs the built binary as a person at a terminal would (`PersonAtTerminal`).
    public func backstopAtTerminal(_ arguments: String..., typing: @escaping (String) -> String = { $0 }) throws -> PersonAtTerminal.Run {
        try PersonAtTerminal.run(["-C", root] + arguments, environment: environment, typing: typing)
    }

    /// Writes the user file (`~/.config/backstop/config.json` in this repository's HOME), and, as a
    /// person's `backstop config --accept` would, records that a person accepted it: what a user
    /// file loosens counts only then.
    public func writeUserConfiguration(_ text: String, accepted: Bool = true) throws {
        let folder = home + "/.config/backstop"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try text.write(toFile: folder + "/config.json", atomically: true, encoding: .utf8)
        guard accepted else { return }
        let record = HermeticGit.stateHome + "/backstop/accepted-configurations"
        let line = SHA256.hexDigest(Array(text.utf8)) + " " + folder + "/config.json\n"
        // Appended in one write: tests running at once share the record.
        try FileManager.default.createDirectory(atPath: HermeticGit.stateHome + "/backstop", withIntermediateDirectories: true)
        try Files.append(Array(line.utf8), to: record, permissions: 0o600)
    }

    /// The user file relaxes the person-only commands named (all of them by default): for tests
    /// that script them and are not about the person gate.
    public func relaxPersonOnly(_ commands: [String] = ["undo", "allow", "allow-remote", "uninstall", "watch --stop"]) throws {
        let entries = commands.map { "\"\($0)\": false" }.joined(separator: ", ")
        try writeUserConfiguration("{\"personOnly\": {\(entries)}}")
    }
}
