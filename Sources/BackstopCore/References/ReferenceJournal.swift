/// A local ref that moved or went since the store outside the tree last caught up.
public struct ReferenceChange: Sendable, Equatable {
    /// The full name: `refs/heads/feature`.
    public let name: String
    public let old: ObjectID
    /// Nil when the ref was deleted.
    public let new: ObjectID?

    public init(name: String, old: ObjectID, new: ObjectID?) {
        self.name = name
        self.old = old
        self.new = new
    }
}

/// A stash entry that left the stash (`git stash drop`, `pop`, `clear`): its commit and message.
public struct DroppedStash: Sendable, Equatable {
    public let id: ObjectID
    public let message: String

    public init(id: ObjectID, message: String) {
        self.id = id
        self.message = message
    }
}

/// An old commit kept reachable under `refs/backstop/journal/`, and how a person gets it back.
public struct JournalEntry: Sendable, Equatable {
    /// The ref that keeps it: `refs/backstop/journal/TIME/heads/feature`.
    public let keptAs: String
    public let id: ObjectID
    /// What happened, as a person would say it.
    public let event: String
    /// The command that brings it back.
    public let command: String
}

/// Which ref changes lose commits, and what keeps them: a deleted branch or tag, one moved to a
/// commit that does not descend from the old (`reset`, `checkout -B`, a rebase, `--amend`), a dropped
/// stash entry, the snapshot chain cut. A fast-forward, a rename (the commit is still named by
/// another ref) and Backstop's own refs lose nothing.
public enum ReferenceJournal {
    public static let prefix = "refs/backstop/journal/"
    static let snapshots = "refs/backstop/snapshots"

    /// `fastForwards`: names whose new commit descends from the old. `stillNamed`: the commits the
    /// repository's refs point at now. `time`: seconds since the epoch, part of every kept name.
    public static func plan(changes: [ReferenceChange], dropped: [DroppedStash], fastForwards: Set<String>, stillNamed: Set<ObjectID>,
                            time: Int64) -> [JournalEntry] {
        var entries: [JournalEntry] = []
        for change in changes.sorted(by: { $0.name < $1.name }) where !fastForwards.contains(change.name) {
            let deleted = change.new == nil
            if deleted, stillNamed.contains(change.old) { continue }
            let keptAs = prefix + "\(time)/" + change.name.dropFirst("refs/".count)
            let short = change.old.short
            if change.name.hasPrefix("refs/heads/") {
                let branch = String(change.name.dropFirst("refs/heads/".count))
                entries.append(JournalEntry(keptAs: keptAs, id: change.old,
                                            event: deleted ? "branch \(branch) deleted (was \(short))" : "branch \(branch) moved off \(short), not forward",
                                            command: deleted ? "git branch \(branch) \(short)" : "git branch \(branch)-before \(short)"))
            } else if change.name.hasPrefix("refs/tags/") {
                let tag = String(change.name.dropFirst("refs/tags/".count))
                entries.append(JournalEntry(keptAs: keptAs, id: change.old, event: deleted ? "tag \(tag) deleted (was \(short))" : "tag \(tag) moved off \(short)",
                                            command: deleted ? "git tag \(tag) \(short)" : "git tag -f \(tag) \(short)"))
            } else if change.name == snapshots {
                entries.append(JournalEntry(keptAs: keptAs, id: change.old, event: "the snapshot chain was cut at \(short)",
                                            command: "backstop restore \(short)"))
            }
        }
        for (position, stash) in dropped.enumerated() {
            // The message goes into a command a person pastes: nothing a shell would expand.
            let message = String(stash.message.map { $0.isLetter || $0.isNumber || " :.,-_/()#".contains($0) ? $0 : " " })
            entries.append(JournalEntry(keptAs: prefix + "\(time)/stash/\(position)", id: stash.id,
                                        event: "stash entry dropped (\(stash.id.short): \(message))",
                                        command: "git stash store -m \"\(message)\" \(stash.id.short)"))
        }
        return entries
    }
}
