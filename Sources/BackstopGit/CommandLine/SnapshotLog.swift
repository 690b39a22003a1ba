import Foundation

/// The newest snapshot as git's own log reads it: no Backstop state is created or opened, so a
/// status query leaves a repository without snapshots as it was.
public enum SnapshotLog {
    public struct Entry: Sendable {
        /// git's abbreviation of the commit id.
        public let abbreviatedID: String
        /// Seconds since 1970.
        public let time: Int64
        public let reason: String
    }

    public static func newest(in root: String, reference: String) throws(GitError) -> Entry? {
        let outcome = try GitCommandLine(directory: root).runAllowingFailure(["log", "-1", "--format=%h %ct %s", reference])
        let fields = outcome.text.split(separator: " ", maxSplits: 2).map(String.init)
        guard outcome.status == 0, fields.count == 3, let time = Int64(fields[1]) else { return nil }
        return Entry(abbreviatedID: fields[0], time: time, reason: fields[2].trimmingCharacters(in: .newlines))
    }
}
