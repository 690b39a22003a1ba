import BackstopCore
@testable import BackstopGit
import BackstopSystem
import BackstopTestSupport
import Foundation
import Glibc
import Testing

/// The stat walk that narrows a whole-tree snapshot, and the index file reader it uses before
/// libgit2 opens the index. Git's command line is the oracle for what an index holds.
@Suite struct StatCacheCheckTests {
    private var location: (SnapshotFixture) -> RepositoryLocation {
        { RepositoryLocation(root: $0.root, gitDirectory: $0.root + "/.git", commonDirectory: $0.root + "/.git") }
    }

    /// A committed tree whose files all carry a modification time long past, so none is racily
    /// clean against an index written now.
    private func settled() throws -> SnapshotFixture {
        let fixture = try SnapshotFixture()
        try fixture.write(".gitignore", "build/\n*.log\n.env\n")
        try fixture.write("README.md", "hello\n")
        try fixture.write("src/main.c", "int main(void) { return 0; }\n")
        try fixture.write("src/lib/util.c", "int util(void) { return 1; }\n")
        try fixture.write("src/lib/deep/a-rather-long-file-name-for-padding.txt", "padding\n")
        try fixture.write("tools/run.sh", "#!/bin/sh\necho run\n", mode: 0o755)
        try fixture.write("build/output.o", "ignored\n")
        try fixture.git("add", "-A")
        try fixture.git("commit", "-q", "-m", "base")
        try age(fixture, ["README.md", "src/main.c", "src/lib/util.c", "src/lib/deep/a-rather-long-file-name-for-padding.txt", "tools/run.sh", ".gitignore"])
        return fixture
    }

