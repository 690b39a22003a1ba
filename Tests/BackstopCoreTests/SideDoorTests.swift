@testable import BackstopCore
import BackstopTestSupport
import Testing

/// What a commit or push can carry besides file content, and content of any size: windows over
/// large content, file names, messages, the values of the ignored secret files, and history another
/// remote already has. No repository, no git.
@Suite struct SideDoorTests {
    static let detector = SecretDetector(rules: BuiltInRules.all)
    static let token = FakeSecrets.gitHubToken(seed: 21)

    /// Filler lines, then a token at a chosen line and column.
    static func content(lines: Int, tokenLine: Int, indent: Int) -> [UInt8] {
        var text = ""
        for line in 1...lines {
            text += line == tokenLine ? String(repeating: " ", count: indent) + "\"token\": \"\(token)\",\n" : "{\"id\": \(line), \"note\": \"lorem ipsum\"},\n"
        }
        return Array(text.utf8)
    }

    struct WindowRow: CustomStringConvertible, Sendable {
        let description: String
        let windowBytes: Int
        let tokenLine: Int
    }

    /// Small windows put the token at every kind of boundary: inside one window, across two, with its
    /// keyword in the window before.
    static let windowRows: [WindowRow] = [
        WindowRow(description: "one window", windowBytes: 1 << 20, tokenLine: 700),
        WindowRow(description: "windows of 4 KiB", windowBytes: 4096, tokenLine: 700),
        WindowRow(description: "windows of 1000 bytes", windowBytes: 1000, tokenLine: 701),
        WindowRow(description: "windows of 97 bytes", windowBytes: 97, tokenLine: 1),
        WindowRow(description: "windows of 13 bytes, token last", windowBytes: 13, tokenLine: 1200),
    ]

