/// One credential format, as data: what the detector looks for and what it lets through.
///
/// Every rule is anchored on at least one keyword, a literal that must appear near the secret. The
/// detector finds keywords in one pass over the bytes and runs the rule's regular expression only on
/// a window around each keyword hit, so a rule without a rare keyword makes every scan slower.
public struct SecretRule: Sendable, Hashable {
    /// Stable kebab-case identifier, part of every fingerprint: never rename a shipped rule.
    public let id: String
    /// What a person is told the secret is, e.g. "GitHub personal access token".
    public let description: String
    /// The family the rule belongs to, used to report recall by family ("cloud", "payments", ...).
    public let family: String
    /// An ICU regular expression, ASCII classes only. Matched against a window, not the whole file.
    public let pattern: String
    /// Literals, matched case-insensitively, of which at least one occurs inside every match.
    public let keywords: [String]
    /// The capture group that holds the secret itself; 0 means the whole match.
    public let secretGroup: Int
    /// Shannon entropy floor, in bits per character, that the secret must reach.
    public let minimumEntropy: Double?
    /// A regular expression the file's path must match for the rule to apply (nil: every path).
    public let pathPattern: String?
    /// Regular expressions; a secret matching any of them is not a finding (documented examples).
    public let allowPatterns: [String]
    /// Substrings; a secret containing any of them, case-insensitively, is not a finding.
    public let stopwords: [String]
    /// The capture group that holds the name the secret is assigned to, for `nameStopwords`.
    public let nameGroup: Int?
    /// Substrings; a name containing any of them, case-insensitively, describes a secret without
    /// holding one (`token_type`, `password_hash`, `public_key`).
    public let nameStopwords: [String]
    /// Checks on the shape of the value beyond the pattern.
    public let valueChecks: Set<ValueCheck>
    /// Bytes of context before a keyword hit that the window includes.
    public let windowBefore: Int
    /// Bytes of context after a keyword hit that the window includes (a PEM key needs several KiB).
    public let windowAfter: Int
    /// A generic rule gives way to a specific rule that finds the same secret.
    public let isGeneric: Bool
    /// The pattern begins with the keyword, so it is tried only at each keyword hit (anchored there),
    /// never at every position of a window: the only affordable way for rules whose keywords are
    /// everyday words (`token`, `secret`). `nameGroup` then ends the name, which starts at the
    /// identifier characters just before the keyword (`client_` in `client_secret`).
    public let matchesAtKeyword: Bool
    /// A cheap byte-level test of what follows a keyword hit, run before the regular expression. It
    /// must accept everything the pattern can match; it exists to spare the regex the many hits
    /// that cannot match (a `password` that is compared, not assigned).
    public let keywordContext: KeywordContext?

    public init(
        id: String,
        description: String,
        family: String,
        pattern: String,
        keywords: [String],
        secretGroup: Int = 0,
        minimumEntropy: Double? = nil,
        pathPattern: String? = nil,
        allowPatterns: [String] = [],
        stopwords: [String] = [],
        nameGroup: Int? = nil,
        nameStopwords: [String] = [],
        valueChecks: Set<ValueCheck> = [],
        windowBefore: Int = 160,
        windowAfter: Int = 320,
        isGeneric: Bool = false,
        matchesAtKeyword: Bool = false,
        keywordContext: KeywordContext? = nil
    ) {
        self.id = id
        self.description = description
        self.family = family
        self.pattern = pattern
        self.keywords = keywords
        self.secretGroup = secretGroup
        self.minimumEntropy = minimumEntropy
        self.pathPattern = pathPattern
        self.allowPatterns = allowPatterns
        self.stopwords = stopwords
        self.nameGroup = nameGroup
        self.nameStopwords = nameStopwords
        self.valueChecks = valueChecks
        self.windowBefore = windowBefore
        self.windowAfter = windowAfter
        self.isGeneric = isGeneric
        self.matchesAtKeyword = matchesAtKeyword
        self.keywordContext = keywordContext
    }
}

/// A check on a candidate secret's value that a regular expression cannot express well.
public enum ValueCheck: String, Sendable, Hashable, CaseIterable {
    /// The token's last six characters are the base62 CRC32 of its random part (GitHub's 2021 format).
    case gitHubChecksum
    /// A UUID is an identifier, not a secret.
    case notUUID
    /// A bare hex string of a digest's length (32, 40, 64, 128) is a hash, not a secret.
    case notHexDigest
    /// Generated secrets almost always hold a digit; identifiers and words usually do not.
    case containsDigit
    /// A dotted or called name (`config.token`, `get_secret()`) is a reference, not a value.
    case notReference
    /// Words and small numbers joined by `-`, `_` or `.` (`auth-active-12`, `compute_token_v2`)
    /// name something; a generated secret does not look like that.
    case notWordSlug
    /// Base64 that decodes to a plain word (`production`, `info`) is a setting, not a secret.
    case notEncodedWord
}

