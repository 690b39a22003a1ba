import BackstopCore
import BackstopTestSupport
import Foundation
import Testing

/// The watcher end to end: the built binary as a daemon, real inotify, real `rm -rf` and git.
@Suite struct WatchCommandTests {
    @Test func massDeletionIsRolledBackAndUndoPutsItBack() throws {
        let files = WatchedRepository.sourceFiles(40)
        let watched = try WatchedRepository(files: files)
        let status = try watched.repository.backstop("status")
        #expect(status.output.contains("watcher: running (pid"))
        let second = try watched.repository.backstop("watch")
        #expect(second.status == 3)
        #expect(second.errorText.contains("a watcher already guards"))

        try watched.shell("rm -rf src").expectSuccess()
        let actions = try watched.sync()
        #expect(actions.map(\.verdict) == [.block])
        #expect(watched.classes(actions) == ["mass-deletion"])
        #expect(actions.first?.classes?.first?.evidence.hasPrefix("deletes 40 of 41 pre-existing work files") == true)
        #expect(actions.first?.rollback?.mismatched == [])
        for (path, text) in files { #expect(watched.repository.read(path) == text, "\(path)") }
        #expect(try watched.repository.git("status", "--porcelain").output.isEmpty)
        let blocked = try watched.repository.git("ls-tree", "-r", "--name-only", "refs/backstop/blocked")
        #expect(blocked.status == 0)
        #expect(!blocked.output.contains("src/"), "the blocked state is the tree without src")

        try watched.repository.backstop("undo").expectSuccess()
        let undone = try watched.sync()
        #expect(undone.map(\.verdict) == [.allow])
        #expect(undone.first?.message?.contains("backstop undo") == true)
        #expect(!FileManager.default.fileExists(atPath: watched.root + "/src"))
        let log = try watched.repository.backstop("log", "--blocked")
        #expect(log.output.contains("mass-deletion (block): deletes 40 of 41"))
        #expect(try watched.repository.backstop("watch", "--stop").errorText.contains("stopped the watcher"))
        #expect(try watched.repository.backstop("status").output.contains("watcher: not running"))
    }

    @Test func routineWorkPassesUntouched() throws {
        let watched = try WatchedRepository(files: WatchedRepository.sourceFiles(60))
        try watched.shell("for i in 1 2 3 4 5; do echo edited >> src/m1/f$i.txt; done; "
            + "mkdir -p notes && for i in $(seq 1 10); do echo new $i > notes/n$i.md; done").expectSuccess()
        try watched.shell("rm src/m0/f0.txt src/m0/f4.txt src/m0/f8.txt").expectSuccess()
        #expect(try watched.sync().compactMap(\.verdict).allSatisfy { $0 == .allow })
        try watched.shell("mv src lib && mkdir -p build && for i in $(seq 1 300); do echo o > build/o$i; done && rm -rf notes").expectSuccess()
        let moved = try watched.sync()
        #expect(!moved.isEmpty)
        #expect(moved.allSatisfy { $0.verdict == .allow }, "\(moved.map(\.summary))")
        // Moved content keeps its provenance: deleting the moved tree is a mass deletion.
        try watched.shell("rm -rf lib").expectSuccess()
        let deleted = try watched.sync()
        #expect(deleted.map(\.verdict) == [.block])
        #expect(FileManager.default.fileExists(atPath: watched.root + "/lib/m1/f1.txt"))
        #expect(watched.repository.read("lib/m1/f1.txt") == "content of file 1\nedited\n")
    }

    @Test func credentialsWrittenIntoWorkFilesAreRolledBack() throws {
        let watched = try WatchedRepository(files: ["app/config.py": "DEBUG = True\n", "app/main.py": "print('hi')\n"])
        let token = FakeSecrets.gitHubToken()
        try watched.repository.write("app/config.py", "DEBUG = True\nGITHUB_TOKEN = '\(token)'\n")
        let secret = try watched.sync()
        #expect(secret.map(\.verdict) == [.block])
        #expect(watched.classes(secret) == ["secret"])
        #expect(watched.repository.read("app/config.py") == "DEBUG = True\n")
        let password = ["s3cr3t-", "Pa55word-9f8e7d"].joined()
        try watched.repository.write(".env", "DATABASE_PASSWORD=\(password)\nNODE_ENV=development\n")
        #expect(try watched.sync().allSatisfy { $0.verdict == .allow }, "editing .env itself is routine")
        try watched.repository.write("app/settings.py", "PASSWORD = '\(password)'\nMODE = 'development'\n")
        let copy = try watched.sync()
        #expect(watched.classes(copy).contains("credential-copy"))
        #expect(!FileManager.default.fileExists(atPath: watched.root + "/app/settings.py"))
        let log = try String(contentsOfFile: watched.logPath, encoding: .utf8)
        #expect(!log.contains(token) && !log.contains(password), "no secret in the audit log")
        #expect(try watched.repository.git("ls-tree", "-r", "--name-only", "refs/backstop/blocked").output.contains("app/settings.py"))
    }

    @Test func tamperedGuardsAreWrittenBack() throws {
        let watched = try WatchedRepository(files: ["README.md": "hello\n"])
        let hook = watched.root + "/.git/hooks/pre-commit"
        let shim = try String(contentsOfFile: hook, encoding: .utf8)
        try "#!/bin/sh\nexit 0\n".write(toFile: hook, atomically: true, encoding: .utf8)
        let hookAction = try watched.sync()
        #expect(watched.classes(hookAction) == ["guard-tamper"])
        #expect(try String(contentsOfFile: hook, encoding: .utf8) == shim)
        try watched.repository.git("config", "core.hooksPath", "/dev/null").expectSuccess()
        let configAction = try watched.sync()
        #expect(watched.classes(configAction) == ["guard-tamper"])
        #expect(try watched.repository.git("config", "--get", "core.hooksPath").status == 1)
        try watched.repository.git("config", "user.name", "Someone Else").expectSuccess()
        #expect(try watched.sync().isEmpty, "other settings are not guards")
    }

    @Test func gitOperationsAreJudgedByWhatTheyLose() throws {
        let watched = try WatchedRepository(files: WatchedRepository.sourceFiles(100))
        // A branch that rewrites and deletes many files: switching loses nothing committed.
        try watched.shell("git checkout -q -b other && rm -rf src/m2 && for i in $(seq 1 40); do echo other > src/m1/f$i.txt 2>/dev/null; done; "
            + "git add -A && git commit -q --no-verify -m other && git checkout -q main").expectSuccess()
        _ = try watched.sync()
        try watched.shell("git checkout -q other").expectSuccess()
        let switched = try watched.sync()
        #expect(switched.allSatisfy { $0.verdict == .allow }, "\(switched.map(\.summary))")
        try watched.shell("git checkout -q main && for i in $(seq 1 30); do echo mine >> src/m3/f$((i * 4 - 1)).txt 2>/dev/null; done").expectSuccess()
        _ = try watched.sync()
        // stash and pop keep the uncommitted work.
        try watched.shell("git stash -q").expectSuccess()
        let stashed = try watched.sync()
        #expect(stashed.allSatisfy { $0.verdict == .allow }, "\(stashed.map(\.summary))")
        try watched.shell("git stash pop -q").expectSuccess()
        // The popped entry is journaled (an entry left the stash); the action itself is allowed.
        #expect(try watched.sync().filter { $0.event == .action }.allSatisfy { $0.verdict == .allow })
        // reset --hard throws the same work away.
        try watched.shell("git reset -q --hard").expectSuccess()
        let reset = try watched.sync()
        #expect(reset.map(\.verdict) == [.block])
        #expect(Set(watched.classes(reset)) == ["mass-deletion", "discard-uncommitted"])
        #expect(watched.repository.read("src/m3/f3.txt") == "content of file 3\nmine\n")
    }

    @Test func contentWrittenAndDeletedInsideOneActionIsKept() throws {
        var files = WatchedRepository.sourceFiles(40)
        // A long settle period holds the write and the deletion in one action.
        files[".backstop.json"] = #"{"watch": {"settleMilliseconds": 3000, "maximumActionMilliseconds": 10000}}"#
        let watched = try WatchedRepository(files: files)
        try watched.repository.write("src/m1/f1.txt", "second version\n")
        // The agent's pause is the scenario: the second version stays on disk for a second, longer
        // than the default settle period, so it must be recoverable although the action that wrote
        // it also deleted it.
        try watched.shell("sleep 1; rm -rf src").expectSuccess()
        let actions = try watched.sync()
        #expect(actions.map(\.verdict) == [.block])
        #expect(watched.repository.read("src/m1/f1.txt") == "content of file 1\n", "rolled back to the snapshot before the action")
        let preImages = try watched.repository.git("log", "--format=%H %s", "--grep=Backstop-Kind: pre-images", "refs/backstop/snapshots").output
        let commit = try #require(preImages.split(separator: " ").first)
        #expect(try watched.repository.git("show", "\(commit):src/m1/f1.txt").output == "second version\n")
    }

    @Test func deletionsSpreadOverManyActionsAddUp() throws {
        let watched = try WatchedRepository(files: WatchedRepository.sourceFiles(200))
        var verdicts: [Verdict?] = []
        for round in 0..<4 {
            try watched.shell("rm " + (0..<6).map { "src/m0/f\((round * 6 + $0) * 4).txt" }.joined(separator: " ")).expectSuccess()
            verdicts += try watched.sync().map(\.verdict)
        }
        #expect(verdicts == [.allow, .allow, .allow, .block])
        #expect(watched.allEntries().last { $0.verdict == .block }?.classes?.first?.evidence.hasPrefix("this session deletes 24 of 201") == true)
        for index in 0..<24 { #expect(FileManager.default.fileExists(atPath: watched.root + "/src/m0/f\(index * 4).txt"), "f\(index * 4)") }
    }
}
