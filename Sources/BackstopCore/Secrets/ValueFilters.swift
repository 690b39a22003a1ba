/// What makes a matched value not a secret: placeholders, templates, references and identifiers.
/// These apply to every rule; `ValueCheck`s are opted into per rule.
public enum ValueFilters {
    /// Substrings (lower-case) that mark a value as a stand-in for a secret rather than one.
    static let placeholderMarkers = [
        "xxxx", "****", "...", "example", "changeme", "change_me", "change-me", "placeholder",
        "your_", "your-", "yourkey", "yourtoken", "yoursecret", "<", ">", "${", "{{", "}}", "%s", "%(",
        "redacted", "dummy", "sample", "replace_me", "replaceme", "insert_", "todo", "fixme",
        "0000000000", "1234567890", "abcdefghij", "notarealkey", "not_a_real", "not-a-real",
    ]

    /// True when the value is a placeholder, a template or an environment look-up.
    ///
    /// Stand-ins are written in one case (`xxxx`, `XXXX`, `your_key`, `EXAMPLE`), so a marker counts
    /// only in lower or upper case: random tokens mix cases and would otherwise lose a real secret to
    /// `ToDo` now and then. Values over 100 characters (key bodies) are never placeholders by marker.
    public static func isPlaceholder(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        guard let first = bytes.first else { return false }
        if first == UInt8(ascii: "$") || (first == UInt8(ascii: "%") && bytes.last == UInt8(ascii: "%")) { return true }
        if bytes.allSatisfy({ $0 == first }) { return true }
        guard bytes.count <= 100 else { return false }
        if markerBytes.contains(where: { lower, upper in bytes.containsBytes(lower) || bytes.containsBytes(upper) }) { return true }
        return isEncodedPlaceholder(bytes)
    }

    /// A placeholder written in base64 (a Kubernetes Secret's `data:` of `your-token-here`).
    private static func isEncodedPlaceholder(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 12, let decoded = EncodedText.decodeBase64(bytes),
              EncodedText.isText(decoded) else { return false }
        return isPlaceholder(String(decoding: decoded, as: UTF8.self))
    }

    private static let markerBytes: [(lower: [UInt8], upper: [UInt8])] =
        placeholderMarkers.map { (Array($0.utf8), Array($0.uppercased().utf8)) }

    /// ASCII lower-casing of bytes, for case-insensitive stopword tests.
    static func lowercased(_ bytes: [UInt8]) -> [UInt8] {
        bytes.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }
    }

    public static func passes(_ check: ValueCheck, _ value: String) -> Bool {
        switch check {
        case .gitHubChecksum:
            return Checksums.isValidGitHubToken(value)
        case .notUUID:
            return !isUUID(value)
        case .notHexDigest:
            return !([32, 40, 64, 128].contains(value.utf8.count) && value.utf8.allSatisfy(isHexDigit))
        case .containsDigit:
            return value.utf8.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        case .notReference:
            return !isReference(value)
        case .notWordSlug:
            return !isWordSlug(value)
        case .notEncodedWord:
            guard let decoded = EncodedText.decodeBase64(Array(value.utf8)) else { return true }
            return !decoded.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
        }
    }

    /// Two or more parts split by `-`, `_` or `.`, each letters of one case with at most three digits
    /// after them, or digits alone.
    static func isWordSlug(_ value: String) -> Bool {
        let parts = value.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." })
        guard parts.count >= 2 else { return false }
        return parts.allSatisfy { part in
            let letters = part.prefix { $0.isASCII && $0.isLetter }
            let digits = part.dropFirst(letters.count)
            guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
            if letters.isEmpty { return true }
            let oneCase = letters.allSatisfy(\.isLowercase) || letters.allSatisfy(\.isUppercase)
            return oneCase && digits.count <= 3
        }
    }

    static func isUUID(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            if [8, 13, 18, 23].contains(index) {
                if byte != UInt8(ascii: "-") { return false }
            } else if !isHexDigit(byte) {
                return false
            }
        }
        return true
    }

    /// `config.api.token`, `os.getenv(...)`, `settings::SECRET`, `SOME_CONSTANT_NAME`.
    static func isReference(_ value: String) -> Bool {
        if value.contains("::") { return true }
        // A call or a subscript: a name (`get_secret(`, `config[`), not symbols that happen to hold a bracket.
        if let bracket = value.firstIndex(where: { $0 == "(" || $0 == "[" }) {
            let head = value[..<bracket]
            if head.isEmpty || head.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || "_.$".contains($0) }) { return true }
        }
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count > 1, parts.allSatisfy({ part in
            guard let first = part.first, first.isLetter || first == "_" else { return false }
            return part.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        }) {
            return true
        }
        let isConstantName = value.allSatisfy { ($0.isUppercase && $0.isASCII) || $0 == "_" || $0.isNumber }
            && value.contains("_") && value.first?.isLetter == true
        return isConstantName
    }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F"))
    }
}
