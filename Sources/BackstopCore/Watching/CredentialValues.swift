/// The values an ignored secret file (`.env`, `.env.local`) holds, so the watcher can tell when one
/// is written into a work file (`credential-copy`), whatever its shape: the scanner's rules know
/// the shapes of provider tokens, not a database password.
public struct CredentialValues: Sendable {
    public struct Value: Sendable {
        public let source: RepositoryPath
        public let bytes: [UInt8]
        /// The value as it would be written: itself, and its base64, hex and URL-encoded forms.
        let forms: [CredentialForm]

        init(source: RepositoryPath, bytes: [UInt8]) {
            self.source = source
            self.bytes = bytes
            self.forms = CredentialForm.forms(of: bytes)
        }
    }

    /// How a file holding credentials is laid out.
    public enum Format: Sendable {
        /// `NAME=value`, `export NAME="value"`, `name: value`, `name = value`: `.env`, INI (AWS's
        /// credentials file) and YAML (the GitHub CLI's hosts file).
        case assignments
        /// `machine HOST login USER password SECRET`, on one line or several (`~/.netrc`).
        case netrc
        /// Docker's `config.json`: `"auth"` (base64 of `user:password`), `"identitytoken"`, `"registrytoken"`.
        case dockerConfiguration
        /// `https://user:secret@host` lines (`~/.git-credentials`).
        case gitCredentials
    }

    public private(set) var values: [Value] = []
    /// The first bytes of every form, for one pass over a text.
    private var matcher = KeywordMatcher(keywords: [])
    private var formsByKeyword: [(value: Int, form: Int)] = []

    public init() {}

    /// Replaces what was read from `source` with the values in `content` (nil: the file is gone).
    public mutating func read(_ content: [UInt8]?, from source: RepositoryPath, format: Format = .assignments) {
        values.removeAll { $0.source == source }
        if let content {
            for value in Self.values(in: content, format: format) where value.count >= CredentialForm.shortest {
                values.append(Value(source: source, bytes: value))
            }
        }
        rebuildMatcher()
    }

    /// Adds what `other` read.
    public mutating func add(_ other: CredentialValues) {
        values += other.values
        rebuildMatcher()
    }

    private mutating func rebuildMatcher() {
        var keywords: [String] = []
        formsByKeyword = []
        for (valueIndex, value) in values.enumerated() {
            for (formIndex, form) in value.forms.enumerated() {
                keywords.append(String(decoding: form.bytes.prefix(CredentialForm.shortest), as: UTF8.self))
                formsByKeyword.append((valueIndex, formIndex))
            }
        }
        matcher = KeywordMatcher(keywords: keywords)
    }

    /// The secret files whose values, in any form, `after` holds and `before` did not.
    public func copies(into after: [UInt8], before: [UInt8]?) -> [RepositoryPath] {
        let inAfter = occurrences(in: after)
        guard !inAfter.isEmpty else { return [] }
        let inBefore = before.map { Set(occurrences(in: $0).map { values[$0.value].bytes }) } ?? []
        var sources: [RepositoryPath] = []
        for found in inAfter where !inBefore.contains(values[found.value].bytes) && !sources.contains(values[found.value].source) {
            sources.append(values[found.value].source)
        }
        return sources
    }

    /// Every place a value's form occurs in `bytes`, by offset; overlapping forms of one place count once.
    private func occurrences(in bytes: [UInt8]) -> [(value: Int, form: Int, start: Int, end: Int)] {
        guard !values.isEmpty else { return [] }
        var found: [(value: Int, form: Int, start: Int, end: Int)] = []
        for hit in matcher.hits(in: bytes) {
            let (valueIndex, formIndex) = formsByKeyword[hit.keyword]
            let form = values[valueIndex].forms[formIndex].bytes
            let end = hit.start + form.count
            guard end <= bytes.count, bytes[hit.start..<end].elementsEqual(form) else { continue }
            if found.contains(where: { $0.start < end && hit.start < $0.end }) { continue }
            found.append((valueIndex, formIndex, hit.start, end))
        }
        return found
    }

    /// The rule id of a secret file's value found where it does not belong (`credential-copy`).
    public static let ruleID = "credential-copy"

