/// A gitignore-like glob over repository-relative paths: `*` and `?` stay within one path segment,
/// `**` crosses segments, and a pattern without a slash matches the name in any folder.
public struct PathGlob: Sendable, Hashable {
    public let pattern: String
    private let bytes: [UInt8]
    private let anchored: Bool
    /// `**/name` and plain names, the usual case, compare as a literal name instead of matching.
    private let literalName: [UInt8]?

    public init(_ pattern: String) {
        self.pattern = pattern
        var text = pattern
        if text.hasPrefix("/") { text.removeFirst() }
        self.anchored = pattern.contains("/")
        self.bytes = Array(text.utf8)
        let name = text.hasPrefix("**/") ? String(text.dropFirst(3)) : (anchored ? nil : text)
        self.literalName = name.flatMap { $0.contains(where: { "*?/[".contains($0) }) ? nil : Array($0.utf8) }
    }

    public func matches(_ path: String) -> Bool {
        matches(bytes: Array(path.utf8))
    }

    /// `matches` on a path's bytes, with no string made: what is asked of every entry of a
    /// 100,000-file index.
    public func matches(bytes subject: [UInt8]) -> Bool {
        if let literalName {
            return subject == literalName
                || (subject.count > literalName.count && subject[subject.count - literalName.count - 1] == UInt8(ascii: "/")
                    && subject.suffix(literalName.count).elementsEqual(literalName))
        }
        if PathGlob.match(bytes[...], subject[...]) { return true }
        guard !anchored else { return false }
        // An unanchored pattern also matches the name after any slash: `*.lock` matches `a/b.lock`.
        for (index, byte) in subject.enumerated() where byte == UInt8(ascii: "/") {
            if PathGlob.match(bytes[...], subject[(index + 1)...]) { return true }
        }
        return false
    }

    private static func match(_ pattern: ArraySlice<UInt8>, _ subject: ArraySlice<UInt8>) -> Bool {
        let star = UInt8(ascii: "*"), question = UInt8(ascii: "?"), slash = UInt8(ascii: "/")
        guard let first = pattern.first else { return subject.isEmpty }
        if first == star {
            let doubled = pattern.count > 1 && pattern[pattern.startIndex + 1] == star
            let rest = pattern.dropFirst(doubled ? 2 : 1)
            // `**/` may also match nothing at all.
            if doubled, rest.first == slash, match(rest.dropFirst(), subject) { return true }
            var candidate = subject
            while true {
                if match(rest, candidate) { return true }
                guard let next = candidate.first, doubled || next != slash else { return false }
                candidate = candidate.dropFirst()
            }
        }
        guard let next = subject.first else { return false }
        if first == question ? next != slash : first == next {
            return match(pattern.dropFirst(), subject.dropFirst())
        }
        return false
    }
}
