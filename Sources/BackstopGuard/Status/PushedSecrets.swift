import BackstopCore
import BackstopGit

/// Secrets the watcher saw reach a remote by a push no check saw (`AuditEntry.Event.leak`): kept in
/// the audit log, reported by `status` until a person says they were rotated.
public enum PushedSecrets {
    /// The leaks logged since a person last said the leaked secrets were rotated.
    public static func unrotated(_ entries: [AuditEntry]) -> [AuditEntry] {
        let since = entries.lastIndex { $0.event == .rotated }.map { $0 + 1 } ?? 0
        return entries[since...].filter { $0.event == .leak }
    }

    /// Records that a person rotated every leaked secret; returns how many leaks that covers.
    public static func markRotated(_ repository: RepositoryLocation) throws -> Int {
        let log = AuditLog(repository)
        let leaks = unrotated(try log.entries().entries)
        guard !leaks.isEmpty else { return 0 }
        var entry = AuditEntry(time: SnapshotStore.now(), event: .rotated)
        entry.message = "a person said the secrets of \(leaks.count == 1 ? "1 leak" : "\(leaks.count) leaks") were rotated"
        try log.append(entry)
        return leaks.count
    }
}
