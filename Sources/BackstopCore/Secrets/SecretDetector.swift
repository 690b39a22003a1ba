import Foundation

/// What a person has allowed, and how the detector treats paths.
public struct DetectorOptions: Sendable {
    /// Findings in paths matching these globs are dropped (config `scan.allowPaths`).
    public var allowedPaths: [PathGlob]
    /// Fingerprints accepted by a person (`.backstopignore`).
    public var ignoredFingerprints: Set<String>
    /// A line containing one of these markers is never a finding.
    public var inlineAllowMarkers: [String]

    public init(
        allowedPaths: [PathGlob] = [], ignoredFingerprints: Set<String> = [],
        inlineAllowMarkers: [String] = DetectorOptions.defaultInlineAllowMarkers
    ) {
        self.allowedPaths = allowedPaths
        self.ignoredFingerprints = ignoredFingerprints
        self.inlineAllowMarkers = inlineAllowMarkers
    }

    /// Backstop's own marker, and those of gitleaks and detect-secrets so existing allowances carry over.
    public static let defaultInlineAllowMarkers = ["backstop:allow", "gitleaks:allow", "pragma: allowlist secret"]
}

/// Turns fragments into findings: one keyword pass over the bytes, then each rule's regular expression
/// on a window around each of its keyword hits, then the rule's and the person's allowances.
///
/// Safe to share between threads: compiled expressions are immutable and built once, on first use,
/// so a hook that meets no keyword compiles nothing.
public final class SecretDetector: Sendable {
    public let rules: [SecretRule]
    public let options: DetectorOptions
    private let matcher: KeywordMatcher
    private let rulesByKeyword: [[Int]]
    private let compiled: [LazyRule]

    public init(rules: [SecretRule], options: DetectorOptions = DetectorOptions()) {
        self.rules = rules
        self.options = options
        var keywordIndex: [String: Int] = [:]
        var rulesByKeyword: [[Int]] = []
        for (ruleIndex, rule) in rules.enumerated() {
            for keyword in Set(rule.keywords.map { $0.lowercased() }) {
                let index = keywordIndex[keyword] ?? rulesByKeyword.count
                if index == rulesByKeyword.count {
                    keywordIndex[keyword] = index
                    rulesByKeyword.append([])
                }
                rulesByKeyword[index].append(ruleIndex)
            }
        }
        let keywords = keywordIndex.sorted { $0.value < $1.value }.map(\.key)
        self.matcher = KeywordMatcher(keywords: keywords)
        self.rulesByKeyword = rulesByKeyword
        self.compiled = rules.map(LazyRule.init)
    }

    /// Pays the regular expression engine's one-time set-up (ICU builds its character tables on the
    /// first compile), so a caller can do it while it waits for something else.
    public static func prepareRegularExpressions() {
        _ = try? NSRegularExpression(pattern: "[a-z]+")
    }

    /// Whether findings in this path are allowed by configuration (the caller may skip reading it).
    public func isAllowedPath(_ path: String) -> Bool {
        options.allowedPaths.contains { $0.matches(path) }
    }

    public func findings(in fragment: Fragment) -> [Finding] {
        findings(in: fragment, reportingSecretsStartingIn: 0..<fragment.bytes.count)
    }

    /// The findings whose secret starts within `reported` (byte offsets into the fragment): a
    /// window reports only its own stretch, and the windows either side read the rest.
    public func findings(in fragment: Fragment, reportingSecretsStartingIn reported: Range<Int>) -> [Finding] {
        findingsAndMarked(in: fragment, reportingSecretsStartingIn: reported).findings
    }

    /// The findings, and apart from them those an inline allowance marker on their line excused:
    /// the watcher judges a marker that arrives with its secret as the writer excusing itself.
    public func findingsAndMarked(in fragment: Fragment, reportingSecretsStartingIn reported: Range<Int>? = nil) -> (findings: [Finding], marked: [Finding]) {
        guard !fragment.bytes.isEmpty, !isAllowedPath(fragment.path) else { return ([], []) }
        let reported = reported ?? 0..<fragment.bytes.count
        return fragment.bytes.withUnsafeBufferPointer { bytes in
            let candidates = self.candidates(in: bytes, path: fragment.path, decodingDepth: Self.decodingDepth)
            return report(candidates, reporting: reported, in: bytes, fragment: fragment)
        }
    }

