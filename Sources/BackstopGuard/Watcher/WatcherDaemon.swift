import BackstopGit
import Foundation
import Glibc

/// Starts `backstop watch` in the background: a new session (no terminal, immune to the shell's
/// hang-up), output appended to `.git/backstop/watch.out`, and a pipe on which the child says
/// "ready" once its watches and baseline snapshot are in place. Returns only then, so a script
/// that runs `watch --daemon` and then an agent is guarded from the agent's first step.
enum WatcherDaemon {
    static func outputPath(_ location: RepositoryLocation) -> String { location.stateDirectory + "/watch.out" }

    /// The child's pid, once it is ready.
    static func start(context: CommandContext, location: RepositoryLocation) throws -> Int32 {
        if let running = WatcherRegistration.running(location) {
            throw CommandFailure("a watcher already guards \(location.root) (pid \(running.pid), since \(running.since))", hint: "stop it with `backstop watch --stop`")
        }
        _ = mkdir(location.stateDirectory, 0o700)
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw CommandFailure("pipe: \(String(cString: strerror(errno)))") }
        // Only the duplicate at descriptor 3 may reach the child: a second copy would keep the pipe
        // open after the child closes 3.
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        let childEnd: Int32 = 3
        let output = outputPath(location)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        posix_spawn_file_actions_adddup2(&actions, ends[1], childEnd)
        markInheritedDescriptorsCloseOnExec()
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // POSIX_SPAWN_SETSID (glibc 2.26): the watcher leaves the terminal's session.
        posix_spawnattr_setflags(&attributes, Int16(0x80))

        let executable = try ownExecutable()
        var arguments = [executable, "-C", location.root]
        if let file = context.configurationFile { arguments += ["--config", file] }
        arguments += ["watch", "--ready-fd", String(childEnd)]
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        close(ends[1])
        defer { close(ends[0]) }
        guard spawned == 0 else { throw CommandFailure("cannot start \(executable): \(String(cString: strerror(spawned)))") }
        var said: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while !said.contains(UInt8(ascii: "\n")) {
            let count = read(ends[0], &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            said += buffer[..<count]
        }
        guard String(decoding: said, as: UTF8.self).hasPrefix("ready") else {
            var status: Int32 = 0
            waitpid(child, &status, 0)
            let tail = (try? String(contentsOfFile: output, encoding: .utf8))?.split(separator: "\n").suffix(5).joined(separator: "\n") ?? ""
            throw CommandFailure("the watcher did not start" + (tail.isEmpty ? "" : ":\n" + tail), hint: "see \(output)")
        }
        return child
    }

    /// Nothing the launcher inherited may live on in the daemon: a caller that learns of its
    /// child's exit from a descriptor closing (Foundation's `Process` does) would wait for ever.
    private static func markInheritedDescriptorsCloseOnExec() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") else { return }
        for name in names {
            if let descriptor = Int32(name), descriptor > 2 { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        }
    }

    private static func ownExecutable() throws -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { throw CommandFailure("cannot find the backstop executable (/proc/self/exe)") }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
