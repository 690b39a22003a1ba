/// The checksums that some token formats carry, so a scanner can tell a real token from a look-alike.
public enum Checksums {
    private static let crcTable: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 {
            value = (value & 1) != 0 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1
        }
        return value
    }

    /// CRC-32 (IEEE 802.3), as zlib computes it.
    public static func crc32<Bytes: Sequence>(_ bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        return crc ^ 0xFFFF_FFFF
    }

    private static let base62Digits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)

    /// `value` in base 62, left-padded with zeros to `width` digits.
    public static func base62(_ value: UInt32, width: Int) -> String {
        var remaining = value
        var digits: [UInt8] = []
        repeat {
            digits.append(base62Digits[Int(remaining % 62)])
            remaining /= 62
        } while remaining > 0
        while digits.count < width { digits.append(UInt8(ascii: "0")) }
        return String(decoding: digits.reversed(), as: UTF8.self)
    }

    /// GitHub's 2021 token format: `prefix_` + 30 random base62 characters + 6 characters that are
    /// the base62 CRC32 of the random part.
    public static func isValidGitHubToken(_ token: String) -> Bool {
        guard let underscore = token.utf8.lastIndex(of: UInt8(ascii: "_")) else { return false }
        let body = Array(token.utf8[token.utf8.index(after: underscore)...])
        guard body.count == 36 else { return false }
        let random = body[0..<30]
        let checksum = String(decoding: body[30...], as: UTF8.self)
        return base62(crc32(random), width: 6) == checksum
    }
}
