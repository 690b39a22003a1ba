import BackstopCore
import BackstopGit
import BackstopGuard
import BackstopTestSupport
import Foundation
import Testing

/// Commands that delete `.git` with the work, for real: the watcher blocks them, rebuilds `.git`
/// from the store outside the tree and rolls the work back; with no watcher, `backstop recover`
/// rebuilds the repository from the store. Each ends with the repository exactly as before:
/// branches, the stash, the index, untracked work and `.env`.
@Suite struct RepositoryDeletionTests {
    /// A repository with history, a second branch, a stash, an untracked file, a staged change and
    /// `.env`; what a test compares before and after.
    struct Fixture {
        let watched: WatchedRepository
        let state: State

        init() throws {
            watched = try WatchedRepository(files: WatchedRepository.sourceFiles(30))
            let repository = watched.repository
            try repository.git("branch", "feature").expectSuccess()
            try repository.write("src/m0/f0.txt", "stashed change\n")
            try repository.git("stash", "-q").expectSuccess()
            try repository.write("notes/plan.md", "untracked work\n")
            try repository.write(".env", "API_TOKEN=local-only\n")
            try repository.write("src/m1/f1.txt", "staged change\n")
            try repository.git("add", "src/m1/f1.txt").expectSuccess()
            try repository.write("src/m2/f2.txt", "uncommitted change\n")
            _ = try watched.sync()
            state = try State(repository)
        }
    }

    /// What must survive: the files, the refs, the stash, and `git status` (the index).
    struct State: Equatable, CustomStringConvertible {
        let files: [String: String]
        let references: String
        let stash: String
        let status: String

        init(_ repository: TemporaryRepository) throws {
            var files: [String: String] = [:]
            let enumerator = FileManager.default.enumerator(atPath: repository.root)
            while let path = enumerator?.nextObject() as? String {
                if path == ".git" { enumerator?.skipDescendants() } else if let text = repository.read(path) { files[path] = text }
            }
            self.files = files
            references = try repository.git("for-each-ref", "--format=%(refname) %(objectname)", "refs/heads", "refs/tags", "refs/stash").output
            stash = try repository.git("stash", "list").output
            status = try repository.git("status", "--porcelain").output
        }

        var description: String { "\(files.count) files; refs:\n\(references)stash: \(stash)status:\n\(status)" }
    }

    static let deletions = [
        "rm -rf .git",
        "find . -delete",
        "find . -exec rm -rf {} \\;",
        "find . -print0 | xargs -0 rm -rf",
        "rm -rf .* *",
        "rm -rf .git/backstop",
    ]

    @Test(arguments: deletions)
    func theWatcherRebuildsGitAndRollsTheWorkBack(command: String) throws {
        let fixture = try Fixture()
        let watched = fixture.watched
        // Some forms complain about `.` and `..` and exit 1 after deleting everything else.
        _ = try watched.shell(command + " 2>/dev/null")
        let actions = try watched.sync()
        #expect(actions.contains { $0.verdict == .block && ($0.message ?? "").contains("`.git` was deleted") }, "\(actions.map(\.summary))")
        let after = try State(watched.repository)
        #expect(after == fixture.state, "before: \(fixture.state)\nafter: \(after)")
        #expect(try watched.repository.git("fsck", "--no-dangling").status == 0)
        // The watcher goes on guarding the rebuilt repository.
        _ = try watched.shell("rm -rf src")
        #expect(try watched.sync().contains { $0.verdict == .block })
        #expect(try State(watched.repository) == fixture.state)
    }

    @Test func recoverRebuildsAWholeFolderDeletedWhileNoWatcherRan() throws {
        let fixture = try Fixture()
        let repository = fixture.watched.repository
        try repository.backstop("watch", "--stop").expectSuccess()
        try FileManager.default.removeItem(atPath: repository.root)
        let listed = try repository.backstop("recover", "--list", in: repository.base)
        #expect(listed.status == 0 && listed.output.contains(repository.root + "  (folder deleted"), "\(listed.all)")

        let recovered = try repository.backstop("recover", repository.root, in: repository.base)
        #expect(recovered.status == 0, "\(recovered.all)")
        #expect(recovered.all.contains("restored: notes/plan.md") && recovered.all.contains("restored: .env"))
        #expect(try State(repository) == fixture.state)

        // A folder with content is refused unless told; told, it puts back only what is missing.
        try FileManager.default.removeItem(atPath: repository.root + "/.git")
        try repository.write("notes/plan.md", "edited since the snapshot\n")
        let refused = try repository.backstop("recover", repository.root, in: repository.base)
        #expect(refused.status == 3 && refused.all.contains("--force"), "\(refused.all)")
        let forced = try repository.backstop("recover", repository.root, "--force", in: repository.base)
        #expect(forced.status == 0 && forced.all.contains("kept as it is: notes/plan.md"), "\(forced.all)")
        #expect(repository.read("notes/plan.md") == "edited since the snapshot\n")
        #expect(try repository.git("stash", "list").output == fixture.state.stash)
    }

    /// Installed, never watched, never snapshotted: the store's copy of `.git` still gives back
    /// every committed file, from HEAD.
    @Test func recoverWithoutASnapshotGivesBackWhatHEADHolds() throws {
        let repository = try TemporaryRepository()
        let files = WatchedRepository.sourceFiles(12)
        for (path, text) in files { try repository.write(path, text) }
        try repository.commitAll("start")
        try repository.backstop("install").expectSuccess()
        try FileManager.default.removeItem(atPath: repository.root)
        let recovered = try repository.backstop("recover", repository.root, in: repository.base)
        #expect(recovered.status == 0 && recovered.all.contains("HEAD: the store holds no snapshot"), "\(recovered.all)")
        for (path, text) in files { #expect(repository.read(path) == text, "\(path)") }
        #expect(try repository.git("status", "--porcelain").output == "")
    }

    /// The registration lives outside `.git`: deleting `.git/backstop` neither hides the running
    /// watcher nor lets a second one start beside it.
    @Test func theRegistrationOutlivesTheStateFolder() throws {
        let fixture = try Fixture()
        let repository = fixture.watched.repository
        let pid = try #require(WatcherRegistration.running(fixture.watched.location)?.pid)
        try FileManager.default.removeItem(atPath: repository.root + "/.git/backstop")
        #expect(WatcherRegistration.running(fixture.watched.location)?.pid == pid)
        let second = try repository.backstop("watch", "--daemon")
        #expect(second.status == 3 && second.all.contains("already guards"), "\(second.all)")
        _ = try fixture.watched.sync()
        let status = try repository.backstop("status")
        #expect(status.status == 0 && status.output.contains("watcher: running (pid \(pid)"), "\(status.all)")
    }
}
