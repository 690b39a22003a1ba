import BackstopCore
@testable import BackstopGit
import BackstopTestSupport
import Foundation
import Glibc
import Testing

@Suite struct SnapshotStoreTests {
    static let oddName: [UInt8] = Array("odd/".utf8) + [0xFF, 0xFE] + Array(" name\nwith newline.txt".utf8)

    /// Tracked, modified, untracked, ignored, secret, executable, symlink and non-UTF-8 files.
    private func populated() throws -> SnapshotFixture {
        let fixture = try SnapshotFixture()
        try fixture.write(".gitignore", "build/\n*.log\n.env*\n")
        try fixture.write("README.md", "hello\n")
        try fixture.write("src/main.c", "int main(void) { return 0; }\n")
        try fixture.write("tools/run.sh", "#!/bin/sh\necho run\n", mode: 0o755)
        #expect(symlink("src/main.c", fixture.root + "/link-to-main") == 0)
        try fixture.git("add", "-A")
        try fixture.git("commit", "-q", "-m", "base")
        try fixture.write("README.md", "hello, changed\n")
        try fixture.write("notes/todo.txt", "untracked work\n")
        try fixture.write(Self.oddName, Array("odd bytes\n".utf8))
        try fixture.write("build/output.o", "ignored build output\n")
        try fixture.write("debug.log", "ignored log\n")
        try fixture.write(".env", "API_KEY=not-a-real-key\n")
        try fixture.write(".env.local", "OTHER=1\n")
        return fixture
    }

    @Test func snapshotHoldsWorkFilesAndSecretFilesAndLeavesGitStateAlone() throws {
        let fixture = try populated()
        let index = fixture.fileDigest(".git/index")
        let head = try fixture.text("rev-parse", "HEAD")
        let status = try fixture.text("status", "--porcelain")
        let record = try fixture.store().take(reason: "test")

        #expect(record.created)
        let tree = try fixture.listTree(record.id.hex)
        let expected = ["README.md", "src/main.c", "tools/run.sh", "link-to-main", "notes/todo.txt", ".gitignore", ".env", ".env.local"].map { Array($0.utf8) }
            + [Self.oddName]
        #expect(Set(tree.keys) == Set(expected))
        #expect(tree[Array("tools/run.sh".utf8)]?.mode == "100755")
        #expect(tree[Array("link-to-main".utf8)]?.mode == "120000")
        #expect(try fixture.blob(tree[Array("link-to-main".utf8)]?.id ?? "") == Array("src/main.c".utf8))
        for (path, entry) in tree where entry.mode != "120000" {
            #expect(try fixture.blob(entry.id) == fixture.read(path), "\(String(decoding: path, as: UTF8.self))")
        }
        #expect(try fixture.text("cat-file", "-p", record.id.hex).contains("Backstop-Time: "))
        // HEAD, the user's index, the stash and the working tree's status are as they were.
        #expect(fixture.fileDigest(".git/index") == index)
        #expect(try fixture.text("rev-parse", "HEAD") == head)
        #expect(try fixture.text("status", "--porcelain") == status)
        #expect(try fixture.text("stash", "list").isEmpty)
    }

