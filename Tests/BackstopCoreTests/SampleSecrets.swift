@testable import BackstopCore
import BackstopTestSupport
import Foundation

enum SampleSecrets {
    /// GitHub's 2021 format: prefix, 30 random base62 characters, then their base62 CRC32.
    static func gitHub(_ prefix: String, _ random: inout SampleRandom, validChecksum: Bool = true) -> String {
        FakeSecrets.gitHub(prefix, &random, validChecksum: validChecksum)
    }

    static func base64(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
    }

    static func base64url(_ bytes: [UInt8]) -> String {
        base64(bytes).replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func uuid(_ random: inout SampleRandom) -> String {
        [random.string(8, .hex), random.string(4, .hex), "4" + random.string(3, .hex), "a" + random.string(3, .hex), random.string(12, .hex)]
            .joined(separator: "-")
    }

    /// A signed-looking JWT: base64url JSON header and claims, and a random signature.
    static func jwt(_ random: inout SampleRandom, algorithm: String = "HS256", signatureBytes: Int = 32, claims given: String? = nil) -> String {
        let header = #"{"alg":""# + algorithm + #"","typ":"JWT"}"#
        let claims = given ?? (#"{"sub":""# + random.digits(10) + #"","name":"svc-"# + random.string(6, .lowerAlnum)
            + #"","iat":"# + random.digits(10) + "}")
        let signature = signatureBytes == 0 ? "" : base64url(random.bytes(signatureBytes))
        return [base64url(Array(header.utf8)), base64url(Array(claims.utf8)), signature].joined(separator: ".")
    }

    /// Random base64 wrapped at `width`, as PEM and OpenSSH bodies are.
    static func wrappedBase64(_ random: inout SampleRandom, bytes count: Int, width: Int = 64, leading: String = "") -> [String] {
        let text = leading + base64(random.bytes(count))
        var lines: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            lines.append(String(rest.prefix(width)))
            rest = rest.dropFirst(width)
        }
        return lines
    }

    /// A PEM block of `label` (e.g. "RSA " + "PRIVATE KEY") with random body lines; returns the block
    /// and the body as the detector reports it (lines joined by newlines).
    static func pem(_ label: String, _ random: inout SampleRandom, bytes count: Int = 600, headers: [String] = [],
                    leading: String = "", width: Int = 64) -> (text: String, body: String) {
        let lines = wrappedBase64(&random, bytes: count, width: width, leading: leading)
        let body = lines.joined(separator: "\n")
        let headerText = headers.isEmpty ? "" : headers.joined(separator: "\n") + "\n\n"
        let text = "-----BEGIN " + label + "-----\n" + headerText + body + "\n-----END " + label + "-----"
        return (text, body)
    }

    /// A PuTTY key file with random public and private lines; returns the file and its private lines.
    static func putty(_ random: inout SampleRandom, version: Int = 3) -> (text: String, body: String) {
        let publicLines = wrappedBase64(&random, bytes: 270)
        let privateLines = wrappedBase64(&random, bytes: 650)
        let text = (["PuTTY" + "-User-Key-File-\(version): ssh-rsa", "Encryption: none", "Comment: rsa-key-2024",
                     "Public-Lines: \(publicLines.count)"] + publicLines
            + ["Private-Lines: \(privateLines.count)"] + privateLines
            + ["Private-MAC: " + random.string(64, .hex)]).joined(separator: "\n")
        return (text, privateLines.joined(separator: "\n"))
    }
}
