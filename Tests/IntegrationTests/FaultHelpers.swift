import BackstopCore
import BackstopGit
import BackstopGuard
import BackstopSystem
import BackstopTestSupport
import Foundation
import Glibc
import Testing

/// A small tmpfs mounted over a folder, to fill a disk for real (the tests run as root).
enum SmallDisk {
    static let canMount: Bool = {
        guard getuid() == 0 else { return false }
        let probe = NSTemporaryDirectory() + "backstop-mount-probe-" + UUID().uuidString
        guard mkdir(probe, 0o700) == 0 else { return false }
        defer { rmdir(probe) }
        guard Glibc.mount("tmpfs", probe, "tmpfs", 0, "size=64k") == 0 else { return false }
        unmount(probe)
        return true
    }()

    static func mount(at path: String, bytes: Int) throws {
        guard Glibc.mount("tmpfs", path, "tmpfs", 0, "size=\(bytes)") == 0 else { throw SystemError(call: "mount", errno: errno, path: path) }
    }

    static func unmount(_ path: String) {
        _ = umount2(path, Int32(MNT_DETACH))
    }

    /// Fills the disk that holds `folder` (made if missing): first `reservingPages` files of one
    /// page each, then one file until nothing fits. Returns the reserve files: deleting one frees
    /// exactly one page.
    static func fill(_ folder: String, reservingPages pages: Int) throws -> [String] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let reserve = (0..<pages).map { folder + "/reserve-\($0)" }
        for path in reserve { try Data("r".utf8).write(to: URL(fileURLWithPath: path)) }
        let descriptor = open(folder + "/filler", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw SystemError(call: "open", errno: errno, path: folder + "/filler") }
        defer { close(descriptor) }
        let page = [UInt8](repeating: 0, count: Int(getpagesize()))
        while write(descriptor, page, page.count) == page.count {}
        var status = statvfs()
        guard statvfs(folder, &status) == 0, status.f_bavail == 0 else { throw SystemError(call: "statvfs (the disk is not full)", errno: errno, path: folder) }
        return reserve
    }
}

/// Running Backstop as an unprivileged user (nobody), on a repository that user owns: root reads
/// every file, so only another user meets a file it cannot read.
enum Nobody {
    static let uid: uid_t = 65534
    static let setpriv = "/usr/bin/setpriv"
    static var prefix: [String] { ["--reuid=\(uid)", "--regid=\(uid)", "--clear-groups"] }

    static let canRunAs: Bool = {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: setpriv) else { return false }
        let probe = try? TestProcess.run(setpriv, prefix + ["/usr/bin/test", "-x", BuiltBinary.path], environment: ProcessInfo.processInfo.environment)
        return probe?.status == 0
    }()

    /// Hands the working tree and the home folder to the user.
    static func own(_ repository: TemporaryRepository) throws {
        for top in [repository.root, repository.home] {
            try TestProcess.run("/bin/chown", ["-R", "\(uid):\(uid)", top], environment: ProcessInfo.processInfo.environment).expectSuccess()
        }
    }

    /// The test's own git (root) may read a repository another user owns.
    static func rootGitEnvironment(_ repository: TemporaryRepository) -> [String: String] {
        var environment = repository.environment
        environment["GIT_CONFIG_COUNT"] = "1"
        environment["GIT_CONFIG_KEY_0"] = "safe.directory"
        environment["GIT_CONFIG_VALUE_0"] = "*"
        return environment
    }

    static func backstop(_ repository: TemporaryRepository, _ arguments: String...) throws -> ProcessResult {
        try TestProcess.run(setpriv, prefix + [BuiltBinary.path, "-C", repository.root] + arguments, environment: repository.environment)
    }

    static func shell(_ repository: TemporaryRepository, _ script: String) throws -> ProcessResult {
        try TestProcess.run(setpriv, prefix + ["/bin/sh", "-c", "cd '\(repository.root)' && " + script], environment: repository.environment)
    }
}

extension TemporaryRepository {
    @discardableResult
    func git(_ arguments: String..., environment: [String: String]) throws -> ProcessResult {
        try TestProcess.run(HermeticGit.executable, ["-C", root] + arguments, environment: environment)
    }

    var location: RepositoryLocation { RepositoryLocation(root: root, gitDirectory: root + "/.git", commonDirectory: root + "/.git") }
}

extension WatcherSync {
    /// Waits for the watcher's answer (60 s at most); a watcher that does not answer is a failed test.
    func answered() -> [AuditEntry] {
        do {
            return try sync(timeoutMilliseconds: 60_000)
        } catch {
            Issue.record("the watcher never answered: \(error)")
            return []
        }
    }
}

/// `backstop watch` in the foreground with its stderr on a pipe, for a test that must hear the
/// watcher when the disk under its log is full.
final class ForegroundWatcher {
    private let process = Process()
    private let errors = Pipe()
    private var heard = Data()
    /// Complete lines already looked at.
    private var consumed = 0

    init(_ repository: TemporaryRepository) throws {
        process.executableURL = URL(fileURLWithPath: BuiltBinary.path)
        process.arguments = ["-C", repository.root, "watch"]
        process.environment = repository.environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
    }

    var isRunning: Bool { process.isRunning }

    /// Reads what the watcher says until a line after the last one returned holds `text` (60 s at
    /// most); returns that line.
    func waitForLine(containing text: String) -> String? {
        let descriptor = errors.fileHandleForReading.fileDescriptor
        let guardTime = MonotonicClock.milliseconds() + 60_000
        while true {
            let lines = String(decoding: heard, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            for (position, line) in lines.enumerated().dropFirst(consumed) {
                consumed = position + 1
                if line.contains(text) { return String(line) }
            }
            let left = guardTime - MonotonicClock.milliseconds()
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard left > 0, poll(&ready, 1, Int32(left)) > 0 else { break }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = Glibc.read(descriptor, &buffer, buffer.count)
            if count <= 0 { break }
            heard.append(contentsOf: buffer[..<count])
        }
        Issue.record("the watcher never said '\(text)'; it said:\n\(String(decoding: heard, as: UTF8.self))")
        return nil
    }

    /// SIGTERM, then its exit status.
    func stop() -> Int32 {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