    private func age(_ fixture: SnapshotFixture, _ paths: [String]) throws {
        for path in paths {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_600_000_000)], ofItemAtPath: fixture.root + "/" + path)
        }
    }

    private func candidates(_ fixture: SnapshotFixture) throws -> Set<String>? {
        let repository = try GitRepositoryHandle(path: fixture.root)
        return try SnapshotStore.workingTreeCheck(location: location(fixture), settings: SnapshotFixture.settings, repository: repository)
            .map { Set($0.candidates.map(\.description)) }
    }

    @Test(arguments: [2, 3, 4]) func indexFileReadsTheEntriesAndTreeGitWrote(version: Int) throws {
        let fixture = try settled()
        if version == 3 {
            // An intent-to-add entry carries the extended flags that make an index version 3.
            try fixture.write("new/planned.txt", "planned\n")
            try fixture.git("add", "-N", "new/planned.txt")
        } else {
            try fixture.git("update-index", "--index-version", String(version))
        }
        let tree = try fixture.text("write-tree")
        let file = try #require(IndexFile(path: fixture.root + "/.git/index"))
        #expect(file.version == UInt32(version))
        var paths: [String] = []
        file.forEachEntry(into: &paths) { paths, path, _ in
            paths.append(String(decoding: path, as: UTF8.self))
            return true
        }
        let listed = try fixture.text("ls-files").split(separator: "\n").map(String.init)
        #expect(paths == listed)
        // write-tree leaves the cache tree valid, unless an intent-to-add entry keeps it out.
        #expect(file.rootTree?.hex == (version == 3 ? nil : tree))
        #expect(file.entryCount == paths.count)
    }

    @Test func indexFileRefusesWhatItDoesNotFollow() throws {
        let fixture = try settled()
        try fixture.write("README.md", "conflict side\n")
        try fixture.git("update-index", "--index-info", input: Array("100644 \(try fixture.text("hash-object", "-w", "README.md")) 2\tREADME.md\n".utf8))
        #expect(IndexFile(path: fixture.root + "/.git/index") == nil)
        let truncated = fixture.base + "/truncated-index"
        let bytes = try #require(try Files.contents(fixture.root + "/.git/index"))
        try Files.writeAtomically(Array(bytes.prefix(bytes.count / 2)), to: truncated)
        #expect(IndexFile(path: truncated) == nil)
    }

    @Test func nothingChangedFindsNothing() throws {
        let fixture = try settled()
        try fixture.store().take(reason: "base")
        #expect(try candidates(fixture) == [])
    }

    @Test func everyKindOfChangeIsACandidate() throws {
        let fixture = try settled()
        try fixture.write(".env", "API_KEY=not-a-real-key\n")
        try fixture.store().take(reason: "base")
        try age(fixture, [".env"])
        try fixture.store().take(reason: "aged")
        #expect(try candidates(fixture) == [])

        try fixture.write("README.md", "hello, longer now\n")
        try fixture.write("src/main.c", "int main(void) { return 9; }\n")      // same size, new time
        try fixture.remove("src/lib/util.c")
        #expect(chmod(fixture.root + "/tools/run.sh", 0o644) == 0)
        try fixture.write("notes.txt", "untracked\n")
        try fixture.write("fresh/one.txt", "a new folder\n")
        try fixture.write("debug.log", "ignored\n")
        try fixture.write("build/more.o", "ignored folder\n")
        try fixture.write(".env", "API_KEY=changed-not-real\n")
        try FileManager.default.createDirectory(atPath: fixture.root + "/empty/inside", withIntermediateDirectories: true)
        #expect(try candidates(fixture) == ["README.md", "src/main.c", "src/lib/util.c", "tools/run.sh", "notes.txt", "fresh/one.txt", ".env"])
    }

    @Test func aFileChangedAsTheIndexWasWrittenIsACandidate() throws {
        let fixture = try settled()
        try fixture.store().take(reason: "base")
        // Its time equals the index file's: it may have changed after it was read (racily clean).
        let index = fixture.root + "/.git/backstop/index"
        let written = try #require(try FileManager.default.attributesOfItem(atPath: index)[.modificationDate] as? Date)
        try FileManager.default.setAttributes([.modificationDate: written], ofItemAtPath: fixture.root + "/README.md")
        try fixture.store().take(reason: "stat refreshed")
        try FileManager.default.setAttributes([.modificationDate: written], ofItemAtPath: index)
        #expect(try candidates(fixture)?.contains("README.md") == true)
    }

    @Test func aNestedRepositoryLeavesItToTheWholeDiff() throws {
        let fixture = try settled()
        try fixture.store().take(reason: "base")
        try fixture.write("build/vendor/.git/HEAD", "ref: refs/heads/main\n")
        #expect(try candidates(fixture) == [])       // in an ignored folder, which is not entered
        try fixture.write("vendor/lib/.git/HEAD", "ref: refs/heads/main\n")
        #expect(try candidates(fixture) == nil)      // the diff records it as a nested repository
    }

    @Test func takeOnceAnswersFromTheWalkWhenNothingChanged() throws {
        let fixture = try settled()
        let first = try SnapshotStore.takeOnce(location: location(fixture), settings: SnapshotFixture.settings, reason: "first")
        #expect(first.record.created)
        #expect(first.store != nil)
        let again = try SnapshotStore.takeOnce(location: location(fixture), settings: SnapshotFixture.settings, reason: "again")
        #expect(!again.record.created)
        #expect(again.store == nil)
        #expect(again.record.id == first.record.id)

        try fixture.write("src/main.c", "int main(void) { return 2; }\n")
        try fixture.write("notes.txt", "new\n")
        let changed = try SnapshotStore.takeOnce(location: location(fixture), settings: SnapshotFixture.settings, reason: "changed")
        #expect(changed.record.created)
        #expect(changed.store != nil)
        // The oracle: git's own add -A and write-tree (no secret file here, so the same tree).
        try fixture.git("add", "-A")
        let expected = try fixture.text("write-tree")
        #expect(changed.record.tree.hex == expected)
        let settledAgain = try SnapshotStore.takeOnce(location: location(fixture), settings: SnapshotFixture.settings, reason: "settled")
        #expect(!settledAgain.record.created)
        #expect(settledAgain.record.id == changed.record.id)
    }

    @Test func takeOnceMakesTheTreeGitMakesFromTheOneBefore() throws {
        let fixture = try settled()
        let first = try SnapshotStore.takeOnce(location: location(fixture), settings: SnapshotFixture.settings, reason: "first")
        #expect(first.record.created)
        for round in 0..<2 {
            if round == 0 {
                try fixture.write("src/main.c", "int main(void) { return 3; }\n")
                try fixture.remove("src/lib/deep/a-rather-long-file-name-for-padding.txt")  // its folder empties
                try fixture.remove("README.md")
                try fixture.write("README.md/inside.txt", "a file became a folder\n")
                try FileManager.default.removeItem(atPath: fixture.root + "/tools")
                try fixture.write("tools", "a folder became a file\n", mode: 0o755)
                #expect(symlink("src/main.c", fixture.root + "/link") == 0)
                try fixture.write("fresh/deeper/new.txt", "new folder\n")
                try age(fixture, ["src/main.c", "README.md/inside.txt", "tools", "fresh/deeper/new.txt"])
            } else {
                try fixture.write("src/lib/util.c", "int util(void) { return 22; }\n")   // a new size: git's stat check is by the second
                try fixture.remove("fresh/deeper/new.txt")
                try fixture.write("src/lib/deep/back.txt", "the emptied folder again\n")
                try age(fixture, ["src/lib/util.c", "src/lib/deep/back.txt"])
            }
            let changed = try SnapshotStore.takeOnce(location: location(fixture), settings: SnapshotFixture.settings, reason: "round \(round)")
            #expect(changed.record.created)
            try fixture.git("add", "-A")
            let expected = try fixture.text("write-tree")
            #expect(changed.record.tree.hex == expected)
            // The index file's tree cache lost its root; the record next to it names the tree.
            let again = try SnapshotStore.takeOnce(location: location(fixture), settings: SnapshotFixture.settings, reason: "again")
            #expect(!again.record.created)
            #expect(again.store == nil)
            #expect(again.record.id == changed.record.id)
        }
        // A long-lived store opening the same index writes the same tree the usual way.
        #expect(try fixture.store().take(reason: "store").created == false)
    }

    @Test func aWalkMadeAgainstAnotherIndexIsNotTrusted() throws {
        let fixture = try settled()
        let store = try fixture.store()
        try store.take(reason: "base")
        try fixture.write("README.md", "changed after the walk\n")
        // A walk that claims nothing changed, made against an index with another checksum.
        let stale = WorkingTreeCheck(indexChecksum: Array(repeating: 0, count: 20), candidates: [], cachedTree: nil)
        let record = try store.lock.withLock { () throws(GitError) -> SnapshotRecord in
            let (tree, skipped) = try store.capture(paths: nil, known: stale)
            return try store.commit(tree: tree, reason: "stale", now: SnapshotStore.now(), skipped: skipped)
        }
        #expect(record.created)
        let tree = try fixture.listTree(record.id.hex)
        #expect(try fixture.blob(tree[Array("README.md".utf8)]?.id ?? "") == Array("changed after the walk\n".utf8))
    }
}
