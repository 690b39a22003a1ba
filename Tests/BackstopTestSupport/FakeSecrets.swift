import BackstopCore

/// The seeded generator fake credentials are assembled from at test time.
///
/// No whole token is ever written in a source file: prefixes are split (`"gh" + "p_"`) and bodies are
/// random, so neither Backstop's own rules nor other scanners (or push protection) find anything here.
public struct SampleRandom: Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 0x2545_F491_4F6C_DD1D
    }

    /// SplitMix64.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    public mutating func string(_ count: Int, _ alphabet: Alphabet) -> String {
        let characters = Array(alphabet.rawValue)
        return String((0..<count).map { _ in characters[below(characters.count)] })
    }

    public mutating func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) }
    }

    public mutating func digits(_ count: Int) -> String {
        String(below(9) + 1) + string(count - 1, .digits)
    }
}

public enum Alphabet: String, Sendable {
    case base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    case hex = "0123456789abcdef"
    case upperHex = "0123456789ABCDEF"
    case base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    case base64url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    case lowerAlnum = "abcdefghijklmnopqrstuvwxyz0123456789"
    case upperAlnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    case letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    case awsBase32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    case bech32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
    case digits = "0123456789"
}

public enum FakeSecrets {
    /// GitHub's 2021 token format: prefix, 30 random base62 characters, then their base62 CRC32.
    public static func gitHub(_ prefix: String, _ random: inout SampleRandom, validChecksum: Bool = true) -> String {
        let body = random.string(30, .base62)
        var checksum = Checksums.base62(Checksums.crc32(Array(body.utf8)), width: 6)
        if !validChecksum {
            checksum = String(checksum.reversed()) == checksum ? "zzzzz0" : String(checksum.reversed())
        }
        return prefix + body + checksum
    }

    /// A GitHub classic token with a valid checksum.
    public static func gitHubToken(seed: UInt64 = 7) -> String {
        var random = SampleRandom(seed: seed)
        return gitHub("gh" + "p_", &random)
    }

    /// An AWS access key id: `AKIA` and 16 characters of AWS's base32.
    public static func awsAccessKeyID(seed: UInt64 = 11) -> String {
        var random = SampleRandom(seed: seed)
        return "AK" + "IA" + random.string(16, .awsBase32)
    }
}
