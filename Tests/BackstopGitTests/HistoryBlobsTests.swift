import BackstopGit
import BackstopTestSupport
import Foundation
import Testing

/// A real repository with a known history, built with the git command line in a hermetic
/// environment; git itself (`rev-list`, `log --raw`, `ls-tree`, `cat-file`) is the oracle.
///
/// main: c1 (root) -> c2 -> c3 -> c4 -> merge of feature -> c5 (submodule entry)
/// feature: c3 -> f1
/// refs/backstop/snapshots: a commit on top of main with a blob found nowhere else.
private final class HistoryFixture {
    let repository: TemporaryRepository
    var root: String { repository.root }
    private(set) var commits: [String: String] = [:]
    private(set) var snapshotOnlyBlob = ""

    static let largeText = String(repeating: "a line of ordinary text\n", count: 250)
    static let binaryBytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array(0...255)

    init() throws {
        repository = try TemporaryRepository(prefix: "backstop-history")

        try write("README.md", "hello\n")
        try write("src/app.swift", "print(\"one\")\n")
        try write("config/settings.json", "{\"mode\": \"fast\"}\n")
        try write("docs/guide/intro.md", "# Intro\n")
        try commit("c1")

        try write("src/app.swift", "print(\"two\")\n")
        try write("a/copy1.txt", "same content in two paths\n")
        try write("b/copy2.txt", "same content in two paths\n")
        try commit("c2")
        try git("tag", "-a", "v2", "-m", "annotated tag of c2")

        try git("mv", "config/settings.json", "config/renamed.json")
        try git("rm", "-q", "README.md")
        try write("assets/logo.bin", HistoryFixture.binaryBytes)
        try write("large.txt", HistoryFixture.largeText)
        try commit("c3")

        try git("checkout", "-q", "-b", "feature")
        try write("feature.txt", "only on the feature branch\n")
        try write("src/app.swift", "print(\"feature\")\n")
        try commit("f1")
        try git("checkout", "-q", "main")

        try write("deep/nested/dir/file.txt", "deep\n")
        try write("docs/guide/intro.md", "# Intro, revised\n")
        try commit("c4")

        try git("merge", "-q", "--no-ff", "--no-edit", "feature")
        commits["merge"] = try text("rev-parse", "HEAD")

        // A submodule entry: a commit id in the tree, which is not this repository's content.
        try git("update-index", "--add", "--cacheinfo", "160000,\(commits["c1"] ?? ""),vendor/sub")
        try FileManager.default.createDirectory(atPath: root + "/vendor/sub", withIntermediateDirectories: true)
        try write("notes.txt", "last\n")
        try git("add", "notes.txt")
        try git("commit", "-q", "-m", "c5")
        commits["c5"] = try text("rev-parse", "HEAD")

        // A lightweight tag of a blob leads to no commit and must be passed over.
        try git("tag", "blob-tag", try text("rev-parse", "\(commits["c1"] ?? ""):README.md"))

        snapshotOnlyBlob = try text("hash-object", "-w", "--stdin", input: Array("only in a snapshot\n".utf8))
        let tree = try text("mktree", input: Array("100644 blob \(snapshotOnlyBlob)\tsnapshot.txt\n".utf8))
        let snapshot = try text("commit-tree", tree, "-p", "HEAD", "-m", "snapshot")
        try git("update-ref", "refs/backstop/snapshots", snapshot)
    }

    func commit(_ name: String) throws {
        try git("add", "-A")
        try git("commit", "-q", "-m", name)
        commits[name] = try text("rev-parse", "HEAD")
    }

    func id(_ name: String) -> String { commits[name] ?? name }

    func write(_ path: String, _ text: String) throws {
        try write(path, Array(text.utf8))
    }

    func write(_ path: String, _ bytes: [UInt8]) throws {
        let full = root + "/" + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
    }

    var environment: [String: String] { repository.environment }

    /// Runs git in the work tree; a non-zero exit throws with what git said.
    @discardableResult
    func git(_ arguments: String..., input: [UInt8]? = nil) throws -> [UInt8] {
        try git(arguments, input: input)
    }

    @discardableResult
    func git(_ arguments: [String], input: [UInt8]? = nil) throws -> [UInt8] {
        let result = try TestProcess.run(HermeticGit.executable, ["-C", root] + arguments, environment: environment, input: input)
        try result.expectSuccess(["git"] + arguments)
        return result.outputBytes
    }

