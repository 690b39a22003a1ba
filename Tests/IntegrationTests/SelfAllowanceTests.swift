import BackstopCore
import BackstopTestSupport
import Foundation
import Testing

/// An allowance the agent writes for itself does not count: an inline marker that arrives with its
/// secret, a `.backstopignore` line `backstop allow` did not write, a configuration file no person
/// accepted.
@Suite("allowances written by the agent")
struct SelfAllowanceTests {
    @Test func anInlineMarkerWrittenWithItsSecretExcusesNothingInTheHooks() throws {
        let repository = try TemporaryRepository.pushed()
        let key = FakeSecrets.awsAccessKeyID(seed: 41)
        try repository.write("inline.py", "KEY = \"\(key)\"  # backstop:allow\n")
        try repository.git("add", "inline.py").expectSuccess()
        let commit = try repository.git("commit", "-q", "-m", "inline")
        #expect(commit.status != 0)
        #expect(commit.all.contains("aws-access-key-id"))
        try repository.git("commit", "-q", "--no-verify", "-m", "inline").expectSuccess()
        let push = try repository.git("push", "origin", "main")
        #expect(push.status != 0)
        #expect(push.all.contains("aws-access-key-id"))
        // `scan` still honours a marker: it reads what a person committed long ago too.
        #expect(try repository.backstop("scan", "inline.py").status == 0)
    }

    @Test func aFingerprintAppendedByHandExcusesNothingUntilAPersonAllowsIt() throws {
        let repository = try TemporaryRepository.pushed()
        let key = FakeSecrets.awsAccessKeyID(seed: 42)
        try repository.write("fp.py", "T2 = \"\(key)\"\n")
        try repository.git("add", "fp.py").expectSuccess()
        let blocked = try repository.git("commit", "-q", "-m", "fp")
        #expect(blocked.status != 0)
        let fingerprint = try #require(blocked.all.split(whereSeparator: \.isWhitespace).first { $0.hasPrefix("aws-access-key-id:") }
            .map { String($0.prefix { $0 != "`" }) })
        try repository.write(".backstopignore", fingerprint + "\n")
        try repository.git("add", ".backstopignore").expectSuccess()
        #expect(try repository.git("commit", "-q", "-m", "fp").status != 0)
        try repository.backstopAtTerminal("allow", fingerprint, "-m", "test fixture").result.expectSuccess()
        try repository.git("add", ".backstopignore").expectSuccess()
        try repository.git("commit", "-q", "-m", "fp").expectSuccess()
    }

    @Test func aUserFileNoPersonAcceptedLoosensNothing() throws {
        let repository = try TemporaryRepository.pushed()
        let user = repository.home + "/.config/backstop/config.json"
        try FileManager.default.createDirectory(atPath: (user as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try #"{"policy":{"secret":"allow","mass-deletion":"allow"}}"#.write(toFile: user, atomically: true, encoding: .utf8)
        let key = FakeSecrets.awsAccessKeyID(seed: 43)
        try repository.write("deploy.sh", "export KEY_ID=\(key)\n")
        try repository.git("add", "deploy.sh").expectSuccess()
        let commit = try repository.git("commit", "-q", "-m", "deploy")
        #expect(commit.status != 0)
        #expect(commit.all.contains("no person accepted this file"))
        #expect(try repository.backstop("config", "--accept").status == 1)
        try repository.backstopAtTerminal("config", "--accept").result.expectSuccess()
        try repository.git("commit", "-q", "-m", "deploy").expectSuccess()
    }
}

extension SelfAllowanceTests {
    @Test func aRelaxationOfThePersonGateNoPersonAcceptedRelaxesNothing() throws {
        let repository = try TemporaryRepository.pushed()
        try repository.writeUserConfiguration(#"{"personOnly": {"allow": false}}"#, accepted: false)
        let refused = try repository.backstop("allow", "aws-access-key-id:0123456789abcdef0123")
        #expect(refused.status == 1)
        #expect(repository.read(".backstopignore") == nil)
    }
}

@Suite("allowances written by the agent, watched")
struct WatchedSelfAllowanceTests {
    @Test func aMarkerWrittenWithItsSecretIsGuardTamperAndRolledBack() throws {
        let watched = try WatchedRepository(files: ["README.md": "hello\n"])
        let key = FakeSecrets.awsAccessKeyID(seed: 44)
        try watched.repository.write("inline.py", "KEY = \"\(key)\"  # backstop:allow\n")
        let entries = try watched.sync()
        #expect(watched.classes(entries).contains("guard-tamper"))
        #expect(!FileManager.default.fileExists(atPath: watched.root + "/inline.py"))
    }

    @Test func aHandWrittenBackstopignoreLineIsGuardTamperButBackstopAllowIsNot() throws {
        let watched = try WatchedRepository(files: ["README.md": "hello\n"])
        try watched.repository.write(".backstopignore", "aws-access-key-id:0123456789abcdef0123\n")
        #expect(watched.classes(try watched.sync()).contains("guard-tamper"))
        #expect(!FileManager.default.fileExists(atPath: watched.root + "/.backstopignore"))
        try watched.repository.backstopAtTerminal("allow", "aws-access-key-id:0123456789abcdef0123", "-m", "fixture").result.expectSuccess()
        #expect(!watched.classes(try watched.sync()).contains("guard-tamper"))
        #expect(FileManager.default.fileExists(atPath: watched.root + "/.backstopignore"))
    }

    @Test func aUserFileThatLoosensIsGuardTamperAndPutBack() throws {
        let watched = try WatchedRepository(files: ["README.md": "hello\n"])
        let user = watched.repository.home + "/.config/backstop/config.json"
        let before = try? String(contentsOfFile: user, encoding: .utf8)
        try #"{"policy":{"secret":"allow"}}"#.write(toFile: user, atomically: true, encoding: .utf8)
        #expect(watched.classes(try watched.sync()).contains("guard-tamper"))
        #expect((try? String(contentsOfFile: user, encoding: .utf8)) == before)
        // Tightening is no tamper, and no person needs to accept it.
        try #"{"commit":{"massDeletionFiles":10}}"#.write(toFile: user, atomically: true, encoding: .utf8)
        #expect(!watched.classes(try watched.sync()).contains("guard-tamper"))
        #expect(FileManager.default.fileExists(atPath: user))
    }

    @Test func aRestoreOfABlockedStateIsJudgedAgainButAPersonsUndoStands() throws {
        let watched = try WatchedRepository(files: ["README.md": "hello\n"])
        let key = FakeSecrets.awsAccessKeyID(seed: 45)
        try watched.repository.write("keys.py", "KEY = \"\(key)\"\n")
        let blocked = try watched.sync().first { $0.verdict == .block }
        let snapshot = try #require(blocked?.snapshot)
        #expect(!FileManager.default.fileExists(atPath: watched.root + "/keys.py"))
        // `restore` needs no person, so it unlocks nothing: what it brings back is judged.
        try watched.repository.backstop("restore", snapshot, "--", "keys.py").expectSuccess()
        #expect(watched.classes(try watched.sync()).contains("secret"))
        #expect(!FileManager.default.fileExists(atPath: watched.root + "/keys.py"))
        // A person's undo at a terminal keeps it.
        try watched.repository.backstopAtTerminal("undo").result.expectSuccess()
        #expect(!watched.classes(try watched.sync()).contains("secret"))
        #expect(FileManager.default.fileExists(atPath: watched.root + "/keys.py"))
    }
}
