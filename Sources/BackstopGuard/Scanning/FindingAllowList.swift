import BackstopCore
import BackstopGit
import BackstopSystem
import Foundation

/// `.backstopignore` at the repository's root: the findings a person accepted, one fingerprint a
/// line. Committed, it is shared with the team. `backstop allow` also records each fingerprint in
/// `.git/backstop/allowed`, so the guards can tell its lines from lines anything else wrote there.
public enum FindingAllowList {
    /// Accepts a finding by its fingerprint in the repository's `.backstopignore`, with a reason;
    /// false when it was accepted already.
    public static func accept(_ fingerprint: String, reason: String?, repository: RepositoryLocation) throws -> Bool {
        if !recorded(repository).contains(fingerprint) {
            try Files.makeDirectories(repository.stateDirectory)
            try Files.append(Array((fingerprint + "\n").utf8), to: recordPath(repository), permissions: 0o600)
        }
        let path = repository.root + "/" + IgnoreFile.name
        let existing = try Files.contents(path).map { String(decoding: $0, as: UTF8.self) } ?? ""
        if IgnoreFile.fingerprints(in: existing).contains(fingerprint) { return false }
        var text = existing
        if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
        if text.isEmpty { text = "# Findings a person accepted: one fingerprint a line (`backstop allow FINGERPRINT`).\n" }
        text += fingerprint + (reason.map { "  # \($0.replacingOccurrences(of: "\n", with: " "))" } ?? "") + "\n"
        try Files.writeAtomically(Array(text.utf8), to: path)
        return true
    }

    /// The fingerprints `backstop allow` recorded.
    public static func recorded(_ repository: RepositoryLocation) -> Set<String> {
        (try? Files.contents(recordPath(repository))).flatMap { $0 }.map { IgnoreFile.fingerprints(in: String(decoding: $0, as: UTF8.self)) } ?? []
    }

    /// The fingerprints HEAD's committed `.backstopignore` holds.
    public static func committed(in root: String) -> Set<String> {
        (try? CommittedFile.contents(IgnoreFile.name, at: "HEAD", in: root)).flatMap { $0 }.map { IgnoreFile.fingerprints(in: String(decoding: $0, as: UTF8.self)) } ?? []
    }

    /// The working `.backstopignore`'s fingerprints a guard trusts (`IgnoreFile.trusted`). HEAD's
    /// copy is read only when a line is not recorded: most repositories pay nothing.
    public static func trusted(working: Set<String>, repository: () throws -> RepositoryLocation) throws -> Set<String> {
        guard !working.isEmpty else { return [] }
        let location = try repository()
        let recorded = recorded(location)
        guard !working.isSubset(of: recorded) else { return working }
        return IgnoreFile.trusted(working: working, recorded: recorded, committed: committed(in: location.root))
    }

    private static func recordPath(_ repository: RepositoryLocation) -> String { repository.stateDirectory + "/allowed" }
}
