import Foundation

/// A rule with its regular expressions compiled on first use.
///
/// `@unchecked Sendable`: the mutable state is three optional caches written once under `lock`;
/// NSRegularExpression itself is immutable and documented as safe to use from many threads.
final class LazyRule: @unchecked Sendable {
    let rule: SecretRule
    private let lock = NSLock()
    private var compiledPattern: NSRegularExpression??
    private var compiledPath: NSRegularExpression??
    private var compiledAllows: [NSRegularExpression]?

    private let stopwords: [[UInt8]]
    private let nameStopwords: [[UInt8]]
    /// What must follow a keyword hit: the rule's own test, or, for a provider's name assigned a
    /// value (`BuiltInRules.named`, `assigned`), an assignment operator after the name.
    let context: KeywordContext?
    /// The pattern begins with `\b`: tried at a keyword, the byte before it must not be a word byte.
    let startsAtWordBoundary: Bool
    let anchored: Bool
    let isGeneric: Bool
    let windowBefore: Int
    let windowAfter: Int

    init(_ rule: SecretRule) {
        self.rule = rule
        self.context = rule.keywordContext ?? (rule.pattern.hasPrefix(BuiltInRules.namedPrefix) ? .assignment : nil)
        let body = rule.pattern.hasPrefix("(?i)") ? rule.pattern.dropFirst(4) : Substring(rule.pattern)
        self.startsAtWordBoundary = body.hasPrefix(#"\b"#)
        self.anchored = rule.matchesAtKeyword
        self.isGeneric = rule.isGeneric
        self.windowBefore = rule.windowBefore
        self.windowAfter = rule.windowAfter
        self.stopwords = rule.stopwords.map { ValueFilters.lowercased(Array($0.utf8)) }
        self.nameStopwords = rule.nameStopwords.map { ValueFilters.lowercased(Array($0.utf8)) }
    }

    private var pattern: NSRegularExpression? {
        lock.withLock {
            if let known = compiledPattern { return known }
            let made = try? NSRegularExpression(pattern: rule.pattern)
            compiledPattern = .some(made)
            return made
        }
    }

    func applies(to path: String) -> Bool {
        guard let pathPattern = rule.pathPattern else { return true }
        let expression: NSRegularExpression? = lock.withLock {
            if let known = compiledPath { return known }
            let made = try? NSRegularExpression(pattern: pathPattern)
            compiledPath = .some(made)
            return made
        }
        guard let expression else { return false }
        return expression.firstMatch(in: path, range: NSRange(location: 0, length: path.utf16.count)) != nil
    }

    /// Byte ranges, within `bytes`, of the secret group of every match inside `window` (only a match
    /// at the window's start when `anchored`), with the name the secret is assigned to when the rule
    /// captures one.
    func secretRanges(in bytes: UnsafeBufferPointer<UInt8>, window: Range<Int>, anchored: Bool = false) -> [(start: Int, end: Int, name: String?)] {
        guard let pattern else { return [] }
        // Each byte becomes one UTF-16 unit, so match offsets are byte offsets whatever the file's
        // encoding. Bytes of 0x80 and above all become U+0080, a control character: ICU would read
        // Latin-1 0x85 or 0xA0 as white space and 0xC0-0xFF as letters, and the rules' classes are
        // ASCII, so no rule can tell the difference.
        let text = LazyRule.asciiText(UnsafeBufferPointer(rebasing: bytes[window]))
        let range = NSRange(location: 0, length: text.utf16.count)
        let matches = anchored
            ? pattern.firstMatch(in: text, options: .anchored, range: range).map { [$0] } ?? []
            : pattern.matches(in: text, range: range)
        var ranges: [(start: Int, end: Int, name: String?)] = []
        for match in matches {
            let group = rule.secretGroup < match.numberOfRanges ? match.range(at: rule.secretGroup) : match.range
            guard group.location != NSNotFound, group.length > 0 else { continue }
            var name: String?
            if let nameGroup = rule.nameGroup, nameGroup < match.numberOfRanges, match.range(at: nameGroup).location != NSNotFound {
                let nameRange = match.range(at: nameGroup)
                var start = window.lowerBound + (anchored ? 0 : nameRange.location)
                if anchored {
                    while start > 0, LazyRule.isNameByte(bytes[start - 1]) { start -= 1 }
                }
                let end = window.lowerBound + nameRange.location + nameRange.length
                name = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<max(start, end)]), as: UTF8.self)
            }
            ranges.append((window.lowerBound + group.location, window.lowerBound + group.location + group.length, name))
        }
        return ranges
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    /// Whether a matched value passes the rule's checks and the global placeholder filter.
    func accepts(_ secret: String, name: String?) -> Bool {
        if let name, !nameStopwords.isEmpty {
            let loweredName = ValueFilters.lowercased(Array(name.utf8))
            if nameStopwords.contains(where: { loweredName.containsBytes($0) }) { return false }
        }
        if let floor = rule.minimumEntropy, shannonEntropy(secret.utf8) < floor { return false }
        if ValueFilters.isPlaceholder(secret) { return false }
        if !stopwords.isEmpty {
            let lowered = ValueFilters.lowercased(Array(secret.utf8))
            if stopwords.contains(where: { lowered.containsBytes($0) }) { return false }
        }
        if !rule.valueChecks.allSatisfy({ ValueFilters.passes($0, secret) }) { return false }
        if !rule.allowPatterns.isEmpty {
            let allows: [NSRegularExpression] = lock.withLock {
                if let known = compiledAllows { return known }
                let made = rule.allowPatterns.compactMap { try? NSRegularExpression(pattern: $0) }
                compiledAllows = made
                return made
            }
            let range = NSRange(location: 0, length: secret.utf16.count)
            if allows.contains(where: { $0.firstMatch(in: secret, range: range) != nil }) { return false }
        }
        return !PublishedExamples.contains(secret)
    }

    static func asciiText(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if !bytes.contains(where: { $0 >= 0x80 }) {
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(decoding: bytes.map { $0 < 0x80 ? UInt16($0) : 0x80 }, as: UTF16.self)
    }
}

/// Line starts of a buffer, for turning byte offsets into 1-based line numbers.
struct LineIndex {
    private let starts: [Int]
    private let count: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        self.starts = starts
        self.count = bytes.count
    }

    func lineNumber(of offset: Int) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// The byte range of the line holding `offset`, without its newline.
    func lineRange(containing offset: Int) -> Range<Int> {
        let line = lineNumber(of: offset)
        let start = starts[line - 1]
        let end = line < starts.count ? starts[line] - 1 : count
        return start..<max(start, end)
    }
}
