import BackstopTestSupport
import Foundation
import Testing

/// Pushes that skip the hooks (`--no-verify`, another hooks folder, a global one, a hooks path set
/// just before) still go through the push helper `install` routes every push URL to; one that
/// goes around the helper too is found afterwards by the remote-tracking ref it moved.
@Suite("push helper: pushes that skip the hooks, against a local bare remote")
struct PushRouteTests {
    /// A guarded repository with one pushed commit, and a later commit that adds a key, made with
    /// the hooks skipped.
    private func repositoryWithUnpushedSecret() throws -> (TemporaryRepository, remote: String, key: String) {
        let repository = try TemporaryRepository.pushed()
        let remote = repository.bareRemote()
        let key = FakeSecrets.awsAccessKeyID(seed: 31)
        try repository.write("deploy/env.sh", "export KEY_ID=\(key)\n")
        try repository.commitAll("add deploy")
        return (repository, remote, key)
    }

    private func remoteHead(_ repository: TemporaryRepository, _ remote: String) throws -> String {
        try repository.git("--git-dir", remote, "rev-parse", "main").output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func installRoutesEveryPushThroughTheHelper() throws {
        let (repository, _, _) = try repositoryWithUnpushedSecret()
        let setting = try repository.git("config", "--local", "--get", "url.backstop::.pushInsteadOf")
        #expect(setting.status == 0 && setting.output == "\n")
        try repository.backstopAtTerminal("uninstall").result.expectSuccess()
        #expect(try repository.git("config", "--local", "--get", "url.backstop::.pushInsteadOf").status != 0)
    }

    @Test(arguments: [
        ["push", "--no-verify", "origin", "main"],
        ["-c", "core.hooksPath=/dev/null", "push", "origin", "main"],
    ])
    func blocksASecretWhenTheHooksAreSkipped(_ command: [String]) throws {
        let (repository, remote, key) = try repositoryWithUnpushedSecret()
        let before = try remoteHead(repository, remote)
        let push = try repository.git(command)
        #expect(push.status != 0)
        #expect(push.all.contains("aws-access-key-id"))
        #expect(push.all.contains("blocked by backstop"))
        #expect(!push.all.contains(key))
        #expect(try remoteHead(repository, remote) == before)
    }

    @Test func blocksASecretUnderAGlobalHooksFolderAndAHooksPathSetJustBefore() throws {
        let (repository, remote, _) = try repositoryWithUnpushedSecret()
        let before = try remoteHead(repository, remote)
        let emptyHooks = repository.base + "/empty-hooks"
        try FileManager.default.createDirectory(atPath: emptyHooks, withIntermediateDirectories: true)
        let global = repository.base + "/global.gitconfig"
        try "[core]\n\thooksPath = \(emptyHooks)\n".write(toFile: global, atomically: true, encoding: .utf8)
        let globalPush = try repository.git(["push", "origin", "main"], environment: ["GIT_CONFIG_GLOBAL": global])
        #expect(globalPush.status != 0)
        #expect(globalPush.all.contains("aws-access-key-id"))
        let raced = try repository.shell("git config core.hooksPath '\(emptyHooks)' && git push origin main")
        #expect(raced.status != 0)
        #expect(raced.all.contains("aws-access-key-id"))
        #expect(try remoteHead(repository, remote) == before)
    }

    @Test func blocksAPushToAURLNobodyApprovedWithTheHooksSkipped() throws {
        let (repository, _, _) = try repositoryWithUnpushedSecret()
        let other = repository.base + "/other.git"
        try repository.git("init", "-q", "--bare", other).expectSuccess()
        try repository.git("reset", "-q", "--hard", "HEAD~1").expectSuccess()
        let push = try repository.git("push", "--no-verify", other, "main")
        #expect(push.status != 0)
        #expect(push.all.contains("push-unapproved-remote"))
        #expect(try repository.git("--git-dir", other, "rev-parse", "--verify", "-q", "main").status != 0)
    }

    @Test func cleanPushesGoThroughAndMoveTheRemoteTrackingRef() throws {
        let (repository, remote, _) = try repositoryWithUnpushedSecret()
        try repository.git("reset", "-q", "--hard", "HEAD~1").expectSuccess()
        try repository.write("notes.txt", "clean\n")
        try repository.commitAll("notes")
        let head = try repository.git("rev-parse", "HEAD").output.trimmingCharacters(in: .whitespacesAndNewlines)
        try repository.git("push", "-q", "--no-verify", "origin", "main", "main:topic").expectSuccess()
        #expect(try remoteHead(repository, remote) == head)
        #expect(try repository.git("rev-parse", "origin/topic").output.hasPrefix(head))
        // Deleting a remote branch is still the check's to judge.
        let deletion = try repository.git("push", "--no-verify", "origin", "--delete", "topic")
        #expect(deletion.status != 0)
        #expect(deletion.all.contains("push-branch-deletion"))
    }

    @Test func thePushHookLeavesARoutedPushToTheHelper() throws {
        let (repository, _, _) = try repositoryWithUnpushedSecret()
        let hook = try repository.backstop("hook", "pre-push", "origin", "backstop::/somewhere.git", input: "")
        #expect(hook.status == 0)
    }
}

/// The watcher's side: the route is a guarded setting, and a push that went around it is found by
/// the remote-tracking ref it moved.
@Suite("push route, watched")
struct WatchedPushRouteTests {
    @Test func aPushAroundEveryCheckIsReportedUntilAPersonSaysTheSecretWasRotated() throws {
        let watched = try WatchedRepository(files: ["README.md": "hello\n"])
        let repository = watched.repository
        let remote = try repository.addBareRemote()
        try repository.backstopAtTerminal("allow-remote", "origin").result.expectSuccess()
        try repository.git("push", "-q", "origin", "main").expectSuccess()
        _ = try watched.sync()
        let key = FakeSecrets.awsAccessKeyID(seed: 32)
        // A commit whose tree carries the key, made without touching the working tree.
        let blob = try repository.git(["hash-object", "-w", "--stdin"], input: Array("export KEY_ID=\(key)\n".utf8)).output.trimmingCharacters(in: .whitespacesAndNewlines)
        try repository.git("update-index", "--add", "--cacheinfo", "100644,\(blob),deploy.sh").expectSuccess()
        try repository.git("commit", "-q", "--no-verify", "-m", "deploy").expectSuccess()
        #expect(try repository.git("push", "-q", "--no-verify", "origin", "main").status != 0)
        let around = try repository.git(["-c", "remote.origin.pushurl=\(remote)", "push", "-q", "--no-verify", "origin", "main"])
        #expect(around.status == 0)
        let entries = try watched.sync()
        let leak = entries.first { $0.event == .leak }
        #expect(leak != nil)
        #expect(leak?.summary.contains("aws-access-key-id") == true)
        #expect(leak?.summary.contains(key) == false)
        #expect(try repository.backstop("status").status == 1)
        let listed = try repository.backstop("leaks")
        #expect(listed.status == 1)
        #expect(listed.output.contains("reached origin"))
        #expect(!listed.all.contains(key))
        // Silencing the alarm is a person's to do.
        #expect(try repository.backstop("leaks", "--rotated").status == 1)
        try repository.backstopAtTerminal("leaks", "--rotated").result.expectSuccess()
        #expect(try repository.backstop("leaks").status == 0)
        #expect(try repository.backstop("status").status == 0)
    }

    @Test func unsettingTheRouteIsGuardTamperAndPutBack() throws {
        let watched = try WatchedRepository(files: ["README.md": "hello\n"])
        let repository = watched.repository
        try repository.git("config", "--local", "--unset-all", "url.backstop::.pushInsteadOf").expectSuccess()
        let entries = try watched.sync()
        #expect(watched.classes(entries).contains("guard-tamper"))
        #expect(try repository.git("config", "--local", "--get", "url.backstop::.pushInsteadOf").status == 0)
    }
}
