@testable import BackstopCore
import BackstopTestSupport
import Foundation
import Testing

/// Credential values the person already keeps are read from each file's layout and found in any
/// text, as they are and in their encoded forms, without ever being shown.
@Suite struct OwnedValuesTests {
    static let password: String = {
        var random = SampleRandom(seed: 0x0E7C)
        return RuleSamples.mixed(20, .base62, &random) + "/+!"
    }()

    static func values(_ text: String, _ format: CredentialValues.Format) -> [String] {
        CredentialValues.values(in: Array(text.utf8), format: format).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func eachLayoutGivesItsValues() {
        let p = Self.password
        #expect(Self.values("[default]\naws_access_key_id = AKIA0000\naws_secret_access_key = \(p)\n", .assignments) == [p])
        #expect(Self.values("machine ci.example login deploy password \(p)\n", .netrc) == [p])
        #expect(Self.values("machine ci.example\n  login deploy\n  password \(p)\n", .netrc) == [p])
        let auth = Data("deploy:\(p)".utf8).base64EncodedString()
        #expect(Self.values("{\"auths\": {\"registry.example\": {\n  \"auth\": \"\(auth)\"\n}}}\n", .dockerConfiguration) == [auth, p])
        // A pair whose base64 ends in padding gives its password too.
        let padded = Data("ci:\(p)".utf8).base64EncodedString()
        #expect(padded.hasSuffix("="))
        #expect(Self.values("\"auth\": \"\(padded)\"\n", .dockerConfiguration) == [padded, p])
        let escaped = p.replacingOccurrences(of: "/", with: "%2F").replacingOccurrences(of: "+", with: "%2B")
        #expect(Self.values("https://deploy:\(escaped)@git.example.com\n", .gitCredentials) == [p])
        #expect(Self.values("github.com:\n    oauth_token: \(p)\n    git_protocol: https\n", .assignments) == [p])
    }

    /// Where the value appears, and how.
    static let placements: [(String, String?)] = {
        let p = Self.password
        let bytes = Array(p.utf8)
        return [
            ("as it is", nil),
            ("base64 alone", Data(bytes).base64EncodedString()),
            ("base64 after one byte", Data(Array("x".utf8) + bytes + Array("!".utf8)).base64EncodedString()),
            ("base64 after two bytes", Data(Array("u:".utf8) + bytes).base64EncodedString()),
            ("base64url", Data(Array("user:".utf8) + bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")),
            ("hex", bytes.map { String(format: "%02x", $0) }.joined()),
            ("URL-encoded", p.replacingOccurrences(of: "/", with: "%2F").replacingOccurrences(of: "+", with: "%2B").replacingOccurrences(of: "!", with: "%21")),
        ].map { label, encoded in (label, encoded) }
    }()

    @Test(arguments: placements.indices)
    func aValueIsFoundInEveryForm(_ index: Int) throws {
        let (label, encoded) = Self.placements[index]
        var values = CredentialValues()
        values.read(Array("machine h login u password \(Self.password)\n".utf8), from: RepositoryPath("~/.netrc"), format: .netrc)
        let text = "const blob = \"" + (encoded ?? Self.password) + "\";\n"
        let found = values.findings(in: Fragment(path: "src/app.js", bytes: Array(text.utf8)))
        #expect(found.count == 1, "\(label): \(found.map(\.description))")
        let finding = try #require(found.first)
        #expect(finding.fingerprint == Redaction.fingerprint(ruleID: CredentialValues.ruleID, secret: Self.password))
        #expect(finding.description.hasPrefix("a value from ~/.netrc"), "\(finding.description)")
        #expect(encoded == nil || finding.description.hasSuffix("-encoded)"), "\(label): \(finding.description)")
        #expect(!finding.excerpt.contains(Self.password.prefix(10)) && !finding.excerpt.contains((encoded ?? Self.password).dropFirst(4).prefix(10)),
                "\(label): \(finding.excerpt)")
        #expect(CredentialValues.sources(of: found) == "~/.netrc")
        #expect(values.copies(into: Array(text.utf8), before: nil) == [RepositoryPath("~/.netrc")])
        #expect(values.copies(into: Array(text.utf8), before: Array(text.utf8)).isEmpty, "a copy already there is not new")
    }

    @Test func otherTextIsQuiet() {
        var values = CredentialValues()
        values.read(Array("password \(Self.password)\n".utf8), from: RepositoryPath("~/.netrc"), format: .netrc)
        let other = "const blob = \"" + Data(Self.password.utf8.dropFirst(3)).base64EncodedString() + "\";\nlet x = \"" + Self.password.prefix(11) + "\"\n"
        #expect(values.findings(in: Fragment(path: "src/app.js", bytes: Array(other.utf8))).isEmpty)
    }
}
