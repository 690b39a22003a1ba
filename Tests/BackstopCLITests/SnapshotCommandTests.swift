import BackstopCore
import BackstopTestSupport
import Foundation
import Glibc
import Testing

@Suite struct SnapshotCommandTests {
    private func repositoryWithWork() throws -> TemporaryRepository {
        let repository = try TemporaryRepository()
        try repository.write(".gitignore", ".env\nbuild/\n")
        try repository.write("src/app.py", "print('hello')\n")
        try repository.write("src/lib/util.py", "def util(): pass\n")
        try repository.write("README.md", "readme\n")
        try repository.commitAll("base")
        try repository.write("src/app.py", "print('work in progress')\n")
        try repository.write("notes.txt", "untracked\n")
        try repository.write(".env", "TOKEN=abc\n")
        return repository
    }

    @Test func snapshotPrintsItsIdAndSnapshotsListsIt() throws {
        let repository = try repositoryWithWork()
        let first = try repository.backstop("snapshot", "-m", "by hand")
        #expect(first.status == 0)
        let id = first.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(id.count == 40)
        #expect(try repository.git("rev-parse", "refs/backstop/snapshots").output.hasPrefix(id))
        let again = try repository.backstop("snapshot")
        #expect(again.output.trimmingCharacters(in: .whitespacesAndNewlines) == id)
        #expect(again.errorText.contains("nothing changed"))
        let list = try repository.backstop("snapshots")
        #expect(list.output.contains(String(id.prefix(12))) && list.output.contains("by hand"))
        let json = try repository.backstop("snapshots", "--format", "json")
        let items = try JSONSerialization.jsonObject(with: Data(json.outputBytes)) as? [[String: Any]]
        #expect(items?.count == 1)
        #expect(items?.first?["id"] as? String == id)
        #expect(items?.first?["changedFiles"] as? Int == 6)
    }

    @Test func restoreFromASubfolderPutsTheFolderBackAndUndoReversesIt() throws {
        let repository = try repositoryWithWork()
        #expect(try repository.backstop("snapshot").status == 0)
        let status = try repository.git("status", "--porcelain").output
        try FileManager.default.removeItem(atPath: repository.root + "/src")
        let dryRun = try TestProcess.run(BuiltBinary.path, ["-C", repository.root, "restore", "--dry-run", "--", "src"], environment: repository.environment)
        #expect(dryRun.status == 0 && dryRun.errorText.contains("dry run"))
        #expect(!FileManager.default.fileExists(atPath: repository.root + "/src"))
        let restored = try repository.backstop("restore", "--", "src")
        #expect(restored.status == 0)
        #expect(restored.errorText.contains("restored: src/app.py (missing)"))
        #expect(repository.read("src/app.py") == "print('work in progress')\n")
        #expect(repository.read("src/lib/util.py") == "def util(): pass\n")
        #expect(try repository.git("status", "--porcelain").output == status)
        let undone = try repository.backstop("undo")
        #expect(undone.status == 0)
        #expect(!FileManager.default.fileExists(atPath: repository.root + "/src/app.py"))
    }

    @Test func aSecondRestoreStillStartsFromTheWorkNotFromTheFirstRestoresBackup() throws {
        let repository = try repositoryWithWork()
        #expect(try repository.backstop("snapshot").status == 0)
        for _ in 0..<2 {
            try FileManager.default.removeItem(atPath: repository.root + "/src")
            let restored = try repository.backstop("restore")
            #expect(restored.status == 0, "\(restored.all)")
            #expect(repository.read("src/app.py") == "print('work in progress')\n")
        }
        #expect(try repository.git("log", "--format=%B", "refs/backstop/snapshots").output.contains("Backstop-Kind: backup"))
    }

