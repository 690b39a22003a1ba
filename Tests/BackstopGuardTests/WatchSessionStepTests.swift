import BackstopCore
import BackstopGuard
import BackstopTestSupport
import Foundation
import Testing

/// The watch loop stepped by hand (a fake event source, a clock the test moves, a real repository),
/// so where an agent's burst is cut into actions is the test's choice, not the machine's speed.
@Suite struct WatchSessionStepTests {
    static let sourceFiles = Dictionary(uniqueKeysWithValues: (0..<60).map { ("src/m\($0 % 4)/f\($0).txt", "content of file \($0)\n") })

    /// An agent edits a few files, writes ten notes and deletes three sources; later it moves `src`
    /// to `lib` and deletes its own notes. However the second burst is cut into actions, nothing is
    /// flagged: the notes were born in the session. (Two one-line files used to count as similar,
    /// through the empty "line" after their last newline: the deleted sources "moved" into notes,
    /// which then counted as pre-existing work, and deleting them was judged `discard-uncommitted`
    /// when the deletion came in an action of its own.)
    @Test(arguments: [false, true])
    func theVerdictDoesNotDependOnWhereABurstIsCut(cutAfterTheMove: Bool) throws {
        let stepped = try SteppedSession(files: Self.sourceFiles)
        let notes = (1...10).map { "notes/n\($0).md" }
        try stepped.perform(
            "for i in 1 2 3 4 5; do echo edited >> src/m1/f$i.txt; done; mkdir -p notes && for i in $(seq 1 10); do echo new $i > notes/n$i.md; done; "
                + "rm src/m0/f0.txt src/m0/f4.txt src/m0/f8.txt",
            reporting: SteppedSession.modified(["src/m1/f1.txt", "src/m1/f5.txt"]) + SteppedSession.created(["src/m1/f2.txt", "src/m1/f3.txt", "src/m1/f4.txt"])
                + [SteppedSession.folder(created: "notes")] + SteppedSession.created(notes)
                + SteppedSession.deleted(["src/m0/f0.txt", "src/m0/f4.txt", "src/m0/f8.txt"]))
        let first = try stepped.settleAndJudge()
        #expect(first.map(\.verdict) == [.allow], "\(first.map(\.summary))")

        let moved = try FileManager.default.subpathsOfDirectory(atPath: stepped.repository.root + "/src").filter { $0.hasSuffix(".txt") }.sorted()
        let move = SteppedSession.moved(folder: "src", to: "lib", holding: moved)
        let removal = SteppedSession.deleted(notes) + [SteppedSession.folder(deleted: "notes")]
        var judged: [AuditEntry] = []
        if cutAfterTheMove {
            try stepped.perform("mv src lib", reporting: move)
            judged += try stepped.settleAndJudge()
            try stepped.perform("rm -rf notes", reporting: removal)
            judged += try stepped.settleAndJudge()
        } else {
            try stepped.perform("mv src lib && rm -rf notes", reporting: move + removal)
            judged += try stepped.settleAndJudge()
        }
        #expect(judged.count == (cutAfterTheMove ? 2 : 1))
        #expect(judged.allSatisfy { $0.verdict == .allow && ($0.classes ?? []).isEmpty }, "\(judged.map(\.summary))")

        // Moved content keeps its provenance: deleting the moved tree is a mass deletion, rolled back.
        let libraries = try FileManager.default.subpathsOfDirectory(atPath: stepped.repository.root + "/lib").filter { $0.hasSuffix(".txt") }
        try stepped.perform("rm -rf lib", reporting: SteppedSession.deleted(libraries.map { "lib/" + $0 }) + [SteppedSession.folder(deleted: "lib")])
        let deletion = try stepped.settleAndJudge()
        #expect(deletion.map(\.verdict) == [.block], "\(deletion.map(\.summary))")
        #expect(stepped.repository.read("lib/m1/f1.txt") == "content of file 1\nedited\n")
    }

    /// A sync cookie arriving while an action is open is answered only once that action is judged.
    @Test func aSyncCookieIsAnsweredAfterTheActionBeforeIt() throws {
        let stepped = try SteppedSession(files: ["README.md": "hello\n"])
        try stepped.perform("echo more >> README.md && touch .git/backstop-sync-first",
                            reporting: SteppedSession.modified(["README.md"]) + [FileEvent(.created, RepositoryPath(".git/backstop-sync-first"))])
        stepped.session.step(now: stepped.clock.now)
        let open = try AuditLog(stepped.location).entries().entries
        #expect(!open.contains { $0.event == .sync }, "not while the action is open")
        let judged = try stepped.settleAndJudge()
        #expect(judged.map(\.event) == [.action, .sync])
        #expect(judged.last?.message == "first")
    }

