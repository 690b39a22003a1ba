import BackstopCore
import BackstopGuard
import BackstopTestSupport
import Foundation
import Testing

/// How the watcher judges, for real: gutting is deleting, a blocked campaign stays blocked, a
/// rollback undoes the harm and nothing else, committed keys brought back are not new, and a
/// rollback says what stays staged.
@Suite struct WatchJudgingTests {
    /// Files large enough to gut: 300 bytes each.
    static func largeFiles(_ count: Int) -> [String: String] {
        Dictionary(uniqueKeysWithValues: (0..<count).map { index in
            ("src/m\(index % 4)/f\(index).py", (0..<10).map { "line \($0) of module \(index): some code here\n" }.joined())
        })
    }

    @Test func stubOverwritesAreDeletionsAndAFormatterIsNot() throws {
        let files = Self.largeFiles(40)
        let watched = try WatchedRepository(files: files)
        // A formatter: every file rewritten at about its size.
        try watched.shell("for f in src/m*/f*.py; do tr 'a-z' 'A-Z' < $f > $f.tmp && mv $f.tmp $f; done").expectSuccess()
        let formatted = try watched.sync().filter { $0.event == .action }
        #expect(formatted.allSatisfy { $0.verdict == .allow }, "\(formatted.map(\.summary))")
        // Thirty files replaced by a stub.
        try watched.shell("for i in $(seq 0 29); do echo '# rest of file unchanged' > src/m$((i % 4))/f$i.py; done").expectSuccess()
        let gutted = try watched.sync()
        #expect(gutted.contains { $0.verdict == .block } && watched.classes(gutted).contains("mass-deletion"), "\(gutted.map(\.summary))")
        #expect(watched.repository.read("src/m1/f1.py") == files["src/m1/f1.py"]?.uppercased())
    }

    @Test func aSlowCampaignContinuedAfterItsBlockLosesNothing() throws {
        let files = WatchedRepository.sourceFiles(100)
        let watched = try WatchedRepository(files: files)
        try watched.shell("for i in $(seq 0 19); do rm src/m$((i % 4))/f$i.txt; done").expectSuccess()
        #expect(try watched.sync().contains { $0.verdict == .block })
        for index in 20..<40 {
            try watched.shell("rm src/m\(index % 4)/f\(index).txt").expectSuccess()
            let judged = try watched.sync().filter { $0.event == .action }
            #expect(judged.map(\.verdict) == [.block], "file \(index): \(judged.map(\.summary))")
        }
        for (path, text) in files { #expect(watched.repository.read(path) == text, "\(path)") }
    }

    @Test func aSecretBlockUndoesTheSecretAndKeepsTheRestOfTheBurst() throws {
        let files = WatchedRepository.sourceFiles(40)
        let watched = try WatchedRepository(files: files)
        let token = FakeSecrets.gitHubToken()
        // One burst: a twelve-file refactor, a new test file, and a config file carrying a token.
        try watched.shell("for i in $(seq 0 11); do echo refactored >> src/m$((i % 4))/f$i.txt; done; mkdir -p tests && echo 'def test(): pass' > tests/test_new.py; "
            + "echo 'TOKEN = \"\(token)\"' > src/settings.py").expectSuccess()
        let judged = try watched.sync()
        #expect(judged.contains { $0.verdict == .block } && watched.classes(judged).contains("secret"), "\(judged.map(\.summary))")
        #expect(!FileManager.default.fileExists(atPath: watched.root + "/src/settings.py"))
        #expect(watched.repository.read("tests/test_new.py") == "def test(): pass\n")
        #expect(watched.repository.read("src/m1/f1.txt") == "content of file 1\nrefactored\n")
        // The blocked state is kept whole: a person's undo puts the secret file back.
        try watched.repository.backstopAtTerminal("undo").result.expectSuccess()
        #expect(watched.repository.read("src/settings.py")?.contains(token) == true)
    }

    @Test func committedKeysBroughtBackByACheckoutAreNotNew() throws {
        let watched = try WatchedRepository(files: WatchedRepository.sourceFiles(12))
        let repository = watched.repository
        try repository.write("tests/certs/test_key.py", "KEY = \"\(FakeSecrets.gitHubToken(seed: 21))\"\n")
        try repository.commitAll("test keys")
        _ = try watched.sync()
        try watched.shell("rm -rf tests").expectSuccess()
        _ = try watched.sync()
        try watched.shell("git checkout -- tests").expectSuccess()
        let judged = try watched.sync().filter { $0.event == .action }
        #expect(judged.allSatisfy { $0.verdict != .block }, "\(judged.map(\.summary))")
        #expect(try repository.git("status", "--porcelain").output == "")
    }

    @Test func aRollbackSaysWhatStaysStaged() throws {
        let watched = try WatchedRepository(files: WatchedRepository.sourceFiles(40))
        let repository = watched.repository
        try watched.shell("for i in $(seq 0 29); do echo second >> src/m$((i % 4))/f$i.txt; done && git commit -q -a --no-verify -m second").expectSuccess()
        try watched.shell("for i in $(seq 0 24); do echo mine >> src/m$((i % 4))/f$i.txt; done").expectSuccess()
        _ = try watched.sync()
        try watched.shell("git checkout HEAD~1 -- .").expectSuccess()
        let judged = try watched.sync()
        let block = try #require(judged.first { $0.verdict == .block }, "\(judged.map(\.summary))")
        #expect(block.message?.contains("still staged") == true && block.message?.contains("git restore --staged") == true, "\(block.summary)")
        #expect(watched.repository.read("src/m1/f1.txt") == "content of file 1\nsecond\nmine\n")
        #expect(try repository.git("diff", "--cached", "--name-only").output.contains("src/m1/f1.txt"), "the index is left as git left it")
    }

    /// A finding a person allows (`backstop allow`) while the watcher runs is allowed from then on:
    /// the running watcher reads `.backstopignore` again (A10).
    @Test func anAllowedFindingIsAllowedByTheRunningWatcher() throws {
        let watched = try WatchedRepository(files: WatchedRepository.sourceFiles(12))
        let line = "TOKEN = \"\(FakeSecrets.gitHubToken(seed: 33))\"\n"
        try watched.repository.write("src/settings.py", line)
        #expect(watched.classes(try watched.sync()).contains("secret"))
        let outside = watched.repository.base + "/candidate.py"
        try line.write(toFile: outside, atomically: true, encoding: .utf8)
        let scan = try watched.repository.backstop("scan", "--format", "json", outside)
        let fingerprint = try #require(scan.output.split(separator: "\"").drop { $0 != "fingerprint" }.dropFirst(2).first, "\(scan.all)")
        try watched.repository.backstopAtTerminal("allow", String(fingerprint), "-m", "a test fixture").result.expectSuccess()
        let allowed = try watched.sync()
        #expect(allowed.contains { ($0.message ?? "").contains("settings read again") }, "\(allowed.map(\.summary))")
        try watched.repository.write("src/settings.py", line)
        let judged = try watched.sync().filter { $0.event == .action }
        #expect(!judged.isEmpty && judged.allSatisfy { $0.verdict == .allow }, "\(judged.map(\.summary))")
    }
}
