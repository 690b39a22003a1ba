import BackstopTestSupport
import Foundation
import Testing

@Suite("backstop scan - reads standard input through a real pipe")
struct ScanStandardInputTests {
    @Test func findingsNameStdinAndExitCodesAreAsForFiles() throws {
        let repository = try TemporaryRepository()
        let key = FakeSecrets.awsAccessKeyID()
        let found = try repository.backstop("scan", "-", input: "first line\nid = \(key)\n")
        #expect(found.status == 1, "\(found.all)")
        #expect(found.errorText.contains("aws-access-key-id  (stdin):2:6"), "\(found.errorText)")
        #expect(!found.all.contains(key))

        let json = try repository.backstop("scan", "--format", "json", "-", input: "id = \(key)\n")
        #expect(json.status == 1)
        #expect(json.output.contains(#""path" : "(stdin)""#), "\(json.output)")

        let clean = try repository.backstop("scan", "-", input: "nothing to see\n")
        #expect(clean.status == 0, "\(clean.all)")
        #expect(clean.errorText.contains("no secrets found"))
        try repository.backstop("scan", "-", input: "").expectSuccess()

        let mixed = try repository.backstop("scan", "-", "README.md")
        #expect(mixed.status == 2)
        #expect(mixed.errorText.contains("'-' (standard input) cannot be combined with paths"))
    }

    /// Input that fits one window is scanned as a file is, the person's own credentials included.
    @Test func thePersonsOwnCredentialsAreFoundInStandardInput() throws {
        let (repository, awsSecret, _) = try OwnedCredentialTests.repositoryWithCredentials()
        let scan = try repository.backstop("scan", "-", input: "upload:\n  key: \(awsSecret)\n")
        #expect(scan.status == 1, "\(scan.all)")
        #expect(scan.all.contains("(stdin):2"), "\(scan.all)")
        #expect(scan.all.contains("a value from ~/.aws/credentials"), "\(scan.all)")
        #expect(!scan.all.contains(awsSecret))
    }

    /// Far more than a window (scan.maxFileBytes, 4096 here), with secrets that straddle the
    /// edges of the stretches windows report, found once each on their own lines.
    @Test func aStreamLargerThanTheWindowIsReadInWindowsAndMissesNothingAtTheirEdges() throws {
        let repository = try TemporaryRepository()
        let window = 4_096
        let given = repository.base + "/small-windows.json"
        try #"{"scan": {"maxFileBytes": 4096}}"#.write(toFile: given, atomically: true, encoding: .utf8)

        var text = ""
        var expected: [String] = []
        var line = 1
        func filler(upTo offset: Int) {
            while text.utf8.count + 64 <= offset {
                text += String(repeating: "x", count: 63) + "\n"
                line += 1
            }
            text += String(repeating: "y", count: offset - text.utf8.count)
        }
        // Each key starts 9 bytes before a multiple of the window and ends past it.
        for (index, edge) in [1, 2, 5, 11, 23, 24].enumerated() {
            filler(upTo: edge * window - 9 - 6)
            text += "\nid = "
            line += 1
            expected.append("aws-access-key-id  (stdin):\(line):6")
            text += FakeSecrets.awsAccessKeyID(seed: UInt64(index + 1)) + "\n"
            line += 1
        }
        filler(upTo: 40 * window)
        #expect(text.utf8.count >= 40 * window)

        let result = try repository.backstop("--config", given, "scan", "-", input: text)
        #expect(result.status == 1, "\(result.errorText)")
        let places = result.errorText.split(separator: "\n").filter { $0.hasPrefix("aws-access-key-id  ") }.map(String.init)
        #expect(places == expected, "\(result.errorText)")
        #expect(result.errorText.contains("6 findings"))
    }
}
