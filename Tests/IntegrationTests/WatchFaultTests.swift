import BackstopCore
import BackstopGuard
import BackstopSystem
import BackstopWatch
import BackstopTestSupport
import Foundation
import Glibc
import Testing

/// Faults the watcher and snapshots must survive, for real: a full disk, files the user cannot read,
/// a symbolic link planted where a folder was, and names that are not plain text. The built binary,
/// the real kernel and real git; the tests wait on sync cookies (or on what the watcher says), never
/// on sleeps. The other faults have their own tests: `kill -9` (`WatchKillTests`), the kernel's queue
/// overflowing during a mass deletion (`WatchOverflowTests`), and running out of inotify watches
/// (`WatchLimitTests`).
@Suite struct WatchFaultTests {
    // MARK: A full disk

    /// `backstop snapshot` on a full disk, freed one page at a time so that it runs out at every step
    /// in turn (reading files into objects, writing trees, the private index, the commit and its
    /// ref): each failure exits 3 and says the disk is full and what to do, leaves the ref where it
    /// was, no lock file and a valid repository; the first one with room snapshots everything.
    @Test(.enabled(if: SmallDisk.canMount, "mounting a small tmpfs needs root"))
    func snapshotOnAFullDiskFailsClearlyAndNeverWritesHalfARef() throws {
        let repository = try TemporaryRepository()
        try SmallDisk.mount(at: repository.root, bytes: 4 << 20)
        defer { SmallDisk.unmount(repository.root) }
        try repository.git("init", "-q", "-b", "main").expectSuccess()
        try repository.write(".gitignore", "build/\n")
        for file in 0..<20 { try repository.write("src/f\(file).txt", "file \(file)\n") }
        try repository.commitAll("start")
        let first = try repository.backstop("snapshot")
        #expect(first.status == 0, "\(first.all)")
        let firstID = first.output.trimmingCharacters(in: .whitespacesAndNewlines)
        for file in 0..<20 { try repository.write("src/f\(file).txt", "changed \(file)\n") }
        var reserve = try SmallDisk.fill(repository.root + "/build", reservingPages: 60)

        // Its messages cannot be written either (stderr on the same disk): it still ends with its
        // status rather than trapping on the failed write.
        let silenced = try TestProcess.run("/bin/sh", ["-c",
                                                       "exec '\(BuiltBinary.path)' -C '\(repository.root)' snapshot 2>>'\(repository.root)/build/errors'"],
                                              environment: repository.environment)
        #expect(silenced.status == 3)

        var failedSteps: [String] = []
        var snapshot: String?
        while snapshot == nil, let page = reserve.popLast() {
            unlink(page)
            let result = try repository.backstop("snapshot")
            if result.status == 0 {
                snapshot = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
                break
            }
            let step = "after freeing \(60 - reserve.count) pages"
            #expect(result.status == 3, "\(step): \(result.all)")
            #expect(result.errorText.hasPrefix("backstop: the disk is full: ") && result.errorText.contains("free space on the disk"),
                    "\(step): \(result.errorText)")
            if let function = result.errorText.dropFirst("backstop: the disk is full: ".count).split(separator: " ").first {
                failedSteps.append(String(function.prefix { $0 != "(" }))
            }
            #expect(try repository.git("rev-parse", "refs/backstop/snapshots").output.hasPrefix(firstID), "\(step): the ref did not move")
            for lock in [".git/refs/backstop/snapshots.lock", ".git/backstop/index.lock"] {
                #expect(!FileManager.default.fileExists(atPath: repository.root + "/" + lock), "\(step): \(lock) left behind")
            }
            let fsck = try repository.git("fsck", "--no-dangling")
            #expect(fsck.status == 0, "\(step): \(fsck.all)")
        }
        #expect(Set(failedSteps).count >= 3, "the disk ran out at several steps: \(failedSteps)")
        #expect(failedSteps.contains("git_commit_create"), "the commit and its ref: \(failedSteps)")
        let id = try #require(snapshot, "a snapshot once there is room")
        #expect(try repository.git("rev-parse", "refs/backstop/snapshots").output.hasPrefix(id))
        for file in 0..<20 { #expect(try repository.git("show", "\(id):src/f\(file).txt").output == "changed \(file)\n") }
        #expect(try repository.git("fsck", "--no-dangling").status == 0)
    }