    @Test func restoreErrorsNameWhatIsWrong() throws {
        let repository = try repositoryWithWork()
        let none = try repository.backstop("restore")
        #expect(none.status == 3 && none.errorText.contains("no snapshots yet"))
        #expect(try repository.backstop("undo").errorText.contains("nothing to undo"))
        #expect(try repository.backstop("snapshot").status == 0)
        let two = try repository.backstop("restore", "a", "b")
        #expect(two.status == 2 && two.errorText.contains("'b'"))
        let unknown = try repository.backstop("restore", "no-such-snapshot")
        #expect(unknown.status == 3 && unknown.errorText.contains("no-such-snapshot"))
        let outside = try repository.backstop("restore", "--", "/etc")
        #expect(outside.status == 2 && outside.errorText.contains("outside the working tree"))
    }

    @Test func overTheDiskBudgetTheSnapshotWarns() throws {
        let repository = try repositoryWithWork()
        try repository.write(".backstop.json", "{\"snapshots\": {\"diskBudgetBytes\": 1}}\n")
        let result = try repository.backstop("snapshot")
        #expect(result.status == 0)
        #expect(result.errorText.contains("snapshots.diskBudgetBytes"))
        try repository.write(".backstop.json", "{\"snapshots\": {\"keepDailyDays\": -1}}\n")
        let bad = try repository.backstop("snapshot")
        #expect(bad.status == 2 && bad.errorText.contains("snapshots.keepDailyDays"))
    }

    /// `kill -9` at many moments of a snapshot and of a restore: the repository stays valid, the
    /// user's index is untouched, and the next snapshot and restore work.
    @Test func killNineAtAnyMomentLeavesARepositoryThatWorks() throws {
        let repository = try repositoryWithWork()
        for folder in 0..<20 {
            for file in 0..<100 { try repository.write("bulk/\(folder)/\(file).txt", "file \(folder)/\(file)\n") }
        }
        try repository.commitAll("bulk")
        let indexBefore = FileManager.default.contents(atPath: repository.root + "/.git/index")
        func launch(_ words: [String]) throws -> Process {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: BuiltBinary.path)
            process.arguments = ["-C", repository.root] + words
            process.environment = repository.environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        func change(_ round: Int) throws {
            for folder in 0..<20 { try repository.write("bulk/\(folder)/0.txt", "round \(round)\n") }
            if round % 2 == 1 { try? FileManager.default.removeItem(atPath: repository.root + "/bulk/3") }
        }
        // How long an uninterrupted snapshot and restore of a change take here, only to spread the
        // kills over them (after a first snapshot, which also fills the store outside the tree).
        try change(-2)
        try launch(["snapshot"]).waitUntilExit()
        var duration = Double.infinity
        for words in [["snapshot"], ["restore", "--", "bulk"]] {
            try change(-1)
            let started = Date()
            try launch(words).waitUntilExit()
            duration = min(duration, Date().timeIntervalSince(started))
        }
        duration = max(duration, 0.02)
        var killedMidway = 0
        for round in 0..<12 {
            try change(round)
            let process = try launch(round % 2 == 0 ? ["snapshot"] : ["restore", "--", "bulk"])
            // Fault injection, not synchronisation: each kill lands at a different point of the work.
            usleep(useconds_t(duration * 0.9 * Double(round) / 12 * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killedMidway += 1 }
            let fsck = try repository.git("fsck", "--no-dangling")
            #expect(fsck.status == 0, "round \(round): \(fsck.all)")
            #expect(FileManager.default.contents(atPath: repository.root + "/.git/index") == indexBefore)
        }
        #expect(killedMidway >= 6, "the kills must land while the work is under way")
        try FileManager.default.removeItem(atPath: repository.root + "/bulk/5")
        let snapshot = try repository.backstop("snapshot")
        #expect(snapshot.status == 0, "\(snapshot.all)")
        let restore = try repository.backstop("restore", "HEAD", "--", "bulk/5")
        #expect(restore.status == 0, "\(restore.all)")
        #expect(repository.read("bulk/5/7.txt") == "file 5/7\n")
    }
}
