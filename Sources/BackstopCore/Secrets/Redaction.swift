import Foundation

/// How a secret is shown and remembered without being disclosed.
public enum Redaction {
    /// Keeps at most four characters (a quarter of a short secret), or a format prefix ending in `_` or
    /// `-` (`ghp_`, `xoxb-`) when it is at most 8 characters and a third of the secret; masks the rest
    /// and says how long the secret was.
    public static func redact(_ secret: String) -> String {
        let characters = Array(secret)
        let formatPrefix = characters.prefix { $0 != "_" && $0 != "-" }.count
        var shown = min(4, characters.count / 4)
        if formatPrefix < characters.count, formatPrefix + 1 <= 8, formatPrefix + 1 <= characters.count / 3 {
            shown = max(shown, formatPrefix + 1)
        }
        return String(characters.prefix(shown)) + "****" + " (\(characters.count) chars)"
    }

    /// A fingerprint is a hash of the rule id and the secret itself, never of a line or a path, so it
    /// survives edits around the secret, and a different secret on an allowed line is still found.
    public static func fingerprint(ruleID: String, secret: String) -> String {
        let digest = SHA256.hexDigest(Array("backstop-fingerprint-v1\u{0}\(ruleID)\u{0}\(secret)".utf8))
        return "\(ruleID):\(digest.prefix(20))"
    }

    /// A line whose secrets are already masked, trimmed and shortened around the redacted secret.
    public static func excerpt(maskedLine: String, focus redacted: String, limit: Int = 160) -> String {
        var text = String(maskedLine.drop { $0 == " " || $0 == "\t" })
        while text.last == " " || text.last == "\t" || text.last == "\r" { text.removeLast() }
        guard text.count > limit else { return text }
        if let range = text.range(of: redacted) {
            let start = text.index(range.lowerBound, offsetBy: -min(limit / 3, text.distance(from: text.startIndex, to: range.lowerBound)))
            let end = text.index(start, offsetBy: min(limit, text.distance(from: start, to: text.endIndex)))
            return (start > text.startIndex ? "…" : "") + text[start..<end] + (end < text.endIndex ? "…" : "")
        }
        return String(text.prefix(limit)) + "…"
    }
}
