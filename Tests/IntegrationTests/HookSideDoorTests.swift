import BackstopTestSupport
import Foundation
import Testing

/// Every way a secret can leave through a commit or a push besides a small file's lines: content
/// of any size, commit messages, file names, values of the ignored `.env`, and what happens around
/// a global hooks folder and history another remote already has. Real git, the built binary, a
/// local bare remote.
@Suite("hooks: no side door")
struct HookSideDoorTests {
    /// A repository with one pushed commit on main, the remote approved by `install`.
    private func pushedRepository(gitignore: String = ".env\nbuild/\n") throws -> TemporaryRepository {
        try TemporaryRepository.pushed(["README.md": "hello\n", ".gitignore": gitignore])
    }

    private func count(_ repository: TemporaryRepository, _ revision: String = "HEAD") throws -> String {
        try repository.git("rev-list", "--count", revision).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A 2 MB JSON fixture with one token deep inside, on line `tokenLine`.
    private func bigFixture(token: String) -> (text: String, tokenLine: Int) {
        var lines = ["["]
        for index in 0..<40_000 {
            lines.append(index == 32_345 ? " {\"id\": \(index), \"token\": \"\(token)\"}," : " {\"id\": \(index), \"note\": \"lorem ipsum dolor sit amet\"},")
        }
        lines.append(" {}\n]")
        return (lines.joined(separator: "\n") + "\n", 32_345 + 2)
    }

    @Test func aTokenInATwoMegabyteFixtureIsBlockedAtCommitAndPushAndFoundByScan() throws {
        let repository = try pushedRepository()
        let token = FakeSecrets.gitHubToken(seed: 31)
        let fixture = bigFixture(token: token)
        #expect(fixture.text.utf8.count > 2_000_000)
        try repository.write("tests/fixture_big.json", fixture.text)

        let scan = try repository.backstop("scan", "tests/fixture_big.json")
        #expect(scan.status == 1)
        #expect(scan.all.contains("tests/fixture_big.json:\(fixture.tokenLine):"))
        #expect(!scan.all.contains("no secrets found"))

        try repository.git("add", "tests/fixture_big.json").expectSuccess()
        let commit = try repository.git("commit", "-m", "fixture")
        #expect(commit.status == 1)
        #expect(commit.all.contains("github-pat"))
        #expect(commit.all.contains("tests/fixture_big.json:\(fixture.tokenLine):"))
        #expect(!commit.all.contains(token))

        try repository.git("commit", "-q", "--no-verify", "-m", "fixture").expectSuccess()
        let push = try repository.git("push", "origin", "main")
        #expect(push.status != 0)
        #expect(push.all.contains("tests/fixture_big.json:\(fixture.tokenLine):"))
        #expect(try count(repository, "origin/main") == "1")
    }

    @Test func aScanNamesWhatItSkippedInsteadOfSayingClean() throws {
        let repository = try pushedRepository()
        var random = SampleRandom(seed: 3)
        try Data([0] + random.bytes(4096)).write(to: URL(fileURLWithPath: repository.root + "/blob.bin"))
        try repository.write("plain.txt", "nothing here\n")
        let scan = try repository.backstop("scan", "blob.bin", "plain.txt")
        #expect(scan.status == 0)
        #expect(scan.all.contains("1 file not scanned: blob.bin (binary)"))
        #expect(!scan.all.contains("no secrets found"))
    }

    @Test func aTokenInACommitMessageIsBlockedByCommitMsgAndByPrePush() throws {
        let repository = try pushedRepository()
        let token = FakeSecrets.gitHubToken(seed: 32)
        try repository.write("README.md", "hello\nmore\n")
        try repository.git("add", "README.md").expectSuccess()
        let commit = try repository.git("commit", "-m", "notes, token \(token)")
        #expect(commit.status == 1)
        #expect(commit.all.contains("the message of the commit being made, line 1"))
        #expect(commit.all.contains("git commit` again with another message"))
        #expect(!commit.all.contains(token))
        #expect(try count(repository) == "1")
        #expect(try repository.git("diff", "--cached", "--name-only", "HEAD").output.contains("README.md"), "the staged change is kept")

        try repository.git("commit", "-q", "-a", "--no-verify", "-m", "notes, token \(token)").expectSuccess()
        let head = try repository.git("rev-parse", "HEAD").output.prefix(12)
        let push = try repository.git("push", "origin", "main")
        #expect(push.status != 0)
        #expect(push.all.contains("the message of commit \(head)"))
        #expect(!push.all.contains(token))
        #expect(try count(repository, "origin/main") == "1")
    }

    @Test func aTokenAsAFileNameIsBlockedAtCommitAndPush() throws {
        let repository = try pushedRepository()
        let token = FakeSecrets.gitHubToken(seed: 33)
        try repository.write("docs/\(token).txt", "")
        try repository.git("add", "docs").expectSuccess()
        let commit = try repository.git("commit", "-m", "f")
        #expect(commit.status == 1)
        #expect(commit.all.contains("the file name docs/ghp_****"))
        #expect(!commit.all.contains(token))

        try repository.git("commit", "-q", "--no-verify", "-m", "f").expectSuccess()
        let push = try repository.git("push", "origin", "main")
        #expect(push.status != 0)
        #expect(push.all.contains("the file name docs/ghp_****"))
        #expect(!push.all.contains(token))
    }

    @Test func aValueOfDotEnvForceAddedFromAnIgnoredFolderIsBlockedAtCommitAndPush() throws {
        let repository = try pushedRepository()
        var random = SampleRandom(seed: 9)
        let password = "Qz7#" + random.string(14, .base62)
        try repository.write(".env", "DB_PASSWORD=\(password)\nNODE_ENV=development\n")
        try repository.write("build/db.txt", "db_hint = \"\(password)\"\n")
        try repository.git("add", "-f", "build/db.txt").expectSuccess()
        let commit = try repository.git("commit", "-m", "db")
        #expect(commit.status == 1)
        #expect(commit.all.contains("[credential-copy]"))
        #expect(commit.all.contains("build/db.txt:1:12"))
        #expect(!commit.all.contains(password))

        try repository.git("commit", "-q", "--no-verify", "-m", "db").expectSuccess()
        let push = try repository.git("push", "origin", "main")
        #expect(push.status != 0)
        #expect(push.all.contains("[credential-copy]"))
        #expect(!push.all.contains(password))
        #expect(try count(repository, "origin/main") == "1")
    }

    @Test func installUnderAGlobalHooksFolderLeavesItAndOtherRepositoriesAlone() throws {
        let repository = try TemporaryRepository()
        _ = try repository.addBareRemote()
        let shared = repository.base + "/global-hooks"
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: true)
        // The shared folder's own hook: it must still run for this repository, and stay as it is.
        let marker = repository.base + "/shared-hook-ran"
        let sharedHook = "#!/bin/sh\necho ran >> '\(marker)'\n"
        try sharedHook.write(toFile: shared + "/pre-commit", atomically: true, encoding: .utf8)
        chmod(shared + "/pre-commit", 0o755)
        let globalConfig = repository.base + "/global.gitconfig"
        try "[core]\n\thooksPath = \(shared)\n".write(toFile: globalConfig, atomically: true, encoding: .utf8)
        let global = ["GIT_CONFIG_GLOBAL": globalConfig]
        func backstop(_ arguments: String...) throws -> ProcessResult {
            try TestProcess.run(BuiltBinary.path, ["-C", repository.root] + arguments, environment: repository.environment.merging(global) { $1 })
        }

        try repository.write("README.md", "hello\n")
        try repository.commitAll("first")
        let install = try backstop("install")
        try install.expectSuccess()
        #expect(install.all.contains("left untouched"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: shared) == ["pre-commit"])
        #expect(try String(contentsOfFile: shared + "/pre-commit", encoding: .utf8) == sharedHook)
        #expect(FileManager.default.fileExists(atPath: repository.root + "/.git/hooks/pre-push"))

        // This repository is guarded, and the shared folder's hook still runs for it first.
        try repository.write("app.py", "TOKEN = \"\(FakeSecrets.gitHubToken(seed: 34))\"\n")
        try repository.git(["add", "app.py"], environment: global).expectSuccess()
        let blocked = try repository.git(["commit", "-m", "token"], environment: global)
        #expect(blocked.status == 1)
        #expect(blocked.all.contains("github-pat"))
        #expect(FileManager.default.fileExists(atPath: marker))

        // Another repository that uses the shared folder pushes where it likes, unjudged by this one's allow list.
        let other = try TemporaryRepository()
        _ = try other.addBareRemote()
        try other.write("a.txt", "a\n")
        try other.commitAll("a")
        try other.git(["push", "-q", "origin", "main"], environment: global).expectSuccess()

        let uninstall = try PersonAtTerminal.run(["-C", repository.root, "uninstall"], environment: repository.environment.merging(global) { $1 })
        try uninstall.result.expectSuccess()
        #expect(try repository.git("config", "--local", "--get", "core.hooksPath").status == 1)
        #expect(!FileManager.default.fileExists(atPath: repository.root + "/.git/hooks/pre-commit"))
        #expect(!FileManager.default.fileExists(atPath: repository.root + "/.git/hooks/pre-commit.backstop-previous"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: shared) == ["pre-commit"])
    }

