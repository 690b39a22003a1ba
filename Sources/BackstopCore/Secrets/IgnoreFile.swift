import Foundation

/// `.backstopignore`: one fingerprint a line, each optionally followed by `#` and a reason.
public enum IgnoreFile {
    public static let name = ".backstopignore"

    public static func fingerprints(in text: String) -> Set<String> {
        var result = Set<String>()
        for line in text.split(whereSeparator: \.isNewline) {
            let entry = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = entry.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { result.insert(String(trimmed)) }
        }
        return result
    }

    /// A fingerprint as `backstop allow` writes it: `ruleid:hex`.
    public static func isFingerprint(_ text: String) -> Bool {
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts[1].count == 20 else { return false }
        return parts[0].allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }
            && parts[1].allSatisfy { $0.isHexDigit }
    }

    /// The accepted fingerprints a guard trusts: those `backstop allow` recorded (a person ran it),
    /// and those HEAD's committed `.backstopignore` holds (a team's, reviewed with the code). A line
    /// written into the file by anything else excuses nothing.
    public static func trusted(working: Set<String>, recorded: Set<String>, committed: Set<String>) -> Set<String> {
        working.filter { recorded.contains($0) || committed.contains($0) }
    }

    /// Lines an edit added that no guard trusts: the watcher judges such an edit as `guard-tamper`.
    public static func untrustedAdditions(before: Set<String>, after: Set<String>, recorded: Set<String>, committed: Set<String>) -> Set<String> {
        after.subtracting(before).subtracting(trusted(working: after, recorded: recorded, committed: committed))
    }
}