/// What must follow a keyword for a rule to be worth trying there.
public enum KeywordContext: String, Sendable, Hashable {
    /// Up to 24 name characters, an optional quote (escaped, or closing a subscript `']`) and white
    /// space, an assignment or key operator (`=`, `:`, `|`, `?`), then a quote within the next 48 bytes.
    case quotedAssignment
    /// The same operator followed by a bare value of at least 12 characters that ends the line (or
    /// meets a `#` comment): `.env`, YAML and INI values.
    case bareAssignment
    /// The end of an XML element's opening tag: `<db_password>` with the value as its text.
    case xmlElement
    /// White space, an optional `by`, white space, then a single quote: SQL's `PASSWORD '...'` and
    /// `IDENTIFIED BY '...'`.
    case sqlLiteral
    /// Up to 48 name bytes, an optional quote and white space, then an assignment or key operator
    /// (`=`, `:`, `|`, `?`): a name assigned a value in any syntax.
    case assignment

    /// Whether `bytes` after `position` (the end of the keyword) can start such a context.
    public func admits(_ bytes: UnsafeBufferPointer<UInt8>, after position: Int) -> Bool {
        var index = position
        let end = bytes.count
        if self == .sqlLiteral { return KeywordContext.startsSQLLiteral(bytes, from: position) }
        if self == .assignment { return KeywordContext.startsAssignment(bytes, from: position) }
        var name = 0
        while index < end, name < 24, KeywordContext.isNameByte(bytes[index]) { index += 1; name += 1 }
        if self == .xmlElement { return index < end && bytes[index] == UInt8(ascii: ">") }
        // A closing quote, escaped in a string (`\"`) or followed by a subscript's `]`.
        if index < end, bytes[index] == UInt8(ascii: "\\") { index += 1 }
        var quoted = false
        if index < end, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") { index += 1; quoted = true }
        if index < end, bytes[index] == UInt8(ascii: "]") { index += 1; quoted = false }
        var spaces = 0
        while index < end, spaces < 4, KeywordContext.isSpace(bytes[index]) { index += 1; spaces += 1 }
        guard index < end else { return false }
        if self == .quotedAssignment, quoted, bytes[index] == UInt8(ascii: ",") {
            // A quoted name, then its value as the next argument: a quote must open it at once.
            index += 1
            while index < end, index - position < 80, KeywordContext.isSpace(bytes[index]) { index += 1 }
            return index < end && (bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") || bytes[index] == UInt8(ascii: "`"))
        }
        guard KeywordContext.isOperator(bytes[index]) else { return false }
        if self == .bareAssignment {
            // `:=` and `?=` (make) are one operator.
            let afterOperator = index + 1 < end && bytes[index + 1] == UInt8(ascii: "=") && bytes[index] != UInt8(ascii: "=") ? index + 2 : index + 1
            return KeywordContext.bareValueEndsLine(bytes, from: afterOperator)
        }
        let limit = min(end, index + 48)
        while index < limit {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") { return true }
            index += 1
        }
        return false
    }

    /// White space, then 12 or more value bytes (`A-Za-z0-9+/=_!@#%^&*.~-`), then white space up to
    /// the end of the line; a `#` after 12 value bytes may also end it.
    private static func bareValueEndsLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var index = start
        let end = bytes.count
        var spaces = 0
        while index < end, spaces < 4, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1; spaces += 1 }
        var length = 0
        while index < end, isBareValueByte(bytes[index]) {
            if bytes[index] == UInt8(ascii: "#"), length >= 12 { return true }
            index += 1
            length += 1
        }
        guard length >= 12 else { return false }
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        return index == end || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == UInt8(ascii: "#")
    }

    private static func startsAssignment(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var index = start
        while index < bytes.count, index - start < 48, isNameByte(bytes[index]) { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") { index += 1 }
        var spaces = 0
        while index < bytes.count, spaces < 4, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1; spaces += 1 }
        guard index < bytes.count else { return false }
        return isOperator(bytes[index])
    }

    /// The first byte of an assignment or key operator (`=`, `:`, `:=`, `=>`, `||`, `?=`, `??`).
    private static func isOperator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "|") || byte == UInt8(ascii: "?")
    }

    /// Letters, digits and `_`: what `\b` sees as a word.
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
    }

    private static func startsSQLLiteral(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var index = start
        func skipSpaces() -> Bool {
            let first = index
            while index < bytes.count, index - first < 4, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            return index > first
        }
        guard skipSpaces(), index < bytes.count else { return false }
        if index + 1 < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "b"), bytes[index + 1] | 0x20 == UInt8(ascii: "y") {
            index += 2
            guard skipSpaces() else { return false }
        }
        return index < bytes.count && bytes[index] == UInt8(ascii: "'")
    }

    private static func isBareValueByte(_ byte: UInt8) -> Bool {
        isNameByte(byte) || "+/=!@#%^&*~".utf8.contains(byte)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    /// ICU's `\s` in ASCII: space, tab, newline, vertical tab, form feed, carriage return.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}