    /// The values of the secret files that `fragment` holds, as findings: the value redacted like a
    /// secret, the fingerprint made from it, never the value itself. `ignoredFingerprints` are the
    /// ones a person accepted (`.backstopignore`). Used where no earlier content can be compared
    /// (what a commit adds), so every occurrence counts.
    public func findings(in fragment: Fragment, ignoredFingerprints: Set<String> = []) -> [Finding] {
        let found = occurrences(in: fragment.bytes)
        guard !found.isEmpty else { return [] }
        let index = fragment.bytes.withUnsafeBufferPointer { LineIndex($0) }
        var findings: [Finding] = []
        for occurrence in found {
            let value = values[occurrence.value]
            let secret = String(decoding: value.bytes, as: UTF8.self)
            let fingerprint = Redaction.fingerprint(ruleID: Self.ruleID, secret: secret)
            if ignoredFingerprints.contains(fingerprint) { continue }
            let redacted = Redaction.redact(secret)
            let offset = occurrence.start
            let lineRange = index.lineRange(containing: offset)
            let end = min(lineRange.upperBound, occurrence.end)
            let masked = String(decoding: fragment.bytes[lineRange.lowerBound..<offset], as: UTF8.self) + redacted
                + String(decoding: fragment.bytes[end..<lineRange.upperBound], as: UTF8.self)
            let windowLine = index.lineNumber(of: offset)
            let fragmentLine = windowLine + fragment.firstLine - 1
            let line = fragment.lineNumbers.map { fragmentLine <= $0.count ? $0[fragmentLine - 1] : fragmentLine } ?? fragmentLine
            let encoding = value.forms[occurrence.form].encoding.map { " (\($0))" } ?? ""
            findings.append(Finding(
                ruleID: Self.ruleID, description: "a value from \(value.source)" + encoding, path: fragment.part == .name ? masked : fragment.path,
                line: line, column: offset - lineRange.lowerBound + 1 + (windowLine == 1 ? fragment.firstColumn - 1 : 0),
                commit: fragment.commit, redacted: redacted, excerpt: Redaction.excerpt(maskedLine: masked, focus: redacted),
                fingerprint: fingerprint, part: fragment.part))
        }
        return findings.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// The secret files that credential-copy findings came from, for evidence: `.env, .env.local`.
    public static func sources(of findings: [Finding]) -> String {
        Set(findings.map { finding in
            guard finding.description.hasPrefix("a value from ") else { return finding.description }
            let source = finding.description.dropFirst(13)
            return String(source.range(of: " (").map { source[..<$0.lowerBound] } ?? source)
        }).sorted().joined(separator: ", ")
    }

    /// The value of `NAME=value`, `export NAME="value"` or `NAME: value`, if it looks like a credential:
    /// at least 12 bytes without spaces, mixing at least two of lower case, upper case, digits and
    /// symbols, with some entropy; a URL only when it carries credentials (`user:pass@`). Settings
    /// such as `development` or `http://localhost:3000` are left alone: they appear in code anyway.
    static func value(in line: [UInt8]) -> [UInt8]? {
        var text = ArraySlice(line).drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        guard text.first != UInt8(ascii: "#") else { return nil }
        if text.starts(with: Array("export ".utf8)) { text = text.dropFirst(7) }
        guard let separator = text.firstIndex(where: { $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: ":") }) else { return nil }
        var value = text[text.index(after: separator)...].drop { $0 == UInt8(ascii: " ") }
        while let last = value.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\r") || last == UInt8(ascii: "\t") { value = value.dropLast() }
        if let first = value.first, first == UInt8(ascii: "\"") || first == UInt8(ascii: "'"), value.count >= 2, value.last == first {
            value = value.dropFirst().dropLast()
        }
        guard value.count >= 12, !value.contains(UInt8(ascii: " ")) else { return nil }
        let bytes = Array(value)
        if bytes.containsBytes(Array("://".utf8)), !bytes.contains(UInt8(ascii: "@")) { return nil }
        let classes = [
            bytes.contains { $0 >= 0x61 && $0 <= 0x7A }, bytes.contains { $0 >= 0x41 && $0 <= 0x5A },
            bytes.contains { $0 >= 0x30 && $0 <= 0x39 }, bytes.contains { $0 > 0x20 && $0 < 0x7F && !isAlphanumeric($0) },
        ].filter { $0 }.count
        guard classes >= 2, shannonEntropy(bytes) >= 3 else { return nil }
        return bytes
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
