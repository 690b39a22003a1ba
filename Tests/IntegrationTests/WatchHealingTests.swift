import BackstopCore
import BackstopGit
import BackstopGuard
import BackstopTestSupport
import Foundation
import Testing

/// A watcher whose repository lost objects under it (its refs deleted, then `git gc --prune=now`)
/// heals and keeps guarding, and when it truly cannot judge an action it says so: `watch --sync`
/// exits 3 and `status` 1 until an action is judged again.
@Suite struct WatchHealingTests {
    static let pruneSnapshots = "for ref in $(git for-each-ref --format='%(refname)' refs/backstop); do git update-ref -d $ref; done; "
        + "git reflog expire --expire=now --all && git gc -q --prune=now"

    @Test func refsDeletedAndPrunedThenAMassDeletionIsStillUndone() throws {
        let watched = try WatchedRepository(files: WatchedRepository.sourceFiles(40))
        try watched.repository.write("src/m1/f1.txt", "precious uncommitted edit\n")
        try watched.repository.write("src/m1/newmodule.txt", "new module\n")
        _ = try watched.sync()
        try watched.shell(Self.pruneSnapshots).expectSuccess()
        try watched.shell("rm -rf src/m1 src/m2").expectSuccess()
        let actions = try watched.sync()
        #expect(actions.contains { $0.verdict == .block }, "\(actions.map(\.summary))")
        #expect(!actions.contains { $0.event == .unjudged })
        #expect(watched.repository.read("src/m1/f1.txt") == "precious uncommitted edit\n")
        #expect(watched.repository.read("src/m1/newmodule.txt") == "new module\n")
        #expect(try watched.repository.backstop("status").status == 0)
        #expect(try watched.repository.backstop("snapshot").status == 0)
    }

    /// `.git/objects` deleted while the store holds no copy of it (its folder deleted too): nothing
    /// can rebuild it, and the watcher says so instead of answering as if all were well.
    @Test func anActionThatCannotBeJudgedIsSaidAndExits3() throws {
        let watched = try WatchedRepository(files: WatchedRepository.sourceFiles(40))
        try FileManager.default.removeItem(atPath: watched.storeDirectory + "/git")
        try watched.shell("rm -rf .git/objects src/m2").expectSuccess()
        let sync = try watched.repository.backstop("watch", "--sync")
        #expect(sync.status == 3 && sync.all.contains("could not judge an action"), "\(sync.all)")
        #expect(watched.allEntries().contains { $0.event == .unjudged })
        #expect(try watched.repository.backstop("status").status != 0)
    }
}
