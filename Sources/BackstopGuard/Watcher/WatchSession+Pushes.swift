import BackstopCore
import BackstopGit

/// Pushes that went around every check. The push helper sees every push whose configuration git
/// reads as installed, but `git -c remote.NAME.pushurl=URL push --no-verify` changes that for one
/// command. Such a push still moves the remote-tracking ref it updated: what that move sent is
/// scanned, and a secret that reached a remote is said at once and kept in the audit log, which
/// `status` reads until a person says it was rotated.
extension WatchSession {
    /// Runs before the store catches up, which is when its copy of the refs is the state before.
    func checkPushedReferences() throws {
        let tracking = outside.remoteTrackingChanges()
        let moves = tracking.moved.filter { outside.movedByPush($0.name) }
        guard !moves.isEmpty else { return }
        // What any remote was known to have before is not a new leak (a fork's existing history).
        let known = tracking.known.map(\.hex)
        for move in moves {
            let revisions = CommitPatches.revisions(including: [move.new.hex], excluding: known, remote: nil)
            let findings = inspector.scan(try CommitPatches.read(revisions: revisions, in: location.root),
                                          messages: try CommitMessages.read(revisions: revisions, in: location.root))
            guard !findings.isEmpty else { continue }
            let record = AuditEntry.leak(time: SnapshotStore.now(), reference: move.name, commit: move.new, findings: findings)
            try log.append(record)
            say("backstop watch: " + record.summary)
        }
    }
}
