/// The values an ignored secret file (`.env`, `.env.local`) holds, so the watcher can tell when one
/// is written into a work file (`credential-copy`), whatever its shape: the scanner's rules know
/// the shapes of provider tokens, not a database password.
public struct CredentialValues: Sendable {
    public struct Value: Sendable {
        public let source: RepositoryPath
        public let bytes: [UInt8]
    }

    public private(set) var values: [Value] = []

    public init() {}

    /// Replaces what was read from `source` with the values in `content` (nil: the file is gone).
    public mutating func read(_ content: [UInt8]?, from source: RepositoryPath) {
        values.removeAll { $0.source == source }
        guard let content else { return }
        for line in content.split(separator: UInt8(ascii: "\n")) {
            if let value = Self.value(in: Array(line)) { values.append(Value(source: source, bytes: value)) }
        }
    }

    /// The secret files whose values `after` holds and `before` did not.
    public func copies(into after: [UInt8], before: [UInt8]?) -> [RepositoryPath] {
        var sources: [RepositoryPath] = []
        for value in values where !sources.contains(value.source) {
            if after.containsBytes(value.bytes), !(before?.containsBytes(value.bytes) ?? false) { sources.append(value.source) }
        }
        return sources
    }

    /// The rule id of a secret file's value found where it does not belong (`credential-copy`).
    public static let ruleID = "credential-copy"

    /// The values of the secret files that `fragment` holds, as findings: the value redacted like a
    /// secret, the fingerprint made from it, never the value itself. `ignoredFingerprints` are the
    /// ones a person accepted (`.backstopignore`). Used where no earlier content can be compared
    /// (what a commit adds), so every occurrence counts.
    public func findings(in fragment: Fragment, ignoredFingerprints: Set<String> = []) -> [Finding] {
        guard !values.isEmpty, !fragment.bytes.isEmpty else { return [] }
        var lines: LineIndex?
        var findings: [Finding] = []
        var seen = Set<[UInt8]>()
        for value in values where seen.insert(value.bytes).inserted {
            let secret = String(decoding: value.bytes, as: UTF8.self)
            let fingerprint = Redaction.fingerprint(ruleID: Self.ruleID, secret: secret)
            if ignoredFingerprints.contains(fingerprint) { continue }
            let offsets = fragment.bytes.offsets(of: value.bytes)
            guard !offsets.isEmpty else { continue }
            let index = lines ?? fragment.bytes.withUnsafeBufferPointer { LineIndex($0) }
            lines = index
            let redacted = Redaction.redact(secret)
            for offset in offsets {
                let lineRange = index.lineRange(containing: offset)
                let end = min(lineRange.upperBound, offset + value.bytes.count)
                let masked = String(decoding: fragment.bytes[lineRange.lowerBound..<offset], as: UTF8.self) + redacted
                    + String(decoding: fragment.bytes[end..<lineRange.upperBound], as: UTF8.self)
                let windowLine = index.lineNumber(of: offset)
                let fragmentLine = windowLine + fragment.firstLine - 1
                let line = fragment.lineNumbers.map { fragmentLine <= $0.count ? $0[fragmentLine - 1] : fragmentLine } ?? fragmentLine
                findings.append(Finding(
                    ruleID: Self.ruleID, description: "a value from \(value.source)", path: fragment.part == .name ? masked : fragment.path,
                    line: line, column: offset - lineRange.lowerBound + 1 + (windowLine == 1 ? fragment.firstColumn - 1 : 0),
                    commit: fragment.commit, redacted: redacted, excerpt: Redaction.excerpt(maskedLine: masked, focus: redacted),
                    fingerprint: fingerprint, part: fragment.part))
            }
        }
        return findings.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// The secret files that credential-copy findings came from, for evidence: `.env, .env.local`.
    public static func sources(of findings: [Finding]) -> String {
        Set(findings.map { $0.description.hasPrefix("a value from ") ? String($0.description.dropFirst(13)) : $0.description })
            .sorted().joined(separator: ", ")
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
