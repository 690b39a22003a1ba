import BackstopCore
import BackstopGuard
import BackstopSystem
import BackstopWatch
import BackstopTestSupport
import Foundation
import Glibc
import Testing

/// `kill -9` of the watcher in the middle of its work, for real: the repository stays valid, the
/// user's index untouched, the work recoverable, and a restarted watcher resumes where the killed one
/// stopped. The kills land at measured points of the work; the tests wait on sync cookies.
@Suite struct WatchKillTests {
    /// `kill -9` of the watcher while it snapshots an allowed action (a build writing 400 new
    /// files: each read into the object database as it is closed, then the action's snapshot and the
    /// private index). Each round the repository stays valid and the user's index untouched; the
    /// restarted watcher takes its baseline (which holds the files the dead one was snapshotting),
    /// snapshots the next build and still rolls back an `rm -rf`.
    @Test func killNineMidSnapshotThenARestartedWatcherResumes() throws {
        var files = WatchedRepository.sourceFiles(40)
        files[".backstop.json"] = #"{"watch": {"settleMilliseconds": 100}}"#
        let watched = try WatchedRepository(files: files)
        let repository = watched.repository
        let index = try watched.userIndex()
        let count = 400
        func build(_ name: String) -> String {
            "mkdir \(name) && for i in $(seq 1 \(count)); do echo \"\(name) file $i\" > \(name)/g$i.txt; done"
        }
        /// One uninterrupted build, timed until the watcher has logged it: only to spread the next
        /// round's kill over the work, on whatever this machine's speed is at the time.
        func timedBuild(_ name: String) throws -> Int64 {
            let started = MonotonicClock.milliseconds()
            try watched.shell(build(name)).expectSuccess()
            let actions = try watched.sync()
            #expect(!actions.isEmpty && actions.allSatisfy { $0.verdict == .allow }, "\(name): \(actions.map(\.summary))")
            return MonotonicClock.milliseconds() - started
        }
        var duration = try timedBuild("measured")

        let rounds = 8
        var midway = 0
        var leftovers = 0
        for round in 0..<rounds {
            let name = "killed\(round)"
            let leftBefore = watched.leftoverWriteFiles()
            let shell = try watched.launchShell(build(name))
            // Fault injection, not synchronisation: each kill lands at a different point of the work.
            usleep(useconds_t(duration * 1000 * Int64(round + 1) / Int64(rounds + 1)))
            try watched.killWatcher()
            shell.waitUntilExit()
            #expect(shell.terminationStatus == 0)
            // The build may make several actions: it is logged once they count all its files.
            let logged = watched.allEntries().filter { $0.event == .action && ($0.sample ?? []).contains { $0.hasPrefix(name + "/") } }
                .reduce(0) { $0 + ($1.created ?? 0) } >= count
            let firstBlob = try repository.git("hash-object", "--stdin", input: "\(name) file 1\n").output.trimmingCharacters(in: .whitespacesAndNewlines)
            let begun = try repository.git("cat-file", "-e", firstBlob).status == 0
            if begun && !logged { midway += 1 }
            if !watched.leftoverWriteFiles().isSubset(of: leftBefore) { leftovers += 1 }
            try watched.expectValid(userIndex: index, "round \(round)")

            try watched.start()
            _ = try watched.sync()
            let snapshotted = try repository.git("ls-tree", "--name-only", "refs/backstop/snapshots", name + "/").output.split(separator: "\n")
            #expect(snapshotted.count == count, "round \(round): the restarted watcher's baseline holds the build")
            duration = try timedBuild("whole\(round)")
            try watched.expectMassDeletionRolledBack(files, "round \(round)")
            try watched.expectValid(userIndex: index, "round \(round), after the restart")
        }
        #expect(midway >= rounds / 2, """
            kills that landed after the build's content was being stored and before its action was logged: \(midway) of \(rounds); \
            \(leftovers) left a lock or temporary file
            """)
    }

    /// `kill -9` of the watcher while it rolls back an `rm -rf` of 1,000 files (the blocked state's
    /// snapshot, then the checkout, the read-back, the undo record and the log). Each round the
    /// repository stays valid and the user's index untouched, the work is recoverable, and the
    /// restarted watcher still rolls back the next `rm -rf`.
    @Test func killNineMidRollbackLeavesTheWorkRecoverableAndARestartedWatcherResumes() throws {
        var files = WatchedRepository.sourceFiles(1000, folders: 10)
        files[".backstop.json"] = #"{"watch": {"settleMilliseconds": 100}}"#
        let watched = try WatchedRepository(files: files)
        let repository = watched.repository
        let index = try watched.userIndex()
        var window = try watched.timedRollback(files, "measured")

        let rounds = 8
        var midway = 0
        var leftovers = 0
        for round in 0..<rounds {
            let beforeDeletion = try watched.newestSnapshot()
            let leftBefore = watched.leftoverWriteFiles()
            let blockedBefore = watched.allEntries().filter { $0.verdict == .block }.count
            try watched.shell("rm -rf src").expectSuccess()
            // Fault injection, not synchronisation: the kills are spread over the last measured
            // rollback, from its first write (the blocked state's snapshot) to its entry in the log.
            usleep(useconds_t((window.backup + (window.logged - window.backup) * Int64(2 * round + 1) / Int64(2 * rounds)) * 1000))
            try watched.killWatcher()
            let begun = try watched.newestSnapshot() != beforeDeletion
            let logged = watched.allEntries().filter { $0.verdict == .block }.count > blockedBefore
            if begun && !logged { midway += 1 }
            if !watched.leftoverWriteFiles().isSubset(of: leftBefore) { leftovers += 1 }
            try watched.expectValid(userIndex: index, "round \(round)")

            // The restarted watcher resumes from the dead one's last settled snapshot: what changed
            // since (the deletion, if the rollback had not put it all back) is its first action.
            try watched.start()
            let resumed = try watched.sync().filter { $0.event == .action }
            // (The killed watcher's own entry is among them when the kill came after it was logged.)
            #expect(resumed.allSatisfy { $0.verdict == .block }, "round \(round): \(resumed.map(\.summary))")
            for (path, text) in files { #expect(repository.read(path) == text, "round \(round): \(path)") }
            _ = beforeDeletion
            window = try watched.timedRollback(files, "round \(round)")
            try watched.expectValid(userIndex: index, "round \(round), after the restart")
        }
        #expect(midway >= rounds / 2, """
            kills that landed after the rollback's first write and before its log entry: \(midway) of \(rounds); \
            \(leftovers) left a lock or temporary file
            """)
    }

    /// A watcher killed, work deleted while none runs, the watcher started again: it resumes from
    /// the killed one's last snapshot and rolls the deletion back. After a clean stop it would not
    /// (see below): a person who stops the watcher may delete what they like.
    @Test func aRestartAfterAKillJudgesWhatHappenedMeanwhile() throws {
        let files = WatchedRepository.sourceFiles(40)
        let watched = try WatchedRepository(files: files)
        try watched.killWatcher()
        try watched.shell("rm -rf src && echo 'new' > notes.txt").expectSuccess()
        try watched.start()
        let resumed = try watched.sync()
        #expect(resumed.map(\.verdict) == [.block], "\(resumed.map(\.summary))")
        #expect(resumed.first?.message?.contains("while no watcher ran") == true)
        for (path, text) in files { #expect(watched.repository.read(path) == text, "\(path)") }
        // What the harm took is rolled back, nothing else: the new file stays. The blocked state is
        // kept whole for `backstop undo`.
        #expect(watched.repository.read("notes.txt") == "new\n")
        #expect(try watched.repository.git("show", "refs/backstop/blocked:notes.txt").output == "new\n")
        try watched.expectMassDeletionRolledBack(files, "after the restart")
    }

    /// What the rounds above can leave, made certain: a watcher started while `src` is missing (its
    /// baseline lacks it), a person's `backstop restore` puts `src` back, and the next `rm -rf src`
    /// is still blocked: files a person restored are work brought back, not the session's own.
    @Test func workRestoredByHandUnderARestartedWatcherIsStillGuarded() throws {
        let files = WatchedRepository.sourceFiles(40)
        let watched = try WatchedRepository(files: files)
        let repository = watched.repository
        let beforeDeletion = try watched.newestSnapshot()
        try repository.backstop("watch", "--stop").expectSuccess()
        try watched.shell("rm -rf src").expectSuccess()
        try watched.start()
        #expect(try watched.sync().isEmpty)
        try repository.backstop("restore", beforeDeletion, "--", "src").expectSuccess()
        let restored = try watched.sync()
        #expect(restored.map(\.verdict) == [.allow], "\(restored.map(\.summary))")
        try watched.expectMassDeletionRolledBack(files, "after the restore")
    }
}

/// Stopping the watcher other than by `backstop watch --stop` (B2.1, B2.2).
@Suite struct WatchStopTests {
    /// A SIGTERM from anyone else is a kill: the next watcher resumes from the last snapshot and
    /// judges what changed while none ran.
    @Test func aSigtermFromOutsideIsTreatedAsAKill() throws {
        let watched = try WatchedRepository(files: WatchedRepository.sourceFiles(40))
        let pid = try #require(WatcherRegistration.running(watched.location)?.pid)
        #expect(kill(pid, SIGTERM) == 0)
        FileLock.waitUntilFree(watched.storeDirectory + "/watch.pid")
        #expect(watched.allEntries().last { $0.event == .stop }?.message?.contains("treated as a kill") == true)
        try watched.shell("rm -rf src/m0 src/m1").expectSuccess()
        try watched.start()
        let actions = try watched.sync()
        #expect(actions.contains { $0.verdict == .block && ($0.message ?? "").contains("while no watcher ran") }, "\(actions.map(\.summary))")
        #expect(FileManager.default.fileExists(atPath: watched.root + "/src/m0/f0.txt"))
    }

    /// After `watch --stop`, what is deleted meanwhile is not rolled back (a person stopped the
    /// guard), but the next start names it and says how to bring it back.
    @Test func aStartNamesWorkFilesMissingSinceTheLastSnapshot() throws {
        let watched = try WatchedRepository(files: WatchedRepository.sourceFiles(40))
        try watched.repository.backstop("watch", "--stop").expectSuccess()
        #expect(watched.allEntries().last { $0.event == .stop }?.message == "stopped")
        try watched.shell("rm -rf src/m0").expectSuccess()
        try watched.start()
        _ = try watched.sync()
        let start = try #require(watched.allEntries().last { $0.event == .start }?.message)
        #expect(start.contains("10 work files of the last snapshot") && start.contains("backstop restore"), "\(start)")
        #expect(!FileManager.default.fileExists(atPath: watched.root + "/src/m0/f0.txt"))
    }
}
