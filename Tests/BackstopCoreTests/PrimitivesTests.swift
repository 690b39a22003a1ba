@testable import BackstopCore
import Testing

@Suite struct PrimitivesTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256KnownVectors(_ input: String, _ digest: String) {
        #expect(SHA256.hexDigest(Array(input.utf8)) == digest)
    }

    @Test func crc32KnownVector() {
        #expect(Checksums.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    @Test(arguments: [
        ("*.lock", "a/b/yarn.lock", true), ("**/go.sum", "go.sum", true), ("**/go.sum", "x/y/go.sum", true),
        ("fixtures/**", "fixtures/a/b.txt", true), ("fixtures/**", "src/fixtures/a", false), ("src/*.py", "src/a/b.py", false),
        ("src/?.py", "src/a.py", true), (".env.*", "config/.env.local", true), (".env", "x.env", false),
    ])
    func globs(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(PathGlob(pattern).matches(path) == expected)
        #expect(PathGlob(pattern).matches(bytes: Array(path.utf8)) == expected)
    }

    @Test(arguments: [("config/.env", true), ("config/.env.local", true), ("config/.envrc", false), ("a/b.env", false), ("a/\u{e9}t\u{e9}/.env.prod", true)])
    func secretFilesMatchOnTheBytesOfAPath(_ path: String, _ expected: Bool) {
        let settings = SnapshotSettings(maximumFileBytes: 1 << 20, secretFiles: [PathGlob(".env"), PathGlob(".env.*")], maximumSecretFileBytes: 1 << 16,
                                        retention: Configuration.defaults.snapshots.retention, diskBudgetBytes: 1 << 30)
        #expect(settings.isSecretFile(RepositoryPath(path)) == expected)
    }

    @Test func redactionKeepsOnlyAFormatPrefix() {
        let secret = "sk_live_" + String(repeating: "Ab3", count: 10)
        let redacted = Redaction.redact(secret)
        #expect(redacted == "sk_l**** (38 chars)")
        #expect(!redacted.contains("Ab3"))
        #expect(Redaction.redact("abcd").hasPrefix("a****"))
    }

    @Test func fingerprintsDependOnRuleAndSecretOnly() {
        let first = Redaction.fingerprint(ruleID: "aws-access-key-id", secret: "one")
        #expect(first == Redaction.fingerprint(ruleID: "aws-access-key-id", secret: "one"))
        #expect(first != Redaction.fingerprint(ruleID: "aws-access-key-id", secret: "two"))
        #expect(first != Redaction.fingerprint(ruleID: "generic-secret-assignment", secret: "one"))
        #expect(IgnoreFile.isFingerprint(first))
    }

    @Test func excerptsMaskEverySecretOnTheLine() {
        let first = FakeToken.aws(1), second = FakeToken.aws(2)
        let text = "keys = [\"\(first)\", \"\(second)\"]\n"
        let findings = SecretDetector(rules: BuiltInRules.all).findings(in: Fragment(path: "a.py", bytes: Array(text.utf8)))
        #expect(findings.count == 2)
        for finding in findings {
            #expect(!finding.excerpt.contains(first) && !finding.excerpt.contains(second))
        }
    }
}

enum FakeToken {
    static func aws(_ seed: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        var state = UInt64(seed) &* 2654435761 &+ 12345
        let body = (0..<16).map { _ -> Character in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return alphabet[Int((state >> 33) % 32)]
        }
        return "AK" + "IA" + String(body)
    }
}

@Suite struct ValueFilterTests {
    @Test(arguments: ["xxxxxxxxxxxxxxxx", "XXXXXXXXXXXXXXXX", "your_api_key_here", "${API_TOKEN}", "<your-key>", "changeme123", "AKIAEXAMPLEKEY12",
                      "$SECRET", "%TOKEN%", "aaaaaaaaaaaa"])
    func placeholdersAreNotSecrets(_ value: String) {
        #expect(ValueFilters.isPlaceholder(value))
    }

    @Test(arguments: ["Q7ToDoz81MxbKq0Lw2", "aB3XxXx9kLmN0pQr", String(repeating: "Mx9ToDoKq0Lw2Zr", count: 10)])
    func mixedCaseMarkersInRandomTokensAreKept(_ value: String) {
        #expect(!ValueFilters.isPlaceholder(value))
    }
}