    func text(_ arguments: String..., input: [UInt8]? = nil) throws -> String {
        String(decoding: try git(arguments, input: input), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func lines(_ arguments: [String]) throws -> [String] {
        String(decoding: try git(arguments), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    // MARK: Oracle

    /// The history the walk must cover: every ref but Backstop's own, as `git rev-list --all` sees it.
    static let allRefs = ["--exclude=refs/backstop/*", "--all"]

    /// Every blob reachable from `revisions`, with its size.
    func blobSizes(_ revisions: [String]) throws -> [String: Int] {
        let objects = try lines(["rev-list", "--objects"] + revisions).map { String($0.prefix(40)) }
        let checked = try git(["cat-file", "--batch-check=%(objecttype) %(objectname) %(objectsize)"],
                              input: Array((objects.joined(separator: "\n") + "\n").utf8))
        var sizes: [String: Int] = [:]
        for line in String(decoding: checked, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ")
            if fields.count == 3, fields[0] == "blob", let size = Int(fields[2]) { sizes[String(fields[1])] = size }
        }
        return sizes
    }

    /// For every blob, the (commit, path) pairs whose diff against the first parent (or, for a root,
    /// against nothing) adds or changes a file to that blob.
    func introductions(_ revisions: [String]) throws -> [String: [(commit: String, path: String)]] {
        let log = try lines(["log", "--raw", "--no-renames", "--root", "--diff-merges=first-parent", "--no-abbrev", "--format=commit %H"] + revisions)
        var result: [String: [(commit: String, path: String)]] = [:]
        var commit = ""
        for line in log {
            if line.hasPrefix("commit ") {
                commit = String(line.dropFirst(7))
                continue
            }
            // ":100644 100644 <old> <new> M\tpath"
            guard line.hasPrefix(":"), let tab = line.firstIndex(of: "\t") else { continue }
            let fields = line[line.startIndex..<tab].split(separator: " ")
            guard fields.count == 5, fields[1] != "160000", fields[4] != "D" else { continue }
            result[String(fields[3]), default: []].append((commit, String(line[line.index(after: tab)...])))
        }
        return result
    }

    /// Blob ids in the tree of `commit`, recursively.
    func treeBlobs(_ commit: String) throws -> Set<String> {
        Set(try lines(["ls-tree", "-r", commit]).compactMap { line in
            let fields = line.split(separator: " ")
            return fields.count >= 3 && fields[1] == "blob" ? String(fields[2].prefix(40)) : nil
        })
    }

    func isStrictAncestor(_ ancestor: String, of commit: String) throws -> Bool {
        guard ancestor != commit else { return false }
        return try TestProcess.run(HermeticGit.executable, ["-C", root, "merge-base", "--is-ancestor", ancestor, commit], environment: environment).status == 0
    }

    func isBinary(_ blob: String) throws -> Bool {
        try git("cat-file", "blob", blob).contains(0)
    }
}

/// Runs git with Foundation's Process, reading both outputs to the end.

/// Collects what a walk hands over.
private func collect(_ walk: (_ body: (HistoryBlob) throws -> Void) throws -> HistorySummary) throws -> (blobs: [HistoryBlob], summary: HistorySummary) {
    var blobs: [HistoryBlob] = []
    let summary = try walk { blobs.append($0) }
    return (blobs, summary)
}

@Suite("HistoryBlobs")
struct HistoryBlobsTests {
    @Test("every reachable blob is reported once, at the first commit that introduced it")
    func wholeHistory() throws {
        let fixture = try HistoryFixture()
        let walk = try HistoryWalk(repositoryPath: fixture.root)
        let (blobs, summary) = try collect { try walk.forEachBlob(maximumBytes: 1 << 20, $0) }

        let sizes = try fixture.blobSizes(HistoryFixture.allRefs)
        let introductions = try fixture.introductions(HistoryFixture.allRefs)
        let binary = try Set(sizes.keys.filter { try fixture.isBinary($0) })
        #expect(binary.count == 1)

        let reported = blobs.map(\.blobID.hex)
        #expect(reported.count == Set(reported).count, "a blob was reported twice")
        #expect(Set(reported) == Set(sizes.keys).subtracting(binary))
        #expect(!reported.contains(fixture.snapshotOnlyBlob))
        #expect(summary == HistorySummary(
            commits: try fixture.lines(["rev-list"] + HistoryFixture.allRefs).count,
            blobs: blobs.count,
            bytes: blobs.reduce(0) { $0 + $1.bytes.count },
            skippedBinary: 1,
            skippedLarge: 0))

        for blob in blobs {
            #expect(blob.bytes == (try fixture.git("cat-file", "blob", blob.blobID.hex)), "\(blob.path)")
            let candidates = introductions[blob.blobID.hex] ?? []
            #expect(candidates.contains { $0.commit == blob.commit.hex && $0.path == blob.path },
                    "\(blob.blobID) reported at \(blob.commit):\(blob.path), git introduces it at \(candidates)")
            for earlier in candidates where try fixture.isStrictAncestor(earlier.commit, of: blob.commit.hex) {
                Issue.record("\(blob.path) is attributed to \(blob.commit) but \(earlier.commit) introduced it earlier")
            }
        }
    }

    @Test("renames, deletions, copies, merges, submodules and snapshots are attributed as git would")
    func attribution() throws {
        let fixture = try HistoryFixture()
        let (blobs, _) = try collect { try HistoryWalk(repositoryPath: fixture.root).forEachBlob(maximumBytes: 1 << 20, $0) }
        func reports(_ path: String) -> [HistoryBlob] { blobs.filter { $0.path == path } }

        // A renamed file's content stays with the commit and path that first had it.
        #expect(reports("config/settings.json").map(\.commit.hex) == [fixture.id("c1")])
        #expect(reports("config/renamed.json").isEmpty)
        // A deleted file was still in history.
        #expect(reports("README.md").map(\.commit.hex) == [fixture.id("c1")])
        // Both versions of a modified file, each at its own commit.
        #expect(Set(reports("src/app.swift").map(\.commit.hex)) == [fixture.id("c1"), fixture.id("c2"), fixture.id("f1")])
        #expect(Set(reports("docs/guide/intro.md").map(\.commit.hex)) == [fixture.id("c1"), fixture.id("c4")])
        #expect(reports("deep/nested/dir/file.txt").map(\.commit.hex) == [fixture.id("c4")])
        // The same content in two paths is one blob, reported once.
        #expect(reports("a/copy1.txt").count + reports("b/copy2.txt").count == 1)
        // Work merged from a branch belongs to the branch's commit, not to the merge.
        #expect(reports("feature.txt").map(\.commit.hex) == [fixture.id("f1")])
        #expect(!blobs.contains { $0.commit.hex == fixture.id("merge") })
        // The submodule entry is a commit id, not a blob; snapshot-only content is not history.
        #expect(!blobs.contains { $0.path.hasPrefix("vendor/") || $0.path == "snapshot.txt" })
        #expect(reports("notes.txt").map(\.commit.hex) == [fixture.id("c5")])
        #expect(reports("notes.txt").first?.bytes == Array("last\n".utf8))
    }

    @Test("binary and oversized blobs are not read but counted")
    func skipped() throws {
        let fixture = try HistoryFixture()
        let maximumBytes = 1_000
        let (blobs, summary) = try collect { try HistoryWalk(repositoryPath: fixture.root).forEachBlob(maximumBytes: maximumBytes, $0) }
        let sizes = try fixture.blobSizes(HistoryFixture.allRefs)
        let large = Set(sizes.filter { $0.value > maximumBytes }.keys)
        let binary = try Set(sizes.keys.filter { try fixture.isBinary($0) }).subtracting(large)
        #expect(large.count == 1 && binary.count == 1)
        #expect(summary.skippedLarge == 1)
        #expect(summary.skippedBinary == 1)
        #expect(!blobs.contains { $0.path == "large.txt" || $0.path == "assets/logo.bin" })
        #expect(Set(blobs.map(\.blobID.hex)) == Set(sizes.keys).subtracting(large).subtracting(binary))
        #expect(summary.blobs + summary.skippedLarge + summary.skippedBinary == sizes.count)
        #expect(blobs.allSatisfy { $0.bytes.count <= maximumBytes })

        // At exactly its size a blob is not too large.
        let largeSize = HistoryFixture.largeText.utf8.count
        let (exact, exactSummary) = try collect { try HistoryWalk(repositoryPath: fixture.root).forEachBlob(maximumBytes: largeSize, $0) }
        #expect(exactSummary.skippedLarge == 0)
        #expect(exact.contains { $0.path == "large.txt" && $0.bytes == Array(HistoryFixture.largeText.utf8) })
    }

    @Test("an error thrown by the visitor ends the walk and comes back unchanged")
    func visitorError() throws {
        struct Stop: Error {}
        let fixture = try HistoryFixture()
        var visits = 0
        #expect(throws: Stop.self) {
            _ = try HistoryWalk(repositoryPath: fixture.root).forEachBlob(maximumBytes: 1 << 20) { _ in
                visits += 1
                throw Stop()
            }
        }
        #expect(visits == 1)
    }

    @Test("a repository with no commits has no history; a folder that is not one throws")
    func emptyAndMissing() throws {
        HermeticGit.isolateThisProcess()
        let base = NSTemporaryDirectory() + "backstop-history-empty-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: base) }
        try FileManager.default.createDirectory(atPath: base + "/plain", withIntermediateDirectories: true)
        #expect(throws: GitError.self) { try HistoryWalk(repositoryPath: base + "/plain") }

        let initialized = try TestProcess.run(HermeticGit.executable, ["init", "-q", base + "/empty"], environment: HermeticGit.environment(home: base))
        #expect(initialized.status == 0)
        let summary = try HistoryWalk(repositoryPath: base + "/empty").forEachBlob(maximumBytes: 1 << 20) { _ in Issue.record("a blob in an empty repository") }
        #expect(summary == HistorySummary(commits: 0, blobs: 0, bytes: 0, skippedBinary: 0, skippedLarge: 0))
    }
}
