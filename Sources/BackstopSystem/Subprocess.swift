import Foundation
import Glibc

/// Runs programs with posix_spawn: one that is waited for and whose output is collected (git), or
/// one that is left running in a session of its own (the watcher's daemon).
///
/// Foundation's `Process.waitUntilExit` on Linux spins its run loop in 50 ms slices, which alone
/// would put a hook far over its 20 ms budget; this waits exactly as long as the child runs.
public enum Subprocess {
    public struct Outcome: Sendable {
        public let status: Int32
        public let output: [UInt8]
        public let errorOutput: [UInt8]
    }

    /// A child that is running; `finish` collects what it writes and waits for it.
    public struct Running: Sendable {
        let child: pid_t
        let outputDescriptor: Int32
        let errorDescriptor: Int32
        let inputDescriptor: Int32
        let input: [UInt8]
    }

    /// Spawns `executable` with `arguments` (argv[0] included) and returns at once, so the caller can
    /// work while it runs; `finish` feeds it `input` and collects what it writes.
    public static func start(_ executable: String, _ arguments: [String], input: [UInt8]?) throws(SystemError) -> Running {
        var outputPipe: [Int32] = [-1, -1], errorPipe: [Int32] = [-1, -1], inputPipe: [Int32] = [-1, -1]
        try retryingInterrupts("pipe") { pipe(&outputPipe) }
        try retryingInterrupts("pipe") { pipe(&errorPipe) }
        try retryingInterrupts("pipe") { pipe(&inputPipe) }
        // pipe2 is not imported from Glibc; close-on-exec keeps these ends out of other children.
        for descriptor in outputPipe + errorPipe + inputPipe { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        let actions = FileActions()
        actions.duplicate(inputPipe[0], as: 0)
        actions.duplicate(outputPipe[1], as: 1)
        actions.duplicate(errorPipe[1], as: 2)
        let spawned = spawn(executable, arguments, actions: actions, newSession: false)
        for descriptor in [inputPipe[0], outputPipe[1], errorPipe[1]] { close(descriptor) }
        guard case .success(let child) = spawned else {
            for descriptor in [inputPipe[1], outputPipe[0], errorPipe[0]] { close(descriptor) }
            throw SystemError(call: "posix_spawn", errno: spawned.errno, path: executable)
        }
        return Running(child: child, outputDescriptor: outputPipe[0], errorDescriptor: errorPipe[0], inputDescriptor: inputPipe[1], input: input ?? [])
    }

    /// Writes the input, reads both outputs in one poll loop (no pipe can fill up and stall the
    /// child), and waits for the child to exit.
    public static func finish(_ running: Running) -> Outcome {
        var output: [UInt8] = [], errorOutput: [UInt8] = []
        var pending = running.input
        var inputDescriptor = running.inputDescriptor
        if pending.isEmpty { close(inputDescriptor); inputDescriptor = -1 } else { _ = fcntl(inputDescriptor, F_SETFL, O_NONBLOCK) }
        var open: [Int32: Bool] = [running.outputDescriptor: true, running.errorDescriptor: true]
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while open.values.contains(true) || inputDescriptor >= 0 {
            var descriptors = open.filter(\.value).map { pollfd(fd: $0.key, events: Int16(POLLIN), revents: 0) }
            if inputDescriptor >= 0 { descriptors.append(pollfd(fd: inputDescriptor, events: Int16(POLLOUT), revents: 0)) }
            guard (try? retryingInterrupts("poll", { poll(&descriptors, nfds_t(descriptors.count), -1) })) != nil else { break }
            for entry in descriptors where entry.revents != 0 {
                if entry.fd == inputDescriptor {
                    let written = pending.withUnsafeBytes { write(inputDescriptor, $0.baseAddress, $0.count) }
                    if written > 0 { pending.removeFirst(written) }
                    if pending.isEmpty || (written < 0 && errno != EAGAIN && errno != EINTR) {
                        close(inputDescriptor)
                        inputDescriptor = -1
                    }
                    continue
                }
                let count = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    if entry.fd == running.outputDescriptor { output += buffer[0..<count] } else { errorOutput += buffer[0..<count] }
                } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                    open[entry.fd] = false
                    close(entry.fd)
                }
            }
        }
        return Outcome(status: wait(for: running.child), output: output, errorOutput: errorOutput)
    }

    /// Waits for a child to end; its exit status, or 128 + the signal that killed it, as a shell says.
    public static func wait(for child: Int32) -> Int32 {
        var status: Int32 = 0
        _ = try? retryingInterrupts("waitpid") { waitpid(child, &status, 0) }
        // WIFEXITED/WEXITSTATUS are macros Swift cannot import: the exit code is in bits 8-15, and a
        // signal death (low seven bits set) is reported as 128 + the signal.
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    // MARK: Detached

    /// Starts `executable` in a new session (no terminal, immune to the shell's hang-up), standard
    /// input from /dev/null, output and errors appended to `outputPath`, and the write end of a
    /// pipe at descriptor 3 in the child. Returns the child's pid and the read end, on which the
    /// child says when it is ready; nothing else the caller holds open reaches the child.
    public static func startDetached(_ executable: String, _ arguments: [String], outputPath: String) throws(SystemError) -> (child: Int32, messages: Int32) {
        var ends: [Int32] = [-1, -1]
        try retryingInterrupts("pipe") { pipe(&ends) }
        // Only the duplicate at descriptor 3 may reach the child: a second copy would keep the pipe
        // open after the child closes 3.
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        let actions = FileActions()
        actions.open(0, "/dev/null", O_RDONLY)
        actions.open(1, outputPath, O_WRONLY | O_CREAT | O_APPEND)
        actions.duplicate(1, as: 2)
        actions.duplicate(ends[1], as: readyDescriptor)
        markInheritedDescriptorsCloseOnExec()
        let spawned = spawn(executable, arguments, actions: actions, newSession: true)
        close(ends[1])
        guard case .success(let child) = spawned else {
            close(ends[0])
            throw SystemError(call: "posix_spawn", errno: spawned.errno, path: executable)
        }
        return (child, ends[0])
    }

    /// The descriptor on which a detached child finds the pipe to its launcher.
    public static let readyDescriptor: Int32 = 3

    /// Reads one line (or what comes before the end) from a descriptor, then closes it.
    public static func readLine(closing descriptor: Int32) -> String {
        defer { close(descriptor) }
        var said: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while !said.contains(UInt8(ascii: "\n")) {
            guard let count = try? retryingInterrupts("read", { read(descriptor, &buffer, buffer.count) }), count > 0 else { break }
            said += buffer[..<count]
        }
        return String(decoding: said, as: UTF8.self)
    }

    /// Writes one line to a descriptor a launcher handed over, then closes it.
    public static func writeLine(_ text: String, closing descriptor: Int32) {
        let bytes = Array((text + "\n").utf8)
        _ = try? retryingInterrupts("write") { write(descriptor, bytes, bytes.count) }
        close(descriptor)
    }

    /// Nothing the launcher inherited may live on in the daemon: a caller that learns of its
    /// child's exit from a descriptor closing (Foundation's `Process` does) would wait for ever.
    private static func markInheritedDescriptorsCloseOnExec() {
        for (name, _) in DirectoryListing.entries(of: "/proc/self/fd") ?? [] {
            if let descriptor = Int32(String(decoding: name, as: UTF8.self)), descriptor > 2 { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        }
    }

    // MARK: Spawning

    /// `posix_spawn_file_actions_t`, set up in order and destroyed with the value.
    private final class FileActions {
        var actions = posix_spawn_file_actions_t()

        init() { posix_spawn_file_actions_init(&actions) }
        deinit { posix_spawn_file_actions_destroy(&actions) }

        func duplicate(_ descriptor: Int32, as target: Int32) { posix_spawn_file_actions_adddup2(&actions, descriptor, target) }
        func open(_ target: Int32, _ path: String, _ flags: Int32) { posix_spawn_file_actions_addopen(&actions, target, path, flags, 0o600) }
    }

    private enum Spawned {
        case success(Int32)
        case failure(errno: Int32)

        var errno: Int32 { if case .failure(let code) = self { code } else { 0 } }
    }

    /// The process environment is passed as it is.
    private static func spawn(_ executable: String, _ arguments: [String], actions: FileActions, newSession: Bool) -> Spawned {
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // POSIX_SPAWN_SETSID (glibc 2.26): the child leaves the terminal's session.
        if newSession { posix_spawnattr_setflags(&attributes, Int16(0x80)) }
        var child: pid_t = 0
        let code = posix_spawn(&child, executable, &actions.actions, &attributes, argv, envp)
        return code == 0 ? .success(child) : .failure(errno: code)
    }
}
