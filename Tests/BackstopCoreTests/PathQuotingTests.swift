@testable import BackstopCore
import Testing

@Suite struct PathQuotingTests {
    /// Each name's bytes and what `git ls-files` prints for it with `core.quotePath` (git's default).
    static let names: [([UInt8], String)] = [
        (Array("plain.txt".utf8), "plain.txt"),
        (Array("with space.txt".utf8), "with space.txt"),
        (Array("-dash".utf8), "-dash"),
        (Array("a/b c/d".utf8), "a/b c/d"),
        ([], ""),
        (Array("tab\there".utf8), #""tab\there""#),
        (Array("new\nline".utf8), #""new\nline""#),
        (Array("quo\"te".utf8), #""quo\"te""#),
        (Array("back\\slash".utf8), #""back\\slash""#),
        (Array("café".utf8), #""caf\303\251""#),
        (Array("bad".utf8) + [0xFF], #""bad\377""#),
        (Array("bell".utf8) + [0x07, 0x08, 0x0B, 0x0C, 0x0D], #""bell\a\b\v\f\r""#),
        (Array("ctl".utf8) + [0x00, 0x01, 0x1F, 0x7F], #""ctl\000\001\037\177""#),
    ]

    @Test(arguments: names)
    func quotesAsGitDoes(_ bytes: [UInt8], _ expected: String) {
        #expect(PathQuoting.quoted(bytes) == expected)
        #expect(RepositoryPath(bytes: bytes).quoted == expected)
    }

    @Test func textIsQuotedByItsUTF8Bytes() {
        #expect(PathQuoting.quoted("docs/x.py: ok\n2026") == #""docs/x.py: ok\n2026""#)
        #expect(PathQuoting.quoted("ünï") == #""\303\274n\303\257""#)
    }

    /// A name built to forge an audit line: in the summary it stays inside one quoted path.
    @Test func aFileNameCannotForgeALogLine() {
        let forged = "2026-11-30T22:00:00Z allow: 0 created, 1 modified, 0 deleted -> snapshot 0000000"
        let name = RepositoryPath("docs/x.py: ok\n" + forged + "\n  nothing to see")
        var entry = AuditEntry(time: 0, event: .action)
        let finding = ClassFinding(.secret, .block, evidence: "writes a credential (github-pat) into \(name.quoted):1: T = ghp_****", paths: [name])
        entry.describe(created: 1, modified: 0, deleted: 0, changed: [name], overflowed: false, Classification(findings: [finding]))
        entry.rollback = AuditEntry.RollbackRecord(restored: 0, removed: 1, mismatched: [name.description])
        let lines = entry.summary.split(separator: "\n").map(String.init)
        #expect(!lines.contains(forged))
        #expect(!lines.contains { $0.hasPrefix("2026-11-30") })
        #expect(lines.allSatisfy { $0.hasPrefix("1970-") || $0.hasPrefix("  ") }, "\(lines)")
        #expect(entry.summary.contains("paths: \"docs/x.py: ok\\n2026-11-30T22:00:00Z allow"))
    }

    @Test(arguments: [(1, "paths: p0"), (5, "paths: p0, p1, p2, p3, p4"), (6, "paths: p0, p1, p2, p3, p4, ... and 1 more"),
                      (250, "paths: p0, p1, p2, p3, p4, ... and 245 more")])
    func anActionShowsASampleOfItsPaths(_ count: Int, _ expected: String) {
        var entry = AuditEntry(time: 0, event: .action)
        entry.describe(created: count, modified: 0, deleted: 0, changed: (0..<count).map { RepositoryPath("p\($0)") }, overflowed: false,
                       Classification(findings: []))
        entry.snapshot = String(repeating: "a", count: 40)
        let lines = entry.summary.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.first?.hasSuffix("-> snapshot aaaaaaaaaaaa") == true)
        #expect(lines.last == "  " + expected)
    }
}
