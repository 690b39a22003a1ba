@testable import BackstopCore
import BackstopTestSupport
import Foundation
import Testing

/// Secrets hidden by an encoding (base64, hex, URL-encoding, two deep) or split into joined string
/// literals are read whole, reported once, fingerprinted as the plain secret, and never shown.
@Suite struct HiddenSecretsTests {
    static let detector = SecretDetector(rules: BuiltInRules.all)

    static let token: String = {
        var random = SampleRandom(seed: 0xB64)
        return SampleSecrets.gitHub("gh" + "p_", &random)
    }()

    static func percentEncoded(_ text: String) -> String {
        text.utf8.map { byte in
            let character = Character(Unicode.Scalar(byte))
            return character.isLetter || character.isNumber ? String(character) : String(format: "%%%02X", byte)
        }.joined()
    }

    static func hexEncoded(_ text: String) -> String {
        text.utf8.map { String(format: "%02x", $0) }.joined()
    }

    static let hidden: [(String, String, String)] = {
        let t = token
        let half = t.index(t.startIndex, offsetBy: 12)
        return [
            ("base64", "base64-encoded", "auth: " + SampleSecrets.base64(Array(("GITHUB_TOKEN=" + t).utf8)) + "\n"),
            ("base64url", "base64-encoded", "cfg = '" + SampleSecrets.base64url(Array(("{\"token\": \"" + t + "\"}").utf8)) + "'\n"),
            ("kubernetes secret", "base64-encoded", "apiVersion: v1\nkind: Secret\ndata:\n  token: " + SampleSecrets.base64(Array(t.utf8)) + "\n"),
            ("hex", "hex-encoded", "blob = \"" + hexEncoded("token=" + t) + "\"\n"),
            ("url", "URL-encoded", "GET /callback?next=" + percentEncoded("https://ci.example/?token=" + t) + " HTTP/1.1\n"),
            ("url in base64", "URL-encoded in base64-encoded", "state: " + SampleSecrets.base64(Array(("redirect=" + percentEncoded("t=" + t)).utf8)) + "\n"),
            ("joined with +", "split into joined strings", "TOKEN = \"" + t[..<half] + "\" + \"" + t[half...] + "\"\n"),
            ("joined with .", "split into joined strings", "$token = '" + t[..<half] + "' . '" + t[half...] + "';\n"),
            ("joined with ..", "split into joined strings", "local token = \"" + t[..<half] + "\" .. \"" + t[half...] + "\"\n"),
            ("joined three ways", "split into joined strings",
             "const token = `" + t.prefix(4) + "`+`" + t.dropFirst(4).prefix(10) + "` + `" + t.dropFirst(14) + "`;\n"),
        ]
    }()

    @Test(arguments: hidden.indices)
    func aHiddenSecretIsFoundOnce(_ index: Int) throws {
        let (label, how, text) = Self.hidden[index]
        let found = Self.detector.findings(in: Fragment(path: "src/app.txt", bytes: Array(text.utf8)))
        #expect(found.map(\.ruleID) == ["github-pat"], "\(label): \(found.map(\.ruleID))")
        let finding = try #require(found.first)
        #expect(finding.fingerprint == Redaction.fingerprint(ruleID: "github-pat", secret: Self.token), "\(label): not the plain secret's fingerprint")
        #expect(finding.description.hasSuffix("(\(how))"), "\(label): \(finding.description)")
        #expect(!finding.excerpt.contains(Self.token.dropFirst(4).prefix(12)), "\(label): excerpt shows the secret: \(finding.excerpt)")
        // Nothing of the encoded stretch is shown either: its first 16 characters would decode.
        if let encoded = text.split(whereSeparator: { " \"'`=:\n".contains($0) }).first(where: { $0.count > 30 }) {
            #expect(!finding.excerpt.contains(encoded.prefix(16)), "\(label): excerpt shows the encoded stretch: \(finding.excerpt)")
        }
    }

    /// Encoded data that is not text, and joins that hide nothing.
    static let quiet: [(String, String)] = {
        var random = SampleRandom(seed: 0xD47A)
        let image = SampleSecrets.base64(random.bytes(300))
        let digest = random.string(64, .hex)
        let binaryHex = random.bytes(40).map { String(format: "%02x", $0) }.joined()
        let text = SampleSecrets.base64(Array("a long enough sentence of plain words, nothing secret in it at all".utf8))
        return [
            ("image", "<img src=\"data:image/png;base64," + image + "\">\n"),
            ("digest", "sha256 = \"" + digest + "\"\n"),
            ("binary hex", "salt = \"" + binaryHex + "\"\n"),
            ("base64 of plain words", "note: " + text + "\n"),
            ("url with escapes", "https://example.com/search?q=" + percentEncoded("how to rotate a key?") + "\n"),
            ("joins of words", "message = \"hello \" + \"world\" + \"+\" + \"\" + \"!\"\n"),
            ("a dot between quotes", "path = dir + \".\" + \"txt\"\n"),
        ]
    }()

    @Test(arguments: quiet.indices)
    func encodedDataThatHoldsNoSecretIsQuiet(_ index: Int) {
        let (label, text) = Self.quiet[index]
        let found = Self.detector.findings(in: Fragment(path: "src/app.txt", bytes: Array(text.utf8)))
        #expect(found.isEmpty, "\(label): \(found.map(\.ruleID))")
    }

    @Test func decodingIsBounded() {
        // A stretch longer than the limit is not decoded; the plain pass still runs.
        var limits = EncodedText.Limits()
        limits.maximumStretch = 40
        let long = SampleSecrets.base64(Array(("TOKEN=" + Self.token).utf8))
        let stretches = Array(long.utf8).withUnsafeBufferPointer { EncodedText.stretches(in: $0, limits: limits) }
        #expect(stretches.isEmpty)
        let within = Array(long.utf8).withUnsafeBufferPointer { EncodedText.stretches(in: $0) }
        #expect(within.map(\.encoding) == [.base64])
    }
}