    @Test(arguments: windowRows) func windowsFindATokenOnceWithItsLineAndColumn(_ row: WindowRow) throws {
        let bytes = Self.content(lines: 1200, tokenLine: row.tokenLine, indent: 3)
        let findings = Self.detector.findings(in: Fragment(path: "fixture.json", bytes: bytes), windowBytes: row.windowBytes)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.ruleID == "github-pat")
        #expect(finding.line == row.tokenLine)
        #expect(finding.column == 14)
    }

    @Test func windowsOfAddedLinesKeepTheFileLineNumbers() throws {
        let bytes = Self.content(lines: 300, tokenLine: 250, indent: 0)
        let numbers = (0..<300).map { 1000 + $0 * 2 }
        let fragment = Fragment(path: "a.json", bytes: bytes, lineNumbers: numbers)
        let finding = try #require(Self.detector.findings(in: fragment, windowBytes: 512).first)
        #expect(finding.line == numbers[249])
    }

    @Test func aWindowAdvancesLinesAndColumns() {
        var position = ContentPosition()
        position.advance(over: Array("abc".utf8)[...])
        #expect(position == { var p = ContentPosition(); p.advance(over: Array("ab".utf8)[...]); p.advance(over: Array("c".utf8)[...]); return p }())
        #expect(position.line == 1 && position.column == 4)
        position.advance(over: Array("x\nyz\nq".utf8)[...])
        #expect(position.line == 3 && position.column == 2)
        #expect(ContentWindows(stride: 10, overlap: 3).windows(count: 25).map(\.read) == [0..<13, 7..<23, 17..<25])
        #expect(ContentWindows(stride: 10, overlap: 3).windows(count: 0).map(\.reported) == [0..<0])
    }

    @Test func aTokenInAFileNameIsShownMasked() throws {
        let name = "docs/\(Self.token).txt"
        let finding = try #require(Self.detector.findings(in: Fragment(path: name, bytes: Array((name + "\n").utf8), part: .name)).first)
        #expect(finding.part == .name)
        #expect(!finding.path.contains(Self.token))
        #expect(finding.place.hasPrefix("the file name docs/gh"))
    }

    @Test func aTokenInAMessageNamesItsCommit() throws {
        let message = Array("Fix the build\n\nuses \(Self.token) for now\n".utf8)
        let finding = try #require(Self.detector.findings(in: Fragment(path: "", bytes: message, commit: "abcdef0123456789", part: .message)).first)
        #expect(finding.place == "the message of commit abcdef012345, line 3")
        #expect(finding.holder == "(message of commit abcdef012345)")
    }

    @Test func valuesOfTheSecretFilesAreFoundRedacted() throws {
        var values = CredentialValues()
        values.read(Array("DB_PASSWORD=Xk9#mP2vL8qR4tZw\nNODE_ENV=development\n".utf8), from: RepositoryPath(".env"))
        let fragment = Fragment(path: "build/db.txt", bytes: Array("one\nhint = \"Xk9#mP2vL8qR4tZw\"\n".utf8), lineNumbers: [7, 9])
        let findings = values.findings(in: fragment)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.ruleID == "credential-copy")
        #expect(finding.line == 9 && finding.column == 9)
        #expect(!finding.excerpt.contains("Xk9#mP2vL8qR4tZw") && !finding.redacted.contains("Xk9#mP2vL8qR4tZw"))
        #expect(values.findings(in: fragment, ignoredFingerprints: [finding.fingerprint]).isEmpty)
        #expect(values.findings(in: Fragment(path: "b.txt", bytes: Array("development\n".utf8))).isEmpty)
    }

    @Test func anEmptyNewFileIsNamedFromItsHeader() {
        let files = UnifiedDiff.parse(Array("diff --git a/docs/x y.txt b/docs/x y.txt\nnew file mode 100644\nindex 0000000..e69de29\n".utf8))
        #expect(files.map(\.path) == ["docs/x y.txt"])
        #expect(files.map(\.status) == [.added])
    }

    // MARK: the push rule for history another remote has

    static let published = String(repeating: "c", count: 40)
    static let fresh = String(repeating: "d", count: 40)

    static func finding(commit: String, rule: String = "github-pat") -> Finding {
        Finding(ruleID: rule, description: "token", path: "docs/a.md", line: 1, column: 1, commit: commit, redacted: "ghp_****",
                excerpt: "ghp_****", fingerprint: "\(rule):0123")
    }

    struct HistoryRow: CustomStringConvertible, Sendable {
        let description: String
        let secrets: [Finding]
        let copies: [Finding]
        let elsewhere: [String: [String]]
        let policy: Verdict
        let expected: [(ActionClass, Verdict)]
        let verdict: Verdict

        init(_ description: String, secrets: [Finding] = [], copies: [Finding] = [], elsewhere: [String: [String]] = [:], policy: Verdict = .block,
             _ expected: [(ActionClass, Verdict)], verdict: Verdict) {
            self.description = description
            self.secrets = secrets
            self.copies = copies
            self.elsewhere = elsewhere
            self.policy = policy
            self.expected = expected
            self.verdict = verdict
        }
    }

    static let historyRows: [HistoryRow] = [
        HistoryRow("a new secret", secrets: [finding(commit: fresh)], [(.secret, .block)], verdict: .block),
        HistoryRow("a secret only in history origin has", secrets: [finding(commit: published)], elsewhere: [published: ["origin/main"]],
                   [(.secret, .warn)], verdict: .warn),
        HistoryRow("old and new together", secrets: [finding(commit: published), finding(commit: fresh)], elsewhere: [published: ["origin/main"]],
                   [(.secret, .block), (.secret, .warn)], verdict: .block),
        HistoryRow("a ref list that is empty is not a holder", secrets: [finding(commit: published)], elsewhere: [published: []],
                   [(.secret, .block)], verdict: .block),
        HistoryRow("old history with secrets allowed stays allowed", secrets: [finding(commit: published)], elsewhere: [published: ["origin/main"]],
                   policy: .allow, [(.secret, .allow)], verdict: .allow),
        HistoryRow("a value of .env", copies: [finding(commit: fresh, rule: "credential-copy")], [(.credentialCopy, .block)], verdict: .block),
        HistoryRow("a value of .env in old history", copies: [finding(commit: published, rule: "credential-copy")],
                   elsewhere: [published: ["upstream/main", "origin/main"]], [(.credentialCopy, .warn)], verdict: .warn),
    ]

    @Test(arguments: historyRows) func historyAnotherRemoteHasIsNotANewLeak(_ row: HistoryRow) {
        var facts = PushFacts(remote: "fork", url: "/srv/fork.git", remoteIsConfigured: true, isApproved: true,
                              updates: [RefUpdate(localRef: "refs/heads/main", localID: Self.fresh, remoteRef: "refs/heads/main",
                                                  remoteID: String(repeating: "0", count: 40))])
        facts.secrets = row.secrets
        facts.credentialCopies = row.copies
        facts.publishedElsewhere = row.elsewhere
        let classification = PushClassifier(blocksBranchDeletion: true, blocksForcePush: true,
                                            verdicts: Verdicts([.secret: row.policy, .credentialCopy: row.policy])).classify(facts)
        #expect(classification.findings.map(\.actionClass) == row.expected.map(\.0))
        #expect(classification.findings.map(\.verdict) == row.expected.map(\.1))
        #expect(classification.verdict == row.verdict)
        for finding in classification.findings where finding.verdict == .warn {
            #expect(finding.evidence.hasSuffix(PushClassifier.alreadyPublishedNote))
            for holder in Set(row.elsewhere.values.flatMap { $0 }) { #expect(finding.evidence.contains(holder)) }
        }
    }

    @Test func aCommitAddingAValueOfDotEnvIsACredentialCopy() {
        var facts = CommitFacts(files: [], indexedFiles: 3)
        facts.credentialCopies = [Self.finding(commit: Self.fresh, rule: "credential-copy")]
        let classification = CommitClassifier(threshold: MassDeletionThreshold(files: 20, fraction: 0.25, fractionMinimumFiles: 5),
                                              verdicts: Verdicts([:])).classify(facts)
        #expect(classification.findings.map(\.actionClass) == [.credentialCopy])
        #expect(classification.verdict == .block)
    }

    @Test func aHookBlockIsAnAuditEntryWithoutTheSecret() throws {
        let secret = Self.detector.findings(in: Fragment(path: "a.py", bytes: Array("T = \"\(Self.token)\"\n".utf8)))
        let classification = Classification(findings: [ClassFinding(.secret, .block, evidence: "the staged change adds a secret", paths: [RepositoryPath("a.py")])])
        let entry = AuditEntry.hookVerdict(time: 0, event: .commit, hook: "pre-commit", message: "commit", classification, findings: secret)
        #expect(entry.verdict == .block)
        #expect(entry.findings?.first?.rule == "github-pat")
        #expect(entry.summary.contains("commit (pre-commit)"))
        #expect(entry.summary.contains("a.py:1:6"))
        #expect(!entry.summary.contains(Self.token))
    }
}
