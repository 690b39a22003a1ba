import BackstopTestSupport
import Foundation
import Testing

@Suite("pre-push hook, driven by real git push to a local bare remote")
struct PrePushHookTests {
    /// A repository with one pushed commit on main, the remote approved by `install`.
    private func pushedRepository() throws -> TemporaryRepository {
        try TemporaryRepository.pushed()
    }

    @Test func pushesCleanCommits() throws {
        let repository = try pushedRepository()
        try repository.write("a.txt", "more\n")
        try repository.commitAll("second")
        try repository.git("push", "-q", "origin", "main").expectSuccess()
    }

    @Test func blocksASecretInACommitTheRemoteDoesNotHave() throws {
        let repository = try pushedRepository()
        let key = FakeSecrets.awsAccessKeyID(seed: 5)
        try repository.write("deploy/env.sh", "export KEY_ID=\(key)\n")
        try repository.commitAll("add deploy")
        let head = try repository.git("rev-parse", "HEAD").output.trimmingCharacters(in: .whitespacesAndNewlines)
        let push = try repository.git("push", "origin", "main")
        #expect(push.status != 0)
        #expect(push.all.contains("aws-access-key-id"))
        #expect(push.all.contains("deploy/env.sh:1"))
        #expect(push.all.contains(String(head.prefix(12))))
        #expect(!push.all.contains(key))
    }

    @Test func blocksAForcePush() throws {
        let repository = try pushedRepository()
        try repository.write("a.txt", "one\n")
        try repository.commitAll("second")
        try repository.git("push", "-q", "origin", "main").expectSuccess()
        try repository.git("reset", "-q", "--hard", "HEAD~1").expectSuccess()
        try repository.write("b.txt", "other\n")
        try repository.commitAll("diverged")
        let push = try repository.git("push", "--force", "origin", "main")
        #expect(push.status != 0)
        #expect(push.all.contains("push-force"))
    }

    @Test func blocksDeletingARemoteBranch() throws {
        let repository = try pushedRepository()
        try repository.git("push", "-q", "origin", "main:topic").expectSuccess()
        let push = try repository.git("push", "origin", "--delete", "topic")
        #expect(push.status != 0)
        #expect(push.all.contains("push-branch-deletion"))
    }

    @Test func neverPushesBackstopRefs() throws {
        let repository = try pushedRepository()
        try repository.git("update-ref", "refs/backstop/snapshots", "HEAD").expectSuccess()
        let push = try repository.git("push", "origin", "refs/backstop/snapshots:refs/backstop/snapshots")
        #expect(push.status != 0)
        #expect(push.all.contains("push-private-ref"))
    }

    @Test func blocksAnUnapprovedRemoteUntilAllowed() throws {
        let repository = try pushedRepository()
        let other = try repository.addBareRemote("elsewhere")
        let push = try repository.git("push", "elsewhere", "main")
        #expect(push.status != 0)
        #expect(push.all.contains("push-unapproved-remote"))
        #expect(push.all.contains(other))
        #expect(push.all.contains("backstop allow-remote elsewhere"))
        #expect(push.all.contains("a person at a terminal"))
        try repository.backstopAtTerminal("allow-remote", "elsewhere").result.expectSuccess()
        try repository.git("push", "-q", "elsewhere", "main").expectSuccess()
    }
}