    /// The watcher facing a full disk (a build filled it, then a file was rewritten in place, which
    /// needs no new page): it says the disk is full, keeps running, moves no ref; once space is
    /// freed the next sync rescans the tree, so the edit it could not store is snapshotted and a
    /// later `rm -rf` gives it back.
    @Test(.enabled(if: SmallDisk.canMount, "mounting a small tmpfs needs root"))
    func theWatcherFacingAFullDiskSaysSoKeepsGuardingAndLosesNothing() throws {
        let repository = try TemporaryRepository()
        try SmallDisk.mount(at: repository.root, bytes: 8 << 20)
        defer { SmallDisk.unmount(repository.root) }
        try repository.git("init", "-q", "-b", "main").expectSuccess()
        let files = WatchedRepository.sourceFiles(30)
        for (path, text) in files { try repository.write(path, text) }
        try repository.write(".gitignore", "build/\n")
        try repository.commitAll("start")
        // In the foreground, so what it says reaches the test through a pipe and not the full disk.
        let watcher = try ForegroundWatcher(repository)
        defer { _ = watcher.stop() }
        #expect(watcher.waitForLine(containing: "backstop: watching") != nil)
        let log = try WatcherSync(repository.location)
        #expect(log.answered().isEmpty)
        let baseline = try repository.git("rev-parse", "refs/backstop/snapshots").output

        _ = try SmallDisk.fill(repository.root + "/build", reservingPages: 0)
        let edit = try TestProcess.run("/bin/sh", ["-c", "cd '\(repository.root)' && printf 'edited while the disk is full\\n' > src/m0/f0.txt"],
                                          environment: repository.environment)
        #expect(edit.status == 0, "\(edit.all)")
        let said = watcher.waitForLine(containing: "the disk is full")
        #expect(said?.contains("No space left on device") == true, "\(said ?? "the watcher said nothing")")
        #expect(watcher.isRunning)
        #expect(try repository.git("rev-parse", "refs/backstop/snapshots").output == baseline, "no ref moved")
        #expect(try repository.git("cat-file", "-t", "refs/backstop/snapshots").output == "commit\n")
        #expect(try repository.git("fsck", "--no-dangling").status == 0)

        try FileManager.default.removeItem(atPath: repository.root + "/build")
        let rescan = log.answered()
        #expect(rescan.contains { $0.event == .action && $0.overflowed == true && $0.verdict == .allow }, "\(rescan.map(\.summary))")
        #expect(try repository.git("show", "refs/backstop/snapshots:src/m0/f0.txt").output == "edited while the disk is full\n")
        try TestProcess.run("/bin/rm", ["-rf", repository.root + "/src"], environment: repository.environment).expectSuccess()
        let deletion = log.answered()
        #expect(deletion.filter { $0.event == .action }.map(\.verdict) == [.block])
        #expect(repository.read("src/m0/f0.txt") == "edited while the disk is full\n")
        for (path, text) in files where path != "src/m0/f0.txt" { #expect(repository.read(path) == text, "\(path)") }
        #expect(try repository.git("fsck", "--no-dangling").status == 0)
        #expect(watcher.stop() == 0)
    }

    // MARK: Files the user cannot read

    /// A read-only file, a read-only script and a folder its owner cannot read, with the watcher
    /// and snapshots running as that (non-root) user, since root reads everything. The snapshot
    /// reports the folder and keeps its files as they were; the watcher reports the folder it
    /// cannot watch and keeps running; an `rm -rf` of the rest is rolled back with content and the
    /// executable bit (a snapshot is a git tree: like `git checkout`, it keeps the executable bit,
    /// not the write bits, so the read-only file comes back writable).
    @Test(.enabled(if: Nobody.canRunAs, "needs root and setpriv to run Backstop as an unprivileged user"))
    func readOnlyFilesAndAnUnreadableFolderAsAnOrdinaryUser() throws {
        let repository = try TemporaryRepository()
        try repository.relaxPersonOnly(["watch --stop"])
        var files = WatchedRepository.sourceFiles(40)
        files["src/readonly.txt"] = "do not edit\n"
        files["src/tool.sh"] = "#!/bin/sh\necho tool\n"
        files["private/notes.txt"] = "private notes\n"
        files["private/keys/key.txt"] = "key material\n"
        for (path, text) in files { try repository.write(path, text) }
        try repository.write(".gitignore", "build/\n")
        chmod(repository.root + "/src/readonly.txt", 0o444)
        chmod(repository.root + "/src/tool.sh", 0o555)
        try repository.commitAll("start")
        try Nobody.own(repository)
        chmod(repository.root + "/private", 0)
        defer { chmod(repository.root + "/private", 0o755) }

        let snapshot = try Nobody.backstop(repository, "snapshot")
        #expect(snapshot.status == 0, "\(snapshot.all)")
        #expect(snapshot.errorText.contains("skipped private") && snapshot.errorText.contains("cannot be read"), "\(snapshot.errorText)")
        let tree = try repository.git("ls-tree", "-r", "refs/backstop/snapshots", environment: Nobody.rootGitEnvironment(repository)).output
        #expect(tree.contains("private/notes.txt") && tree.contains("private/keys/key.txt"), "an unreadable folder is not a deleted one:\n\(tree)")
        #expect(tree.contains("100644 blob") && tree.contains("\tsrc/readonly.txt"))
        #expect(tree.contains("100755 blob") && tree.contains("\tsrc/tool.sh"))

        let log = try WatcherSync(repository.location)
        let start = try Nobody.backstop(repository, "watch", "--daemon")
        #expect(start.status == 0, "\(start.all)")
        defer { _ = try? Nobody.backstop(repository, "watch", "--stop") }
        let first = log.answered()
        let reported = first.filter { $0.event == .error }.compactMap(\.message)
        #expect(reported.contains { $0.contains("/private") && $0.contains("Permission denied") }, "the folder it cannot watch is reported: \(reported)")

        let deletion = try Nobody.shell(repository, "rm -rf src")
        #expect(deletion.status == 0, "\(deletion.all)")
        let actions = log.answered()
        #expect(actions.filter { $0.event == .action }.map(\.verdict) == [.block], "\(actions.map(\.summary))")
        for (path, text) in files where path.hasPrefix("src/") { #expect(repository.read(path) == text, "\(path)") }
        #expect(FileManager.default.isExecutableFile(atPath: repository.root + "/src/tool.sh"))
        var status = stat()
        #expect(lstat(repository.root + "/src/readonly.txt", &status) == 0 && status.st_mode & 0o111 == 0 && status.st_uid == Nobody.uid)
        #expect(lstat(repository.root + "/private", &status) == 0 && status.st_mode & 0o777 == 0, "the unreadable folder is left alone")
        #expect(repository.read("private/notes.txt") == "private notes\n")
        let running = try Nobody.backstop(repository, "status")
        #expect(running.output.contains("watcher: running"))
    }

    // MARK: A symbolic link where a folder was

    /// `rm -rf src && ln -s OUTSIDE src` in one burst: the rollback puts `src` back as a folder and
    /// writes nothing through the link; the blocked state keeps the link as a link. Then, without a
    /// watcher, `backstop restore -- src` and a whole-tree restore do the same for links planted at
    /// `src` and deeper.
    @Test func aLinkPlantedWhereAFolderWasIsReplacedNotWrittenThrough() throws {
        let files = WatchedRepository.sourceFiles(40)
        let watched = try WatchedRepository(files: files)
        let repository = watched.repository
        let outside = repository.base + "/outside"
        try FileManager.default.createDirectory(atPath: outside + "/m0", withIntermediateDirectories: true)
        try "outside, not the repository's\n".write(toFile: outside + "/m0/f0.txt", atomically: true, encoding: .utf8)
        let outsideBefore = try Self.contents(of: outside)

        try watched.shell("rm -rf src && ln -s '\(outside)' src").expectSuccess()
        let actions = try watched.sync()
        #expect(actions.map(\.verdict) == [.block], "\(actions.map(\.summary))")
        #expect(actions.first?.rollback?.mismatched == [])
        #expect(Self.isRealFolder(repository.root + "/src"))
        for (path, text) in files { #expect(repository.read(path) == text, "\(path)") }
        #expect(try Self.contents(of: outside) == outsideBefore, "nothing written through the link")
        #expect(try repository.git("ls-tree", "refs/backstop/blocked", "src").output.hasPrefix("120000 "), "the blocked state keeps the link")

        try repository.backstop("watch", "--stop").expectSuccess()
        for (plant, restore) in [("src", ["restore", "--", "src"]), ("src/m1", ["restore"])] {
            let depth = String(repeating: "../", count: plant.split(separator: "/").count - 1)
            try watched.shell("rm -rf \(plant) && ln -s '\(depth)../outside' \(plant)").expectSuccess()
            // From inside the tree, as a person would run it.
            let result = try watched.shell("exec '\(BuiltBinary.path)' " + restore.joined(separator: " "))
            #expect(result.status == 0, "\(restore): \(result.all)")
            #expect(result.errorText.contains("replaced: \(plant) (the snapshot has a folder here)"), "\(restore): \(result.errorText)")
            #expect(Self.isRealFolder(repository.root + "/" + plant), "\(plant)")
            for (path, text) in files { #expect(repository.read(path) == text, "\(restore): \(path)") }
            #expect(try Self.contents(of: outside) == outsideBefore, "\(restore): nothing written through the link")
        }
    }

    // MARK: Names that are not plain text

    /// Files whose names hold a newline or bytes that are not UTF-8 (and whose content is binary),
    /// made during the session: snapshotted under their exact names, then deleted in an `rm -rf`
    /// with 40 others and put back byte for byte by the rollback.
    @Test func namesWithANewlineOrNotUTF8AreSnapshottedAndRestoredByteForByte() throws {
        let watched = try WatchedRepository(files: WatchedRepository.sourceFiles(40))
        let repository = watched.repository
        let odd: [(name: [UInt8], content: [UInt8])] = [
            (Array("src/m0/line\nbreak.txt".utf8), Array("a name with a newline\n".utf8)),
            (Array("src/m1/caf".utf8) + [0xE9] + Array(".txt".utf8), [0xFF, 0xFE, 0x00, 0x0A, 0xC3]),
            (Array("src/new\nfolder/".utf8) + [0x80, 0xFF] + Array("\n".utf8), Array("inside a folder with a newline\n".utf8)),
        ]
        for file in odd { try Self.write(bytes: file.content, to: repository.root, file.name) }
        let made = try watched.sync()
        #expect(!made.isEmpty && made.allSatisfy { $0.verdict == .allow }, "\(made.map(\.summary))")
        let listed = try repository.git("ls-tree", "-r", "-z", "--name-only", "refs/backstop/snapshots").outputBytes.split(separator: 0).map(Array.init)
        for file in odd { #expect(listed.contains(file.name), "snapshotted: \(file.name)") }

        try watched.shell("rm -rf src").expectSuccess()
        let deletion = try watched.sync()
        #expect(deletion.map(\.verdict) == [.block], "\(deletion.map(\.summary))")
        #expect(deletion.first?.rollback?.mismatched == [])
        for file in odd { #expect(Self.read(repository.root, file.name) == file.content, "restored: \(file.name)") }
        for (path, text) in WatchedRepository.sourceFiles(40) { #expect(repository.read(path) == text, "\(path)") }
    }

    // MARK: Helpers

    /// Every file below `folder` with its bytes (links as their targets), to see that nothing changed.
    static func contents(of folder: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            let full = folder + "/" + path
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: full) {
                result[path] = Data(target.utf8)
            } else if !isRealFolder(full) {
                result[path] = FileManager.default.contents(atPath: full) ?? Data()
            } else {
                result[path + "/"] = Data()
            }
        }
        return result
    }

    static func isRealFolder(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    static func cPath(_ root: String, _ name: [UInt8]) -> [CChar] {
        (Array((root + "/").utf8) + name + [0]).map { CChar(bitPattern: $0) }
    }

    /// Writes a file whose name is any bytes, making its folders.
    static func write(bytes: [UInt8], to root: String, _ name: [UInt8]) throws {
        var folder: [UInt8] = []
        for component in name.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).dropLast() {
            folder += (folder.isEmpty ? [] : [UInt8(ascii: "/")]) + component
            _ = mkdir(cPath(root, folder), 0o755)
        }
        let descriptor = open(cPath(root, name), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SystemError(call: "open", errno: errno, path: String(decoding: name, as: UTF8.self)) }
        defer { close(descriptor) }
        guard Glibc.write(descriptor, bytes, bytes.count) == bytes.count else { throw SystemError(call: "write", errno: errno) }
    }

    static func read(_ root: String, _ name: [UInt8]) -> [UInt8]? {
        let descriptor = open(cPath(root, name), O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = Glibc.read(descriptor, &buffer, buffer.count)
            if count <= 0 { return count == 0 ? result : nil }
            result += buffer[..<count]
        }
    }
}
