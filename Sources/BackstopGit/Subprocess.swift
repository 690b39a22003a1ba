import Foundation
import Glibc

/// Runs a program and collects what it writes, with posix_spawn, poll and waitpid.
///
/// Foundation's `Process.waitUntilExit` on Linux spins its run loop in 50 ms slices, which alone
/// would put a hook far over its 20 ms budget; this waits exactly as long as the child runs.
enum Subprocess {
    struct Outcome {
        let status: Int32
        let output: [UInt8]
        let errorOutput: [UInt8]
    }

    /// A child that is running; `finish` collects what it writes and waits for it.
    struct Running {
        let child: pid_t
        let outputDescriptor: Int32
        let errorDescriptor: Int32
        let inputDescriptor: Int32
        let input: [UInt8]
    }

    /// Spawns `executable` with `arguments` (argv[0] included) and returns at once, so the caller can
    /// work while it runs; `finish` feeds it `input` and collects what it writes.
    static func start(_ executable: String, _ arguments: [String], input: [UInt8]?) -> Result<Running, SpawnError> {
        var outputPipe: [Int32] = [-1, -1], errorPipe: [Int32] = [-1, -1], inputPipe: [Int32] = [-1, -1]
        guard pipe(&outputPipe) == 0, pipe(&errorPipe) == 0, pipe(&inputPipe) == 0 else {
            return .failure(SpawnError(call: "pipe", errno: errno))
        }
        // pipe2 is not imported from Glibc; close-on-exec keeps these ends out of other children.
        for descriptor in outputPipe + errorPipe + inputPipe { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inputPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, executable, &actions, nil, argv, envp)
        for descriptor in [inputPipe[0], outputPipe[1], errorPipe[1]] { close(descriptor) }
        guard spawned == 0 else {
            for descriptor in [inputPipe[1], outputPipe[0], errorPipe[0]] { close(descriptor) }
            return .failure(SpawnError(call: "posix_spawn \(executable)", errno: spawned))
        }
        return .success(Running(child: child, outputDescriptor: outputPipe[0], errorDescriptor: errorPipe[0], inputDescriptor: inputPipe[1], input: input ?? []))
    }

    /// Writes the input, reads both outputs in one poll loop (no pipe can fill up and stall the
    /// child), and waits for the child to exit.
    static func finish(_ running: Running) -> Outcome {
        var output: [UInt8] = [], errorOutput: [UInt8] = []
        var pending = running.input
        var inputDescriptor = running.inputDescriptor
        if pending.isEmpty { close(inputDescriptor); inputDescriptor = -1 } else { _ = fcntl(inputDescriptor, F_SETFL, O_NONBLOCK) }
        var open: [Int32: Bool] = [running.outputDescriptor: true, running.errorDescriptor: true]
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while open.values.contains(true) || inputDescriptor >= 0 {
            var descriptors = open.filter(\.value).map { pollfd(fd: $0.key, events: Int16(POLLIN), revents: 0) }
            if inputDescriptor >= 0 { descriptors.append(pollfd(fd: inputDescriptor, events: Int16(POLLOUT), revents: 0)) }
            if poll(&descriptors, nfds_t(descriptors.count), -1) < 0 {
                if errno == EINTR { continue }
                break
            }
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
        var status: Int32 = 0
        while waitpid(running.child, &status, 0) < 0, errno == EINTR {}
        // WIFEXITED/WEXITSTATUS are macros Swift cannot import: the exit code is in bits 8-15, and a
        // signal death (low seven bits set) is reported as 128 + the signal, like a shell does.
        let signal = status & 0x7F
        return Outcome(status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal, output: output, errorOutput: errorOutput)
    }

    struct SpawnError: Error {
        let call: String
        let errno: Int32
        var message: String { "\(call) failed: \(String(cString: strerror(errno)))" }
    }
}
