/// One way a credential value can be written: itself, or encoded. A value inside a longer base64
/// text is encoded differently at each of three byte offsets, so each alignment is a form of its
/// own, cut to the characters that depend on the value alone.
struct CredentialForm: Sendable, Equatable {
    let bytes: [UInt8]
    /// nil for the value itself, else how it was encoded ("base64-encoded").
    let encoding: String?

    /// The shortest value or form looked for: shorter strings occur by chance.
    static let shortest = 12

    static func forms(of value: [UInt8]) -> [CredentialForm] {
        var forms = [CredentialForm(bytes: value, encoding: nil)]
        func add(_ bytes: [UInt8], _ encoding: String) {
            guard bytes.count >= shortest, !forms.contains(where: { $0.bytes == bytes }) else { return }
            forms.append(CredentialForm(bytes: bytes, encoding: encoding))
        }
        for offset in 0..<3 {
            let encoded = base64Core(of: value, offset: offset)
            add(encoded, "base64-encoded")
            add(encoded.map { $0 == UInt8(ascii: "+") ? UInt8(ascii: "-") : $0 == UInt8(ascii: "/") ? UInt8(ascii: "_") : $0 }, "base64-encoded")
        }
        let digits = Array("0123456789abcdef".utf8)
        let hex = value.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0xF)]] }
        add(hex, "hex-encoded")
        add(hex.map { $0 >= UInt8(ascii: "a") ? $0 - 32 : $0 }, "hex-encoded")
        add(percentEncoded(value), "URL-encoded")
        return forms
    }

    /// The base64 characters that depend only on `value` when it starts `offset` bytes into a
    /// 3-byte group: the characters shared with the bytes before and after are cut off.
    static func base64Core(of value: [UInt8], offset: Int) -> [UInt8] {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        let bytes = [UInt8](repeating: 0, count: offset) + value
        var characters: [UInt8] = []
        var index = 0
        while index + 3 <= bytes.count {
            let group = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            for shift in [18, 12, 6, 0] { characters.append(alphabet[Int((group >> UInt32(shift)) & 0x3F)]) }
            index += 3
        }
        // Whole groups only: a last partial group shares its final character with what follows.
        let leading = offset == 0 ? 0 : offset + 1
        return leading < characters.count ? Array(characters[leading...]) : []
    }

    /// Every byte but the unreserved ones (RFC 3986) as `%XX`; the value itself when nothing changes.
    static func percentEncoded(_ value: [UInt8]) -> [UInt8] {
        let hex = Array("0123456789ABCDEF".utf8)
        var output: [UInt8] = []
        for byte in value {
            let unreserved = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || "-._~".utf8.contains(byte)
            if unreserved { output.append(byte) } else { output += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]] }
        }
        return output
    }
}

extension CredentialValues {
    /// The credential values of a file in `format`.
    static func values(in content: [UInt8], format: Format) -> [[UInt8]] {
        let lines = content.split(separator: UInt8(ascii: "\n")).map { Array($0) }
        switch format {
        case .assignments:
            return lines.compactMap(value(in:))
        case .netrc:
            // Tokens in any layout: the word after each `password`.
            let words = content.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }).map { Array($0) }
            return zip(words, words.dropFirst()).compactMap { name, word in name == Array("password".utf8) ? word : nil }
        case .dockerConfiguration:
            return lines.flatMap(dockerValues(in:))
        case .gitCredentials:
            return lines.compactMap(urlPassword(in:))
        }
    }

    /// `"auth": "BASE64"` gives the encoded pair and the password inside it; the tokens give themselves.
    private static func dockerValues(in line: [UInt8]) -> [[UInt8]] {
        let text = String(decoding: line, as: UTF8.self)
        for name in ["\"auth\"", "\"identitytoken\"", "\"registrytoken\"", "\"password\""] {
            guard let nameRange = text.range(of: name) else { continue }
            let rest = text[nameRange.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "\t" }
            guard rest.first == "\"", let close = rest.dropFirst().firstIndex(of: "\"") else { continue }
            let value = Array(rest[rest.index(after: rest.startIndex)..<close].utf8)
            guard name == "\"auth\"" else { return [value] }
            let decoded = EncodedText.decodeBase64(value) ?? []
            guard let colon = decoded.firstIndex(of: UInt8(ascii: ":")) else { return [value] }
            return [value, Array(decoded[(colon + 1)...])]
        }
        return []
    }

    /// The password of `scheme://user:password@host`, percent-decoded.
    private static func urlPassword(in line: [UInt8]) -> [UInt8]? {
        let text = String(decoding: line.filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }, as: UTF8.self)
        guard let scheme = text.range(of: "://"), let at = text.lastIndex(of: "@"), scheme.upperBound < at else { return nil }
        let credentials = text[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return nil }
        let password = Array(credentials[credentials.index(after: colon)...].utf8)
        var decoded: [UInt8] = []
        var index = 0
        while index < password.count {
            if password[index] == UInt8(ascii: "%"), index + 2 < password.count,
               let byte = UInt8(String(decoding: password[(index + 1)...(index + 2)], as: UTF8.self), radix: 16) {
                decoded.append(byte)
                index += 3
            } else {
                decoded.append(password[index])
                index += 1
            }
        }
        return decoded
    }
}