    @Test func treeEqualsGitAddAllInATemporaryIndex() throws {
        let fixture = try populated()
        try fixture.remove(".env")
        try fixture.remove(".env.local")
        try fixture.remove("src/main.c")
        let record = try fixture.store().take(reason: "test")
        let temporaryIndex = fixture.base + "/oracle-index"
        try fixture.git("add", "-A", environment: ["GIT_INDEX_FILE": temporaryIndex])
        let oracle = try fixture.git("write-tree", environment: ["GIT_INDEX_FILE": temporaryIndex]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(record.tree.hex == oracle)
    }

    @Test func anUnchangedTreeAddsNoSnapshot() throws {
        let fixture = try populated()
        let store = try fixture.store()
        let first = try store.take(reason: "one")
        let second = try store.take(reason: "two")
        #expect(!second.created)
        #expect(second.id == first.id)
        // A second process, reading the index the first one wrote, agrees.
        #expect(try !fixture.store().take(reason: "three").created)
        #expect(try fixture.text("rev-list", "--count", SnapshotStore.snapshotsReference) == "1")
        try fixture.write("README.md", "hello again\n")
        let third = try store.take(reason: "four")
        #expect(third.created)
        #expect(try fixture.text("rev-parse", "\(third.id.hex)^") == first.id.hex)
    }

    @Test func pathLimitedSnapshotEqualsAWholeTreeOne() throws {
        let fixture = try populated()
        let store = try fixture.store()
        try store.take(reason: "base")
        try fixture.write("README.md", "edited\n")
        try fixture.write("notes/new.txt", "new\n")
        try fixture.write("fresh/deep/file.txt", "in a new folder\n")
        try fixture.remove("tools")
        try fixture.remove(".env")
        let paths = ["README.md", "notes/new.txt", "fresh", "tools", ".env"].map(RepositoryPath.init)
        let scoped = try store.take(reason: "scoped", paths: paths)
        #expect(scoped.created)
        let tree = try fixture.listTree(scoped.id.hex)
        #expect(tree[Array("fresh/deep/file.txt".utf8)] != nil)
        #expect(tree[Array("tools/run.sh".utf8)] == nil)
        #expect(tree[Array(".env".utf8)] == nil)
        // A whole-tree snapshot finds nothing the scoped one missed.
        #expect(try !store.take(reason: "whole").created)
    }

    @Test func largeFilesAreSkippedAndListed() throws {
        let fixture = try populated()
        try fixture.write("big.bin", String(repeating: "x", count: 500))
        let settings = SnapshotSettings(maximumFileBytes: 100, secretFiles: [PathGlob(".env")], maximumSecretFileBytes: 10,
                                        retention: SnapshotFixture.settings.retention, diskBudgetBytes: 1 << 30)
        let record = try fixture.store(settings).take(reason: "test")
        let tree = try fixture.listTree(record.id.hex)
        #expect(tree[Array("big.bin".utf8)] == nil)
        #expect(tree[Array(".env".utf8)] == nil)
        #expect(record.skipped.contains { $0.path == RepositoryPath("big.bin") && $0.reason.contains("snapshots.maxFileBytes") })
        #expect(record.skipped.contains { $0.path == RepositoryPath(".env") && $0.reason.contains("snapshots.secretFileMaxBytes") })
    }

    @Test func aNestedRepositoryIsAGitlinkAndNotEntered() throws {
        let fixture = try populated()
        let nested = fixture.root + "/vendor/lib"
        try FileManager.default.createDirectory(atPath: nested, withIntermediateDirectories: true)
        let environment = HermeticGit.environment(home: fixture.home)
        try TestProcess.run(HermeticGit.executable, ["-C", nested, "init", "-q"], environment: environment).expectSuccess()
        try "inner\n".write(toFile: nested + "/inner.txt", atomically: true, encoding: .utf8)
        try TestProcess.run(HermeticGit.executable, ["-C", nested, "add", "-A"], environment: environment).expectSuccess()
        try TestProcess.run(HermeticGit.executable, ["-C", nested, "commit", "-q", "-m", "inner"], environment: environment).expectSuccess()
        let innerHead = try TestProcess.run(HermeticGit.executable, ["-C", nested, "rev-parse", "HEAD"], environment: environment).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let record = try fixture.store().take(reason: "test")
        let tree = try fixture.listTree(record.id.hex)
        #expect(tree[Array("vendor/lib".utf8)]?.mode == "160000")
        #expect(tree[Array("vendor/lib".utf8)]?.id == innerHead)
        #expect(tree[Array("vendor/lib/inner.txt".utf8)] == nil)
    }

    @Test func filesThatVanishOrChangeDuringTheWalkDoNotBreakTheSnapshot() throws {
        let fixture = try populated()
        let store = try fixture.store()
        try store.take(reason: "base")
        try fixture.write("README.md", "about to vanish\n")
        try fixture.write("notes/todo.txt", "about to change\n")
        store.index.betweenListingAndReading = {
            try? fixture.remove("README.md")
            try? fixture.write("notes/todo.txt", "changed again mid-walk\n")
        }
        let record = try store.take(reason: "racing")
        store.index.betweenListingAndReading = nil
        let tree = try fixture.listTree(record.id.hex)
        #expect(tree[Array("README.md".utf8)] == nil)
        // Whatever the walk read, the next snapshot holds what the file ended as.
        let next = try store.take(reason: "settled")
        let settled = try fixture.listTree(next.id.hex)
        #expect(try fixture.blob(settled[Array("notes/todo.txt".utf8)]?.id ?? "") == Array("changed again mid-walk\n".utf8))
    }

    @Test func restoreBringsBackEveryByteAndMode() throws {
        let fixture = try populated()
        let store = try fixture.store()
        let before = fixture.files()
        let indexDigest = fixture.fileDigest(".git/index")
        let snapshot = try store.take(reason: "base")
        for name in try FileManager.default.contentsOfDirectory(atPath: fixture.root) where name != ".git" && name != "build" && name != "debug.log" {
            try fixture.remove(name)
        }
        let report = try store.restore(from: snapshot.id, within: nil, exact: false, dryRun: false, reason: "test")
        #expect(report.mismatched.isEmpty)
        let after = fixture.files()
        #expect(Set(after.keys) == Set(before.keys))
        for (path, file) in before {
            #expect(after[path]?.content == file.content, "\(String(decoding: path, as: UTF8.self))")
            #expect(after[path]?.mode == file.mode, "\(String(decoding: path, as: UTF8.self))")
        }
        #expect(fixture.fileDigest(".git/index") == indexDigest)
        #expect(try fixture.text("status", "--porcelain").contains("M README.md"))
    }

    /// Files no attribute can filter are written straight from their blobs (missing folders whole,
    /// then moved into place); a folder whose `.gitattributes` converts line endings still goes
    /// through git's filters. Either way the private index records each file as written, so the
    /// next snapshot need not read it again.
    @Test func restoreWritesPlainFilesDirectlyAndFilteredOnesThroughGit() throws {
        let fixture = try SnapshotFixture()
        try fixture.write("crlf/.gitattributes", "*.txt text eol=crlf\n")
        try fixture.write("crlf/a.txt", "one\ntwo\n")
        try fixture.write("plain/b.txt", "one\ntwo\n")
        try fixture.write("plain/deeper/run.sh", "#!/bin/sh\n", mode: 0o755)
        try fixture.write("top.txt", "top\n")
        #expect(symlink("b.txt", fixture.root + "/plain/link") == 0)
        try fixture.git("add", "-A")
        try fixture.git("commit", "-q", "-m", "base")
        let store = try fixture.store()
        let snapshot = try store.take(reason: "base")
        let before = fixture.files()
        try fixture.remove("crlf")
        try fixture.remove("plain")
        try fixture.write("top.txt", "changed\n")
        let report = try store.restore(from: snapshot.id, within: nil, exact: false, dryRun: false, reason: "test")
        #expect(report.mismatched.isEmpty)
        #expect(fixture.read(Array("crlf/a.txt".utf8)) == Array("one\r\ntwo\r\n".utf8))
        for path in ["plain/b.txt", "plain/deeper/run.sh", "plain/link", "top.txt"] {
            let after = fixture.files()[Array(path.utf8)]
            #expect(after?.content == before[Array(path.utf8)]?.content, "\(path)")
            #expect(after?.mode == before[Array(path.utf8)]?.mode, "\(path)")
        }
        // Equal to HEAD through git's filters (`status` lists the converted file as stat-dirty, as it
        // does after libgit2's checkout of one).
        try fixture.git("diff", "--exit-code")
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/.git/backstop/restore.tmp-\(getpid())"), "nothing left staged")
        let recorded = try fixture.git("ls-files", "--debug", "plain/b.txt", environment: ["GIT_INDEX_FILE": fixture.root + "/.git/backstop/index"]).output
        var written = stat()
        #expect(lstat(fixture.root + "/plain/b.txt", &written) == 0)
        #expect(recorded.contains("ino: \(UInt32(truncatingIfNeeded: written.st_ino))\n"), "\(recorded)")
        #expect(recorded.contains("mtime: \(written.st_mtim.tv_sec):\(written.st_mtim.tv_nsec)\n"), "\(recorded)")
    }

    @Test func restoreKeepsFilesNotInTheSnapshotUnlessExact() throws {
        let fixture = try populated()
        let store = try fixture.store()
        let snapshot = try store.take(reason: "base")
        try fixture.write("later.txt", "made after the snapshot\n")
        try fixture.write("README.md", "overwritten\n")
        let dryRun = try store.restore(from: snapshot.id, within: nil, exact: false, dryRun: true, reason: "test")
        #expect(dryRun.plan.written.map(\.path) == [RepositoryPath("README.md")])
        #expect(fixture.read(Array("README.md".utf8)) == Array("overwritten\n".utf8))
        let kept = try store.restore(from: snapshot.id, within: nil, exact: false, dryRun: false, reason: "test")
        #expect(kept.plan.kept.map(\.path) == [RepositoryPath("later.txt")])
        #expect(fixture.read(Array("later.txt".utf8)) != nil)
        #expect(fixture.read(Array("README.md".utf8)) == Array("hello, changed\n".utf8))
        let exact = try store.restore(from: snapshot.id, within: nil, exact: true, dryRun: false, reason: "test")
        #expect(exact.plan.removed.map(\.path) == [RepositoryPath("later.txt")])
        #expect(fixture.read(Array("later.txt".utf8)) == nil)
    }

    @Test func restoreOfSomePathsLeavesTheRestAndTheStagedChangeAlone() throws {
        let fixture = try populated()
        let store = try fixture.store()
        let snapshot = try store.take(reason: "base")
        try fixture.write("src/main.c", "int main(void) { return 1; }\n")
        try fixture.git("add", "src/main.c")
        let staged = try fixture.text("diff", "--cached", "--name-only")
        let indexDigest = fixture.fileDigest(".git/index")
        try fixture.write("README.md", "changed again\n")
        try fixture.remove("notes")
        let report = try store.restore(from: snapshot.id, within: [RepositoryPath("notes")], exact: false, dryRun: false, reason: "test")
        #expect(report.plan.written.map(\.path) == [RepositoryPath("notes/todo.txt")])
        #expect(fixture.read(Array("notes/todo.txt".utf8)) == Array("untracked work\n".utf8))
        #expect(fixture.read(Array("README.md".utf8)) == Array("changed again\n".utf8))
        #expect(try fixture.text("diff", "--cached", "--name-only") == staged)
        #expect(fixture.fileDigest(".git/index") == indexDigest)
    }

    @Test func restoreNeverWritesThroughASymlinkPlantedWhereAFolderWas() throws {
        let fixture = try populated()
        let store = try fixture.store()
        let snapshot = try store.take(reason: "base")
        let outside = fixture.base + "/outside"
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try fixture.remove("src")
        #expect(symlink(outside, fixture.root + "/src") == 0)
        let report = try store.restore(from: snapshot.id, within: nil, exact: false, dryRun: false, reason: "test")
        #expect(report.mismatched.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
        var status = stat()
        #expect(lstat(fixture.root + "/src", &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR)
        #expect(fixture.read(Array("src/main.c".utf8)) == Array("int main(void) { return 0; }\n".utf8))
        #expect(report.plan.replaced.map(\.path) == [RepositoryPath("src")])
    }

    @Test func undoPutsBackWhatTheRestoreReplacedAndASecondUndoRedoes() throws {
        let fixture = try populated()
        let store = try fixture.store()
        let snapshot = try store.take(reason: "base")
        try fixture.write("README.md", "work after the snapshot\n")
        try fixture.write("notes/todo.txt", "more work\n")
        try fixture.write("created.txt", "new\n")
        try store.restore(from: snapshot.id, within: nil, exact: true, dryRun: false, reason: "test")
        #expect(fixture.read(Array("created.txt".utf8)) == nil)
        let undone = try store.undo()
        #expect(undone?.mismatched.isEmpty == true)
        #expect(fixture.read(Array("README.md".utf8)) == Array("work after the snapshot\n".utf8))
        #expect(fixture.read(Array("notes/todo.txt".utf8)) == Array("more work\n".utf8))
        #expect(fixture.read(Array("created.txt".utf8)) == Array("new\n".utf8))
        try store.undo()
        #expect(fixture.read(Array("README.md".utf8)) == Array("hello, changed\n".utf8))
        #expect(fixture.read(Array("created.txt".utf8)) == nil)
        #expect(try fixture.text("rev-parse", SnapshotStore.undoReference).count == 40)
    }

    /// The undo record keeps what a rollback blocked, so `undo` can tell whether it puts a secret
    /// back; each undo swaps the states, and so the classes. A record written since the caller
    /// looked is not followed.
    @Test func theUndoRecordKeepsTheBlockedClassesThroughUndoAndRedo() throws {
        let fixture = try populated()
        let store = try fixture.store()
        let snapshot = try store.take(reason: "base")
        try fixture.write("settings.py", "TOKEN = 'blocked'\n")
        try store.restore(from: snapshot.id, within: nil, exact: true, dryRun: false, reason: "test", recordingAs: .rollback, blocked: [.secret, .massDeletion])
        let rollback = try #require(try store.undoRecord())
        #expect(rollback.kind == .rollback && rollback.blockedInState == [.secret, .massDeletion] && rollback.blockedInResult == [])

        #expect(throws: GitError.self) { try store.undo(expecting: snapshot.id) }
        #expect(fixture.read(Array("settings.py".utf8)) == nil, "a record other than the one expected is not followed")

        try store.undo(expecting: rollback.state)
        #expect(fixture.read(Array("settings.py".utf8)) == Array("TOKEN = 'blocked'\n".utf8))
        let undone = try #require(try store.undoRecord())
        #expect(undone.kind == .undo && undone.blockedInState == [] && undone.blockedInResult == [.secret, .massDeletion])
        try store.undo()
        #expect(fixture.read(Array("settings.py".utf8)) == nil)
        #expect(try store.undoRecord()?.blockedInState == [.secret, .massDeletion], "undoing the redo puts the secret back again")

        try fixture.write("settings.py", "changed again\n")
        try store.restore(from: snapshot.id, within: nil, exact: true, dryRun: false, reason: "finished", recordingAs: .rollback, blocked: nil)
        #expect(try store.undoRecord()?.blockedInState == nil, "not known")
    }

    @Test func anUndoRecordFromBeforeTheClassesWereKeptCountsAsNotKnown() throws {
        let state = try #require(ObjectID(hex: String(repeating: "ab", count: 20)))
        let old = Array("backstop-undo 1\nrollback\n\(state.hex)\n1700000000\n".utf8) + Array("a.txt".utf8) + [0]
        let record = try #require(UndoRecord(decoding: old))
        #expect(record.kind == .rollback && record.blockedInState == nil && record.paths == [RepositoryPath("a.txt")])
        let restore = try #require(UndoRecord(decoding: Array("backstop-undo 1\nrestore\n\(state.hex)\n1700000000\n".utf8)))
        #expect(restore.blockedInState == [])
        let current = UndoRecord(kind: .undo, state: state, time: 1, paths: [RepositoryPath("odd\nname")], blockedInState: [.credentialCopy],
                                 blockedInResult: nil)
        let decoded = try #require(UndoRecord(decoding: current.encoded))
        #expect(decoded.blockedInState == [.credentialCopy] && decoded.blockedInResult == nil && decoded.paths == current.paths)
        #expect(UndoRecord(decoding: Array("backstop-undo 2\nundo\n\(state.hex)\n1\nnot-a-class\n\n".utf8)) == nil)
    }

    @Test func pruningKeepsWhatThePolicySaysAndOnlyRewritesThePrivateChain() throws {
        let fixture = try populated()
        let store = try fixture.store()
        let now: Int64 = 1_800_000_000
        // One snapshot every 6 hours for 40 days, oldest first.
        var times: [Int64] = []
        for step in stride(from: 40 * 4, through: 0, by: -1) {
            let time = now - Int64(step) * 6 * 3_600
            try fixture.write("counter.txt", "\(time)\n")
            #expect(try store.take(reason: "at \(time)", now: time).created)
            times.append(time)
        }
        let head = try fixture.text("rev-parse", "HEAD")
        let expectedKept = SnapshotFixture.settings.retention.kept(times: times, now: now)
        let keptTrees = Set(try expectedKept.map { position in
            try fixture.text("rev-parse", "\(SnapshotStore.snapshotsReference)~\(times.count - 1 - position)^{tree}")
        })
        let report = try store.prune(now: now)
        #expect(report.kept == expectedKept.count)
        #expect(report.removed == times.count - expectedKept.count)
        #expect(report.removed > 100)
        let chain = try fixture.text("rev-list", "--format=%T", "--no-commit-header", SnapshotStore.snapshotsReference).split(separator: "\n").map(String.init)
        #expect(Set(chain) == keptTrees)
        #expect(chain.count == expectedKept.count)
        #expect(try fixture.text("rev-parse", "HEAD") == head)
        #expect(try fixture.git("fsck", "--no-dangling").status == 0)
        #expect(report.snapshotOnlyBytes > 0)
    }
}
