import BackstopCore
import BackstopGuard
import BackstopTestSupport
import Foundation
import Testing

/// Refs that lose commits, for real: `branch -D`, `tag -d`, `stash drop`, `stash clear` and a
/// `reset --hard` off a commit, then `reflog expire` and `gc --prune=now`. The watcher keeps each old
/// commit under `refs/backstop/journal/`, and the command its log gives brings each back.
@Suite struct ReferenceJournalTests {
    @Test func deletedBranchesTagsAndStashesComeBackWithTheLoggedCommands() throws {
        let watched = try WatchedRepository(files: WatchedRepository.sourceFiles(8))
        let repository = watched.repository
        try repository.git("checkout", "-q", "-b", "feature").expectSuccess()
        try repository.write("feature.txt", "only on feature\n")
        try repository.commitAll("feature work")
        try repository.git("tag", "feature-tag").expectSuccess()
        try repository.git("checkout", "-q", "main").expectSuccess()
        try repository.write("second.txt", "second commit on main\n")
        try repository.commitAll("second")
        for text in ["first stashed edit", "second stashed edit"] {
            try repository.write("src/m0/f0.txt", text + "\n")
            try repository.git("stash", "-q").expectSuccess()
        }
        _ = try watched.sync()
        let before = try repository.git("for-each-ref", "--format=%(refname) %(objectname)", "refs/heads", "refs/tags").output
        let stashes = try repository.git("stash", "list", "--format=%H").output

        try watched.shell("git branch -q -D feature && git tag -d feature-tag >/dev/null && git stash drop -q && git stash clear "
            + "&& git reset -q --hard HEAD~1 && git reflog expire --expire=now --all && git gc -q --prune=now").expectSuccess()
        _ = try watched.sync()
        let journal = watched.allEntries().filter { $0.event == .journal }.compactMap(\.message).joined(separator: "\n")
        let commands = journal.split(separator: "\n").compactMap { line in line.split(separator: "`", omittingEmptySubsequences: false).dropFirst().first }
        #expect(commands.count == 5, "\(journal)")
        // The log names dropped stash entries oldest first: stored back in that order, the stash
        // lists them as before.
        for command in commands {
            try watched.shell(String(command)).expectSuccess()
        }
        try watched.shell("git reset -q --hard main-before").expectSuccess()
        let after = try repository.git("for-each-ref", "--format=%(refname) %(objectname)", "refs/heads", "refs/tags").output
        #expect(Set(after.split(separator: "\n")).isSuperset(of: before.split(separator: "\n")), "before:\n\(before)after:\n\(after)")
        #expect(try repository.git("stash", "list", "--format=%H").output == stashes)
        #expect(try repository.git("show", "feature:feature.txt").output == "only on feature\n")
    }
}
