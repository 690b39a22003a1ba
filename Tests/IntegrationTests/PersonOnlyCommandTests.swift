import BackstopCore
import BackstopTestSupport
import Foundation
import Testing

/// The commands that loosen or remove the guard run for a person at a terminal alone: without a
/// controlling terminal (an agent's tool shell) they are refused, exit 1 and change nothing; at a
/// pseudo-terminal, with the code shown there typed back, they run; a wrong code is refused.
@Suite struct PersonOnlyCommandTests {
    /// A repository with hooks and one finding blocked at commit; its fingerprint.
    private func blockedFinding() throws -> (TemporaryRepository, String) {
        let repository = try TemporaryRepository()
        try repository.write("README.md", "hello\n")
        try repository.commitAll("first")
        try repository.backstop("install").expectSuccess()
        try repository.write("config.txt", "id = \(FakeSecrets.awsAccessKeyID(seed: 5))\n")
        try repository.git("add", "-A").expectSuccess()
        let blocked = try repository.git("commit", "-m", "try")
        #expect(blocked.status != 0)
        #expect(blocked.all.contains("a person at a terminal can accept it"), "\(blocked.all)")
        let fingerprint = try #require(blocked.all.split(separator: " ").first { $0.hasPrefix("aws-access-key-id:") }
            .map { String($0.prefix { !$0.isWhitespace && $0 != "`" }) })
        return (repository, fingerprint)
    }

    private func expectRefusedWithoutTerminal(_ result: ProcessResult, commandLine: String) {
        #expect(result.status == 1, "\(result.all)")
        #expect(result.errorText.contains("only a person runs it, at a terminal"), "\(result.errorText)")
        #expect(result.errorText.contains("can run `\(commandLine)`"), "\(result.errorText)")
        #expect(result.output.isEmpty)
    }

    @Test func allowIsRefusedWithoutATerminalAndOnAWrongCodeAndRunsForAPerson() throws {
        let (repository, fingerprint) = try blockedFinding()
        expectRefusedWithoutTerminal(try repository.backstop("allow", fingerprint), commandLine: "backstop allow \(fingerprint)")
        #expect(repository.read(".backstopignore") == nil)

        let wrong = try repository.backstopAtTerminal("allow", fingerprint) { _ in "AAAAA" }
        #expect(wrong.result.status == 1)
        #expect(wrong.result.errorText.contains("the code typed at the terminal did not match"))
        #expect(repository.read(".backstopignore") == nil)

        let run = try repository.backstopAtTerminal("allow", fingerprint)
        #expect(run.result.status == 0, "\(run.result.all)\n\(run.terminal)")
        let code = try #require(PersonAtTerminal.code(in: run.terminal), "\(run.terminal)")
        #expect(!run.result.all.contains(code), "the code goes to the terminal alone")
        #expect(run.terminal.contains("`backstop allow \(fingerprint)` accepts a finding"))
        #expect(repository.read(".backstopignore")?.contains(fingerprint) == true)
        try repository.git("commit", "-q", "-m", "allowed").expectSuccess()
    }

    @Test func theUserFileRelaxesItAndNoOtherFileMay() throws {
        let (repository, fingerprint) = try blockedFinding()
        try repository.relaxPersonOnly(["allow"])
        try repository.backstop("allow", fingerprint).expectSuccess()
        #expect(repository.read(".backstopignore")?.contains(fingerprint) == true)

        try repository.writeUserConfiguration("{}")
        try repository.write(".backstop.json", #"{"personOnly": {"allow": false}}"#)
        let team = try repository.backstop("allow", fingerprint)
        #expect(team.status == 2)
        #expect(team.errorText.contains(".backstop.json: key 'personOnly'"), "\(team.errorText)")
        try FileManager.default.removeItem(atPath: repository.root + "/.backstop.json")
        let given = repository.base + "/given.json"
        try #"{"personOnly": {"allow": false}}"#.write(toFile: given, atomically: true, encoding: .utf8)
        let override = try repository.backstop("--config", given, "allow", fingerprint)
        #expect(override.status == 2)
        #expect(override.errorText.contains("key 'personOnly'"), "\(override.errorText)")
    }

    @Test func allowRemoteAndUninstallAreRefusedWithoutATerminal() throws {
        let repository = try TemporaryRepository()
        _ = try repository.addBareRemote()
        try repository.write("README.md", "hello\n")
        try repository.commitAll("first")
        try repository.backstop("install").expectSuccess()
        let other = try repository.addBareRemote("elsewhere")

        expectRefusedWithoutTerminal(try repository.backstop("allow-remote", "elsewhere"), commandLine: "backstop allow-remote elsewhere")
        let allowList = (try? String(contentsOfFile: repository.root + "/.git/backstop/remotes.json", encoding: .utf8)) ?? ""
        #expect(!allowList.contains(other))
        #expect(try repository.git("push", "elsewhere", "main").status != 0, "the remote is still not allowed")

        let hook = repository.root + "/.git/hooks/pre-commit"
        expectRefusedWithoutTerminal(try repository.backstop("uninstall"), commandLine: "backstop uninstall")
        #expect(try String(contentsOfFile: hook, encoding: .utf8).contains("backstop-shim"), "the hooks are still installed")

        let wrong = try repository.backstopAtTerminal("uninstall") { _ in "" }
        #expect(wrong.result.status == 1)
        #expect(try String(contentsOfFile: hook, encoding: .utf8).contains("backstop-shim"))
    }

    @Test func watchStopIsRefusedWithoutATerminalAndRunsForAPerson() throws {
        let watched = try WatchedRepository(files: WatchedRepository.sourceFiles(8))
        let repository = watched.repository
        try repository.writeUserConfiguration("{}")
        defer { try? repository.relaxPersonOnly(["watch --stop"]) }
        expectRefusedWithoutTerminal(try repository.backstop("watch", "--stop"), commandLine: "backstop watch --stop")
        #expect(try repository.backstop("status").output.contains("watcher: running"), "the watcher still runs")
        try watched.shell("rm -rf src").expectSuccess()
        #expect(try watched.sync().map(\.verdict) == [.block], "and still guards")

        let run = try repository.backstopAtTerminal("watch", "--stop")
        #expect(run.result.status == 0, "\(run.result.all)\n\(run.terminal)")
        #expect(run.result.errorText.contains("stopped the watcher"))
        #expect(try repository.backstop("status").output.contains("watcher: not running"))
    }

    /// B4.12: an undo that would put back what a rollback kept out for a secret is a person's; the
    /// undo of a mass deletion's rollback puts back nothing that leaks, and stays free.
    @Test func undoOfASecretsRollbackNeedsAPersonAndOfAMassDeletionDoesNot() throws {
        let watched = try WatchedRepository(files: WatchedRepository.sourceFiles(40))
        let repository = watched.repository
        let token = FakeSecrets.gitHubToken(seed: 12)
        try repository.write("app/config.py", "TOKEN = '\(token)'\n")
        let blocked = try watched.sync()
        #expect(watched.classes(blocked) == ["secret"])
        #expect(blocked.first?.summary.contains("a person at a terminal who means it can run `backstop undo`") == true, "\(blocked.map(\.summary))")
        expectRefusedWithoutTerminal(try repository.backstop("undo"), commandLine: "backstop undo")
        #expect(repository.read("app/config.py") == nil, "nothing put back")

        let run = try repository.backstopAtTerminal("undo")
        #expect(run.result.status == 0, "\(run.result.all)\n\(run.terminal)")
        #expect(run.terminal.contains("(secret)"), "\(run.terminal)")
        #expect(repository.read("app/config.py")?.contains(token) == true)
        #expect(try watched.sync().allSatisfy { $0.verdict == .allow })
        try FileManager.default.removeItem(atPath: repository.root + "/app/config.py")
        _ = try watched.sync()

        try watched.shell("rm -rf src").expectSuccess()
        #expect(watched.classes(try watched.sync()) == ["mass-deletion"])
        #expect(FileManager.default.fileExists(atPath: repository.root + "/src/m0/f0.txt"))
        try repository.backstop("undo").expectSuccess()
        #expect(!FileManager.default.fileExists(atPath: repository.root + "/src"))
    }

    /// A8: a deliberate large deletion. The hint names both thresholds and the person's way; the
    /// allowance lets the one commit through, and ends with it.
    @Test func aPersonAllowsADeliberateLargeDeletionForOneCommit() throws {
        let repository = try TemporaryRepository()
        for index in 0..<60 { try repository.write("generated/file\(index).txt", "generated \(index)\n") }
        for index in 0..<10 { try repository.write("src/file\(index).txt", "source \(index)\n") }
        for index in 0..<30 { try repository.write("docs/page\(index).md", "page \(index)\n") }
        try repository.commitAll("generated files")
        try repository.backstop("install").expectSuccess()

        try repository.git("rm", "-q", "-r", "generated").expectSuccess()
        let blocked = try repository.git("commit", "-m", "drop generated")
        #expect(blocked.status != 0)
        for hint in ["commit.massDeletionFiles", "commit.massDeletionFraction", "`backstop allow --deletion` at a terminal"] {
            #expect(blocked.all.contains(hint), "\(hint): \(blocked.all)")
        }
        #expect(!blocked.all.contains("--no-verify") && !blocked.all.contains("smaller parts"))

        let allowance = repository.root + "/.git/backstop/deletion-allowance"
        expectRefusedWithoutTerminal(try repository.backstop("allow", "--deletion"), commandLine: "backstop allow --deletion")
        #expect(!FileManager.default.fileExists(atPath: allowance))
        let run = try repository.backstopAtTerminal("allow", "--deletion")
        #expect(run.result.status == 0, "\(run.result.all)\n\(run.terminal)")
        #expect(run.terminal.contains("delete the 60 tracked files deleted now"), "\(run.terminal)")
        #expect(FileManager.default.fileExists(atPath: allowance))

        // Deletions beyond what was allowed are still judged on their own.
        try repository.git("rm", "-q", "-r", "docs").expectSuccess()
        #expect(try repository.git("commit", "-m", "drop more").status != 0)
        try repository.git("checkout", "-q", "HEAD", "--", "docs").expectSuccess()
        try repository.git("commit", "-q", "-m", "drop generated").expectSuccess()
        #expect(try repository.git("ls-files", "generated").output.isEmpty)

        // HEAD moved: the allowance is spent, and the next deletion is blocked again.
        try repository.git("rm", "-q", "-r", "docs").expectSuccess()
        #expect(try repository.git("commit", "-m", "drop docs").status != 0)
        #expect(!FileManager.default.fileExists(atPath: allowance))
        #expect(try repository.backstop("allow", "--deletion", "extra").status == 2)
    }
}
