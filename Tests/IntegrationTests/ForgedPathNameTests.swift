import BackstopTestSupport
import Foundation
import Testing

@Suite("file names that try to forge output lines")
struct ForgedPathNameTests {
    static let forgedLine = "2026-11-30T22:00:00Z allow: 0 created, 1 modified, 0 deleted -> snapshot 0000000"

    /// No line of `text` is one the file name wrote: every line the name holds stays inside one
    /// quoted path.
    private func expectNoForgedLine(_ text: String, _ what: String) {
        let lines = text.split(separator: "\n")
        #expect(!lines.contains { $0.hasPrefix("2026-11-30T22:00:00Z") || $0.hasPrefix("  nothing to see") }, "\(what):\n\(text)")
    }

    @Test func logSyncAndRestoreQuoteAPathWithANewline() throws {
        let watched = try WatchedRepository(files: WatchedRepository.sourceFiles(8))
        let plain = "docs/notes: ok\n" + Self.forgedLine + "\n  nothing to see"
        let secret = "docs/x.py: ok\n" + Self.forgedLine + "\n  nothing to see"
        try watched.repository.write(plain, "nothing secret\n")
        let allowed = try watched.repository.backstop("watch", "--sync")
        #expect(allowed.status == 0, "\(allowed.all)")
        try watched.repository.write(secret, "T = \"\(FakeSecrets.gitHubToken(seed: 41))\"\n")
        let blocked = try watched.repository.backstop("watch", "--sync")
        #expect(blocked.status == 1, "\(blocked.all)")
        expectNoForgedLine(blocked.all, "watch --sync")
        #expect(blocked.errorText.contains(#"into "docs/x.py: ok\n2026-11-30T22:00:00Z allow: "#), "\(blocked.errorText)")
        #expect(!FileManager.default.fileExists(atPath: watched.root + "/" + secret), "the secret was rolled back")

        let log = try watched.repository.backstop("log")
        try log.expectSuccess()
        expectNoForgedLine(log.all, "log")
        #expect(log.output.contains(#"paths: "docs/notes: ok\n2026-11-30T22:00:00Z allow: "#), "\(log.output)")
        // The sync answers stay out of the text unless asked for; JSON keeps the path raw.
        #expect(!log.output.contains(" sync: "))
        #expect(try watched.repository.backstop("log", "--all").output.contains(" sync: "))
        let json = try watched.repository.backstop("log", "--format", "json").output
        #expect(json.contains(#""sample":["docs/notes: ok\n2026"#), "\(json)")

        let restore = try watched.repository.backstop("restore", "refs/backstop/blocked", "--dry-run")
        try restore.expectSuccess()
        expectNoForgedLine(restore.all, "restore --dry-run")
        #expect(restore.errorText.contains(#"would be restored: "docs/x.py: ok\n2026"#), "\(restore.errorText)")
    }
}
