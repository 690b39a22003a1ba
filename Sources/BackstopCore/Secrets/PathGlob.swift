/// A gitignore-like glob over repository-relative paths: `*` and `?` stay within one path segment,
/// `**` crosses segments, and a pattern without a slash matches the name in any folder.
public struct PathGlob: Sendable, Hashable {
    public let pattern: String
    private let bytes: [UInt8]
    private let anchored: Bool

    public init(_ pattern: String) {
        self.pattern = pattern
        var text = pattern
        if text.hasPrefix("/") { text.removeFirst() }
        self.anchored = pattern.contains("/")
        self.bytes = Array(text.utf8)
    }

    public func matches(_ path: String) -> Bool {
        let subject = Array(path.utf8)
        if PathGlob.match(bytes, subject) { return true }
        guard !anchored else { return false }
        // An unanchored pattern also matches the tail after any slash: `*.lock` matches `a/b.lock`.
        for (index, byte) in subject.enumerated() where byte == UInt8(ascii: "/") {
            if PathGlob.match(bytes, Array(subject[(index + 1)...])) { return true }
        }
        return false
    }

    private static func match(_ pattern: [UInt8], _ subject: [UInt8]) -> Bool {
        let star = UInt8(ascii: "*"), question = UInt8(ascii: "?"), slash = UInt8(ascii: "/")
        // Memoised recursion over (pattern index, subject index); paths are short.
        var memo = [Int: Bool]()
        func step(_ p: Int, _ s: Int) -> Bool {
            let key = p * (subject.count + 1) + s
            if let known = memo[key] { return known }
            let result: Bool
            if p == pattern.count {
                result = s == subject.count
            } else if pattern[p] == star, p + 1 < pattern.count, pattern[p + 1] == star {
                // `**/` may match nothing; `**` may match anything including slashes.
                var next = p + 2
                if next < pattern.count, pattern[next] == slash { next += 1 }
                result = step(next, s) || (s < subject.count && step(p, s + 1))
            } else if pattern[p] == star {
                result = step(p + 1, s) || (s < subject.count && subject[s] != slash && step(p, s + 1))
            } else if s < subject.count, pattern[p] == question ? subject[s] != slash : pattern[p] == subject[s] {
                result = step(p + 1, s + 1)
            } else {
                result = false
            }
            memo[key] = result
            return result
        }
        return step(0, 0)
    }
}