    /// The most bytes one match can span, from the context its rule reads before a keyword to the
    /// end of its window after it: windows that overlap by this much miss no secret.
    public var longestMatchBytes: Int {
        rules.map { rule in (rule.matchesAtKeyword ? 0 : rule.windowBefore) + (rule.keywords.map(\.utf8.count).max() ?? 0) + rule.windowAfter }.max() ?? 0
    }

    /// A match that passed its rule's checks, before the person's allowances are applied. A secret
    /// read from an encoded stretch or a joined line spans all of it, and `secret` is what was read.
    private struct Candidate {
        let ruleIndex: Int
        let secretStart: Int
        let secretEnd: Int
        let secret: String
        var hiddenBy: String? = nil
    }

    /// How many encodings deep a secret is looked for (base64 of a URL-encoded token is two).
    static let decodingDepth = 2

    /// The plain matches, then those that only an encoded stretch's decoding or a line's joined
    /// string literals show. Where both cover the same bytes, a plain specific match wins and a
    /// plain generic one gives way.
    private func candidates(in bytes: UnsafeBufferPointer<UInt8>, path: String, decodingDepth: Int) -> [Candidate] {
        var found = plainCandidates(in: bytes, path: path)
        var hidden: [Candidate] = []
        if decodingDepth > 0 {
            for stretch in EncodedText.stretches(in: bytes) {
                let inner = stretch.decoded.withUnsafeBufferPointer { candidates(in: $0, path: path, decodingDepth: decodingDepth - 1) }
                for candidate in inner {
                    hidden.append(Candidate(ruleIndex: candidate.ruleIndex, secretStart: stretch.range.lowerBound, secretEnd: stretch.range.upperBound,
                                            secret: candidate.secret, hiddenBy: (candidate.hiddenBy.map { "\($0) in " } ?? "") + stretch.encoding.rawValue + "-encoded"))
                }
            }
        }
        for line in ConcatenatedStrings.joinedLines(in: bytes) {
            let inner = line.bytes.withUnsafeBufferPointer { plainCandidates(in: $0, path: path) }
            for candidate in inner where line.joins.contains(where: { candidate.secretStart < $0 && $0 < candidate.secretEnd }) {
                hidden.append(Candidate(ruleIndex: candidate.ruleIndex, secretStart: line.origins[candidate.secretStart],
                                        secretEnd: line.origins[candidate.secretEnd - 1] + 1, secret: candidate.secret, hiddenBy: "split into joined strings"))
            }
        }
        // What a generic rule saw of the encoded or split form gives way to the specific secret inside.
        for candidate in hidden {
            let overlaps = { (other: Candidate) in other.secretStart < candidate.secretEnd && candidate.secretStart < other.secretEnd }
            let isGeneric = { (other: Candidate) in self.compiled[other.ruleIndex].isGeneric }
            if found.contains(where: { overlaps($0) && (!isGeneric($0) || isGeneric(candidate)) }) { continue }
            found.removeAll { overlaps($0) }
            found.append(candidate)
        }
        return found
    }

    private func plainCandidates(in bytes: UnsafeBufferPointer<UInt8>, path: String) -> [Candidate] {
        let hits = matcher.hits(in: bytes)
        guard !hits.isEmpty else { return [] }

        var windowsByRule: [Int: [Range<Int>]] = [:]
        for hit in hits {
            let keywordLength = matcher.keywords[hit.keyword].count
            for ruleIndex in rulesByKeyword[hit.keyword] {
                // The rule's scalars, not the rule: copying a rule per hit retains each of its strings.
                let lazy = compiled[ruleIndex]
                if let context = lazy.context, !context.admits(bytes, after: hit.start + keywordLength) { continue }
                // An anchored pattern that starts at a word boundary cannot start inside a word.
                if lazy.anchored, lazy.startsAtWordBoundary, hit.start > 0, KeywordContext.isWordByte(bytes[hit.start - 1]) { continue }
                let before = lazy.anchored ? 0 : lazy.windowBefore
                let window = max(0, hit.start - before)..<min(bytes.count, hit.start + keywordLength + lazy.windowAfter)
                windowsByRule[ruleIndex, default: []].append(window)
            }
        }

        var found: [Candidate] = []
        for (ruleIndex, windows) in windowsByRule.sorted(by: { $0.key < $1.key }) {
            let rule = compiled[ruleIndex]
            guard rule.applies(to: path) else { continue }
            var seenStarts = Set<Int>()
            // Anchored rules keep one window per hit; the others merge overlapping windows so no
            // byte is matched twice.
            let anchored = rule.anchored
            for window in anchored ? SecretDetector.distinctStarts(windows) : SecretDetector.merged(windows) {
                for (start, end, name) in rule.secretRanges(in: bytes, window: window, anchored: anchored) where seenStarts.insert(start).inserted {
                    let secret = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                    if rule.accepts(secret, name: name) {
                        found.append(Candidate(ruleIndex: ruleIndex, secretStart: start, secretEnd: end, secret: secret))
                    }
                }
            }
        }
        // A generic rule gives way to a specific rule that found the same secret, and of two specific
        // rules that found exactly the same bytes, the first in the catalogue speaks.
        let specific = found.filter { !compiled[$0.ruleIndex].isGeneric }
        var reported = Set<Range<Int>>()
        return found.filter { candidate in
            if compiled[candidate.ruleIndex].isGeneric {
                return !specific.contains { $0.secretStart < candidate.secretEnd && candidate.secretStart < $0.secretEnd }
            }
            return reported.insert(candidate.secretStart..<candidate.secretEnd).inserted
        }
    }

