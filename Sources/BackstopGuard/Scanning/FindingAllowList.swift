import BackstopCore
import BackstopSystem
import Foundation

/// `.backstopignore` at the repository's root: the findings a person accepted, one fingerprint a
/// line. Committed, it is shared with the team.
public enum FindingAllowList {
    /// Accepts a finding by its fingerprint in the repository's `.backstopignore`, with a reason;
    /// false when it was accepted already.
    public static func accept(_ fingerprint: String, reason: String?, root: String) throws -> Bool {
        let path = root + "/" + IgnoreFile.name
        let existing = try Files.contents(path).map { String(decoding: $0, as: UTF8.self) } ?? ""
        if IgnoreFile.fingerprints(in: existing).contains(fingerprint) { return false }
        var text = existing
        if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
        if text.isEmpty { text = "# Findings a person accepted: one fingerprint a line (`backstop allow FINGERPRINT`).\n" }
        text += fingerprint + (reason.map { "  # \($0.replacingOccurrences(of: "\n", with: " "))" } ?? "") + "\n"
        try Files.writeAtomically(Array(text.utf8), to: path)
        return true
    }
}