    /// A folder replaced by a copy moved over it (`cp -a`, `rm -rf`, a copy into a staging folder,
    /// `mv` over the old place): the copies were read as pre-images while they were written in the
    /// staging folder, but the settled tree has no staging folder, and the newest snapshot must be
    /// exactly the settled tree (it used to keep the staging copies, and a restore of it brought
    /// back a half package).
    @Test func aFolderReplacedByACopyLeavesNoPhantomsInTheSnapshot() throws {
        let names = (1...12).map { "m\($0).py" } + (1...3).map { "sub/s\($0).py" }
        let stepped = try SteppedSession(files: Dictionary(uniqueKeysWithValues: names.map { ("src/pkg/" + $0, "module \($0)\n") }))
        // The copies are read while they stand in the staging folder: the session takes the
        // events as they come, within one action.
        try stepped.perform(
            "cp -a src/pkg ../pkgcopy && rm -rf src/pkg && mkdir -p staging && cp -a ../pkgcopy staging/pkg",
            reporting: SteppedSession.deleted(names.map { "src/pkg/" + $0 }) + [SteppedSession.folder(deleted: "src/pkg/sub"), SteppedSession.folder(deleted: "src/pkg")]
                + [SteppedSession.folder(created: "staging"), SteppedSession.folder(created: "staging/pkg"), SteppedSession.folder(created: "staging/pkg/sub")]
                + SteppedSession.created(names.map { "staging/pkg/" + $0 }))
        stepped.session.step(now: stepped.clock.now)
        stepped.clock.advance(50)
        try stepped.perform("mv staging/pkg src/pkg && rmdir staging",
                            reporting: SteppedSession.moved(folder: "staging/pkg", to: "src/pkg", holding: names) + [SteppedSession.folder(deleted: "staging")])
        let judged = try stepped.settleAndJudge()
        #expect(judged.allSatisfy { $0.verdict == .allow }, "\(judged.map(\.summary))")
        #expect(try stepped.snapshotDifferences() == [])
    }

    /// A file deleted before an action, recreated and deleted again inside one (a stash and its
    /// pop): its events cancel out, so the action does not name it, but the copy read ahead sits
    /// in the private index. The snapshot must not keep it (chaos found it: a `restore` brought
    /// back a file deleted twice).
    @Test func aFileWhoseEventsCancelOutLeavesNothingInTheSnapshot() throws {
        let stepped = try SteppedSession(files: ["src/a.py": "a\n", "src/b.py": "b\n", "src/c.py": "c\n"])
        try stepped.perform("rm src/a.py", reporting: SteppedSession.deleted(["src/a.py"]))
        _ = try stepped.settleAndJudge()
        try stepped.perform("echo a > src/a.py", reporting: SteppedSession.created(["src/a.py"]))
        stepped.session.step(now: stepped.clock.now)
        stepped.clock.advance(50)
        try stepped.perform("rm src/a.py && echo more >> src/b.py", reporting: SteppedSession.deleted(["src/a.py"]) + SteppedSession.modified(["src/b.py"]))
        let judged = try stepped.settleAndJudge()
        #expect(judged.allSatisfy { $0.verdict != .block }, "\(judged.map(\.summary))")
        #expect(try stepped.snapshotDifferences() == [])
    }

    /// A deletion still running while the rollback writes (`find . -delete` of a large tree) takes
    /// files the rollback has just put back, before the rollback's marker: those removals are not
    /// the rollback's own, and the next action brings the files back (they went unseen, and stayed
    /// deleted, in a 100,000-file `find . -delete`).
    @Test func whatADeletionTakesWhileTheRollbackWritesComesBack() throws {
        let names = (0..<30).map { "src/f\($0).txt" }
        let stepped = try SteppedSession(files: Dictionary(uniqueKeysWithValues: names.map { ($0, "file \($0)\n") }))
        try stepped.perform("rm -rf src", reporting: SteppedSession.deleted(names) + [SteppedSession.folder(deleted: "src")])
        stepped.events.atFence = { [repository = stepped.repository, events = stepped.events] in
            _ = try? repository.shell("rm src/f1.txt src/f2.txt")
            events.push(SteppedSession.deleted(["src/f1.txt", "src/f2.txt"]))
        }
        let first = try stepped.settleAndJudge()
        #expect(first.map(\.verdict) == [.block], "\(first.map(\.summary))")
        let second = try stepped.settleAndJudge()
        #expect(second.map(\.verdict) == [.block], "\(second.map(\.summary))")
        for name in names { #expect(stepped.repository.read(name) == "file \(name)\n", "\(name)") }
    }

    /// `rm -rf` of whole folders closes after a sixth of the settle period (at least 50 ms), as one action, and is
    /// rolled back; work that starts within that shorter quiet (`rm -rf src && mkdir src`) is in
    /// the same action.
    @Test(arguments: [false, true])
    func aRemovalOfWholeFoldersIsJudgedSoonerAndWhole(followedByNewWork: Bool) throws {
        let stepped = try SteppedSession(files: Self.sourceFiles)
        let files = Self.sourceFiles.keys.sorted()
        try stepped.perform("rm -rf src/m0 src/m1 src/m2 src/m3",
                            reporting: (0..<4).flatMap { folder in
                                SteppedSession.deleted(files.filter { $0.hasPrefix("src/m\(folder)/") }) + [SteppedSession.folder(deleted: "src/m\(folder)")]
                            })
        stepped.session.step(now: stepped.clock.now)
        stepped.clock.advance(max(stepped.settle / 6, 50) - 1)
        if followedByNewWork {
            try stepped.perform("mkdir src/m0 && echo new > src/m0/new.txt",
                                reporting: [SteppedSession.folder(created: "src/m0")] + SteppedSession.created(["src/m0/new.txt"]))
        }
        stepped.session.step(now: stepped.clock.now)
        #expect(try AuditLog(stepped.location).entries().entries.filter { $0.event == .action }.isEmpty, "not before a sixth of the settle period")
        stepped.clock.advance(1)
        stepped.session.step(now: stepped.clock.now)
        let early = try AuditLog(stepped.location).entries().entries.filter { $0.event == .action }
        #expect(early.count == (followedByNewWork ? 0 : 1), "\(early.map(\.summary))")
        // Everything logged since the session started: the early action is not judged twice.
        let judged = try stepped.settleAndJudge().filter { $0.event == .action }
        #expect(judged.map(\.verdict) == [.block], "\(judged.map(\.summary))")
        for name in files { #expect(stepped.repository.read(name) == Self.sourceFiles[name], "\(name)") }
    }
}