    private func report(_ candidates: [Candidate], reporting reported: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>,
                        fragment: Fragment) -> (findings: [Finding], marked: [Finding]) {
        guard !candidates.isEmpty else { return ([], []) }
        let lines = LineIndex(bytes)
        var findings: [Finding] = []
        var marked: [Finding] = []
        for candidate in candidates.sorted(by: { $0.secretStart < $1.secretStart }) where reported.contains(candidate.secretStart) {
            let rule = rules[candidate.ruleIndex]
            let lineRange = lines.lineRange(containing: candidate.secretStart)
            let lineText = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineRange]), as: UTF8.self)
            let isMarked = options.inlineAllowMarkers.contains(where: { lineText.contains($0) })
            let fingerprint = Redaction.fingerprint(ruleID: rule.id, secret: candidate.secret)
            if options.ignoredFingerprints.contains(fingerprint) { continue }

            let redacted = Redaction.redact(candidate.secret)
            let masked = SecretDetector.mask(lineRange, in: bytes, secrets: candidates.map { $0.secretStart..<$0.secretEnd },
                                             focus: candidate.secretStart, redacted: redacted)
            let windowLine = lines.lineNumber(of: candidate.secretStart)
            let fragmentLine = windowLine + fragment.firstLine - 1
            let line = fragment.lineNumbers.map { fragmentLine <= $0.count ? $0[fragmentLine - 1] : fragmentLine } ?? fragmentLine
            // A name is shown masked in place of the path: the path is the secret's line.
            let path = fragment.part == .name ? masked : fragment.path
            let finding = Finding(
                ruleID: rule.id, description: rule.description + (candidate.hiddenBy.map { " (\($0))" } ?? ""), path: path, line: line,
                column: candidate.secretStart - lineRange.lowerBound + 1 + (windowLine == 1 ? fragment.firstColumn - 1 : 0),
                commit: fragment.commit, redacted: redacted, excerpt: Redaction.excerpt(maskedLine: masked, focus: redacted),
                fingerprint: fingerprint, part: fragment.part)
            if isMarked { marked.append(finding) } else { findings.append(finding) }
        }
        return (findings, marked)
    }

    /// The line as text with every secret on it masked; the focused secret shows its redacted form.
    private static func mask(_ line: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, secrets: [Range<Int>], focus: Int, redacted: String) -> String {
        var output: [UInt8] = []
        var position = line.lowerBound
        for secret in secrets.sorted(by: { $0.lowerBound < $1.lowerBound }) where secret.overlaps(line) {
            let start = max(secret.lowerBound, position)
            guard start < line.upperBound else { break }
            output += bytes[position..<start]
            output += Array((secret.lowerBound == focus ? redacted : "****").utf8)
            position = max(position, min(secret.upperBound, line.upperBound))
        }
        if position < line.upperBound { output += bytes[position..<line.upperBound] }
        return String(decoding: output, as: UTF8.self)
    }

    /// One window per start, the longest: `pass` and `password` hit at the same byte, and an anchored
    /// rule needs trying there once.
    static func distinctStarts(_ windows: [Range<Int>]) -> [Range<Int>] {
        var longest: [Int: Int] = [:]
        for window in windows { longest[window.lowerBound] = max(longest[window.lowerBound] ?? 0, window.upperBound) }
        return longest.sorted { $0.key < $1.key }.map { $0.key..<$0.value }
    }

    static func merged(_ windows: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for window in windows.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, window.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, window.upperBound)
            } else {
                result.append(window)
            }
        }
        return result
    }
}
