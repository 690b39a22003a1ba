import BackstopTestSupport
import Foundation
import Testing

/// The hooks beside a running watcher, which keeps for them what is costly to find at hook time.
@Suite("hooks beside a watcher")
struct WatchedHookTests {
    @Test func aSecretFileWrittenWhileWatchedIsReadByThePreCommitHook() throws {
        let watched = try WatchedRepository(files: ["README.md": "hello\n"])
        let password = ["Zq9vL2", "mT8rXw4Kp7"].joined()
        try watched.repository.write(".env", "DB_PASSWORD=\(password)\n")
        _ = try watched.sync()
        #expect(FileManager.default.fileExists(atPath: watched.root + "/.git/backstop/secret-files"))
        try watched.repository.write("build/db.txt", "db_hint = \"\(password)\"\n")
        try watched.repository.git("add", "-f", "build/db.txt").expectSuccess()
        let commit = try watched.repository.git("commit", "-q", "-m", "db")
        #expect(commit.status == 1)
        #expect(commit.all.contains("credential-copy"))
        #expect(!commit.all.contains(password))
    }
}
