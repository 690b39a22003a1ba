import BackstopTestSupport
import Foundation
import Testing

@Suite("install and uninstall of the hook shims")
struct InstallTests {
    @Test func chainsAnExistingHookAndRunsItFirst() throws {
        let repository = try TemporaryRepository()
        try repository.write("README.md", "hello\n")
        try repository.commitAll("first")
        let hook = repository.root + "/.git/hooks/pre-commit"
        let original = "#!/bin/sh\necho ran >> \"$(git rev-parse --git-dir)/earlier-hook-ran\"\n"
        try original.write(toFile: hook, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook)

        try repository.backstop("install").expectSuccess()
        let once = try String(contentsOfFile: hook, encoding: .utf8)
        try repository.backstop("install").expectSuccess()
        #expect(try String(contentsOfFile: hook, encoding: .utf8) == once)
        #expect(try String(contentsOfFile: hook + ".backstop-previous", encoding: .utf8) == original)

        try repository.write("a.txt", "a\n")
        try repository.git("add", "a.txt").expectSuccess()
        try repository.git("commit", "-m", "second").expectSuccess()
        #expect(FileManager.default.fileExists(atPath: repository.root + "/.git/earlier-hook-ran"))

        // A person at a terminal, typing the code back: `uninstall` is person-only.
        try repository.backstopAtTerminal("uninstall").result.expectSuccess()
        #expect(try String(contentsOfFile: hook, encoding: .utf8) == original)
        #expect(!FileManager.default.fileExists(atPath: hook + ".backstop-previous"))
        #expect(!FileManager.default.fileExists(atPath: repository.root + "/.git/hooks/pre-push"))
    }

    @Test func anEarlierHookThatFailsStopsTheCommit() throws {
        let repository = try TemporaryRepository()
        let hook = repository.root + "/.git/hooks/pre-commit"
        try "#!/bin/sh\necho earlier says no >&2\nexit 7\n".write(toFile: hook, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook)
        try repository.backstop("install").expectSuccess()
        try repository.write("a.txt", "a\n")
        try repository.git("add", "a.txt").expectSuccess()
        let commit = try repository.git("commit", "-m", "x")
        #expect(commit.status != 0)
        #expect(commit.all.contains("earlier says no"))
    }

    @Test func honoursCoreHooksPath() throws {
        let repository = try TemporaryRepository()
        try repository.git("config", "core.hooksPath", "githooks").expectSuccess()
        try repository.backstop("install").expectSuccess()
        #expect(FileManager.default.fileExists(atPath: repository.root + "/githooks/pre-commit"))
        #expect(!FileManager.default.fileExists(atPath: repository.root + "/.git/hooks/pre-commit"))
        let status = try repository.backstop("status")
        #expect(status.output.contains("hooks: installed"))
    }

    @Test func recordsTheRemotesThatExistAtInstall() throws {
        let repository = try TemporaryRepository()
        let path = try repository.addBareRemote()
        try repository.backstop("install").expectSuccess()
        let recorded = try String(contentsOfFile: repository.root + "/.git/backstop/remotes.json", encoding: .utf8)
        #expect(recorded.contains(path))
        let attributes = try FileManager.default.attributesOfItem(atPath: repository.root + "/.git/backstop/remotes.json")
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    /// `status` names each remote once, with the URL a push goes to now; an approval of a URL the
    /// remote no longer has is counted, not listed as a remote.
    @Test func statusShowsRemotesByNameNotEveryURLEverApproved() throws {
        let repository = try TemporaryRepository()
        let old = try repository.addBareRemote()
        try repository.backstop("install").expectSuccess()
        #expect(try repository.backstop("status").output.contains("remotes: origin -> \(old) (approved)\n"))

        let new = repository.base + "/moved.git"
        try repository.git("remote", "set-url", "origin", new).expectSuccess()
        let moved = try repository.backstop("status").output
        #expect(moved.contains("remotes: origin -> \(new) (NOT approved: `backstop allow-remote origin` approves it), "
            + "and 1 approved URL that no remote has now\n"), "\(moved)")
        #expect(!moved.contains(old))

        try repository.backstopAtTerminal("allow-remote", "origin").result.expectSuccess()
        let approved = try repository.backstop("status").output
        #expect(approved.contains("remotes: origin -> \(new) (approved), and 1 approved URL that no remote has now\n"), "\(approved)")
        #expect(approved.components(separatedBy: "origin").count == 2, "origin is named once: \(approved)")
    }
}
