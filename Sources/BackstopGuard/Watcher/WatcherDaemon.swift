import BackstopGit
import BackstopSystem
import Foundation

/// Starts `backstop watch` in the background: a new session (no terminal, immune to the shell's
/// hang-up), output appended to `watch.out` in the store outside the tree, and a pipe on which the child says
/// "ready" once its watches and baseline snapshot are in place. Returns only then, so a script
/// that runs `watch --daemon` and then an agent is guarded from the agent's first step.
public enum WatcherDaemon {
    public static func outputPath(_ location: RepositoryLocation) -> String { OutsideStore(location: location).directory + "/watch.out" }

    /// What the child says on its ready pipe once it watches.
    public static let readyMessage = "ready"

    /// The child's pid, once it is ready. `configurationFile` is passed on as `--config`.
    public static func start(_ location: RepositoryLocation, configurationFile: String?) throws -> Int32 {
        if let running = WatcherRegistration.running(location) {
            throw GuardError("a watcher already guards \(location.root) (pid \(running.pid), since \(running.since))",
                             hint: "stop it with `backstop watch --stop`")
        }
        try OutsideStore(location: location).createDirectory()
        let output = outputPath(location)
        let executable: String
        do {
            executable = try CurrentProcess.executablePath()
        } catch {
            throw GuardError("cannot find the backstop executable (/proc/self/exe)")
        }
        var arguments = [executable, "-C", location.root]
        if let configurationFile { arguments += ["--config", configurationFile] }
        arguments += ["watch", "--ready-fd", String(Subprocess.readyDescriptor)]
        let started: (child: Int32, messages: Int32)
        do {
            started = try Subprocess.startDetached(executable, arguments, outputPath: output)
        } catch {
            throw GuardError("cannot start \(executable): \(error.reason)")
        }
        guard Subprocess.readLine(closing: started.messages).hasPrefix(readyMessage) else {
            _ = Subprocess.wait(for: started.child)
            let tail = (try? String(contentsOfFile: output, encoding: .utf8))?.split(separator: "\n").suffix(5).joined(separator: "\n") ?? ""
            throw GuardError("the watcher did not start" + (tail.isEmpty ? "" : ":\n" + tail), hint: "see \(output)")
        }
        return started.child
    }
}