    @Test func pushingAForksExistingHistoryToANewApprovedRemoteWarnsAndPasses() throws {
        let repository = try pushedRepository()
        // Upstream history with a key in it, already on origin (pushed past the hook, as history is).
        try repository.write("docs/example.sh", "export KEY_ID=\(FakeSecrets.awsAccessKeyID(seed: 35))\n")
        try repository.commitAll("old docs")
        // Past every check: the push helper too, with a push URL given for this one command.
        try repository.git("-c", "remote.origin.pushurl=\(repository.bareRemote())", "push", "-q", "--no-verify", "origin", "main").expectSuccess()

        _ = try repository.addBareRemote("fork")
        try repository.backstopAtTerminal("allow-remote", "fork").result.expectSuccess()
        let push = try repository.git("push", "fork", "main")
        try push.expectSuccess()
        #expect(push.all.contains("backstop: warning: [secret]"))
        #expect(push.all.contains("already on origin/main"))

        // A tracking ref made up for a remote nobody approved does not make a new secret old.
        try repository.write("deploy.sh", "export KEY_ID=\(FakeSecrets.awsAccessKeyID(seed: 36))\n")
        try repository.commitAll("new key")
        try repository.git("update-ref", "refs/remotes/made-up/main", "HEAD").expectSuccess()
        let leak = try repository.git("push", "fork", "main")
        #expect(leak.status != 0)
        #expect(leak.all.contains("push to fork blocked"))
    }

    @Test func aHookBlockIsInTheLogAndStatus() throws {
        let repository = try pushedRepository()
        let token = FakeSecrets.gitHubToken(seed: 37)
        try repository.write("app.py", "TOKEN = \"\(token)\"\n")
        try repository.git("add", "app.py").expectSuccess()
        #expect(try repository.git("commit", "-m", "token").status == 1)
        try repository.git("commit", "-q", "--no-verify", "-m", "token").expectSuccess()
        #expect(try repository.git("push", "origin", "main").status != 0)

        let log = try repository.backstop("log", "--blocked")
        try log.expectSuccess()
        #expect(log.output.contains("block: commit (pre-commit)"))
        // The push went through the push helper, which checks it in place of the pre-push hook.
        #expect(log.output.contains("block: push to origin (push helper)"))
        #expect(log.output.contains("github-pat app.py:1:10"))
        #expect(!log.all.contains(token))
        let stored = try String(contentsOfFile: repository.root + "/.git/backstop/log.jsonl", encoding: .utf8)
        #expect(!stored.contains(token))

        let status = try repository.backstop("status")
        #expect(status.output.contains("last blocked action: "))
        #expect(status.output.contains("push to origin (push helper)"))
        #expect(!status.all.contains(token))
    }
}
