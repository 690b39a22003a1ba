import BackstopCore
import BackstopSystem
import BackstopTestSupport
import BackstopWatch
import Foundation
import Glibc
import Testing

extension WatchedRepository {
    /// The user's index, byte for byte: nothing Backstop does may change it.
    func userIndex() throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: root + "/.git/index"))
    }

    func newestSnapshot() throws -> String {
        try repository.git("rev-parse", "refs/backstop/snapshots").output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `git fsck` clean, the user's index as it was, and the snapshot ref on a commit.
    func expectValid(userIndex index: Data, _ context: String) throws {
        let fsck = try repository.git("fsck", "--no-dangling")
        #expect(fsck.status == 0, "\(context): \(fsck.all)")
        #expect(try userIndex() == index, "\(context): the user's index is untouched")
        #expect(try repository.git("cat-file", "-t", "refs/backstop/snapshots").output == "commit\n", "\(context)")
    }

    /// `rm -rf src` is blocked and every file of `files` under `src/` comes back.
    func expectMassDeletionRolledBack(_ files: [String: String], _ context: String) throws {
        try shell("rm -rf src").expectSuccess()
        let actions = try sync()
        #expect(actions.map(\.verdict) == [.block], "\(context): \(actions.map(\.summary))")
        for (path, text) in files where path.hasPrefix("src/") { #expect(repository.read(path) == text, "\(context): \(path)") }
    }

    /// Runs `script` in the working tree without waiting for it.
    func launchShell(_ script: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "cd '\(root)' && " + script]
        process.environment = repository.environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// `kill -9` of the running watcher; returns once it is gone (its lock on the pid file is free).
    func killWatcher() throws {
        let path = storeDirectory + "/watch.pid"
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let details = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let pid = try #require(details?["pid"] as? Int, "the watcher's pid")
        #expect(kill(pid_t(pid), SIGKILL) == 0)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_SH) != 0, errno == EINTR {}
    }

    /// Lock and temporary files that a writer killed mid-write leaves (the next writer removes the
    /// locks; git's `gc` the temporary objects).
    func leftoverWriteFiles() -> Set<String> {
        var found = Set([".git/backstop/index.lock", ".git/refs/backstop/snapshots.lock", ".git/refs/backstop/undo.lock", ".git/refs/backstop/blocked.lock"]
            .filter { FileManager.default.fileExists(atPath: root + "/" + $0) })
        let objects = FileManager.default.enumerator(atPath: root + "/.git/objects")
        while let path = objects?.nextObject() as? String {
            if (path as NSString).lastPathComponent.hasPrefix("tmp_") { found.insert(path) }
        }
        return found
    }

    /// `rm -rf src`, blocked and every file of `files` under `src/` back, timed from the moment `rm`
    /// returns: when the rollback's first write (the blocked state's snapshot) moves
    /// `refs/backstop/snapshots`, and when its entry reaches the log. Woken by inotify on both
    /// folders; the times only spread kills over the work.
    func timedRollback(_ files: [String: String], _ context: String) throws -> (backup: Int64, logged: Int64) {
        // The snapshot ref and the log, and nothing else of `.git`.
        let watched = ["refs", "refs/backstop", "backstop"].map(RepositoryPath.init)
        let folders = try InotifyWatcher(root: root + "/.git") { !watched.contains($0) }
        folders.start()
        defer { folders.stop() }
        let reference = root + "/.git/refs/backstop/snapshots"
        let before = try String(contentsOfFile: reference, encoding: .utf8)
        let blockedBefore = allEntries().filter { $0.verdict == .block }.count
        try shell("rm -rf src").expectSuccess()
        let start = MonotonicClock.milliseconds()
        let guardTime = start + 60_000
        var backup: Int64?
        var logged: Int64?
        while logged == nil, MonotonicClock.milliseconds() < guardTime {
            let now = MonotonicClock.milliseconds()
            if backup == nil, (try? String(contentsOfFile: reference, encoding: .utf8)) != before { backup = now - start }
            if allEntries().filter({ $0.verdict == .block }).count > blockedBefore { logged = now - start } else { _ = folders.take(until: guardTime) }
        }
        let actions = try sync()
        #expect(actions.map(\.verdict) == [.block], "\(context): \(actions.map(\.summary))")
        for (path, text) in files where path.hasPrefix("src/") { #expect(repository.read(path) == text, "\(context): \(path)") }
        let window = (backup: backup ?? 0, logged: logged ?? 0)
        #expect(window.backup < window.logged, "\(context): \(window)")
        return window
    }
}
