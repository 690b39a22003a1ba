import BackstopCore
import Testing

/// Which ref changes lose commits, as a table: changes in, kept refs and commands out.
@Suite struct ReferenceJournalPlanTests {
    static let old = ObjectID(hex: String(repeating: "a", count: 40))!
    static let new = ObjectID(hex: String(repeating: "b", count: 40))!

    struct Row: CustomStringConvertible, Sendable {
        let description: String
        let change: ReferenceChange
        var fastForward = false
        var stillNamed: Set<ObjectID> = []
        /// The command the plan gives; nil when nothing is kept.
        let command: String?
    }

    static let rows = [
        Row(description: "a deleted branch", change: ReferenceChange(name: "refs/heads/feature", old: old, new: nil), command: "git branch feature aaaaaaaaaaaa"),
        Row(description: "a branch reset off its commit", change: ReferenceChange(name: "refs/heads/main", old: old, new: new),
            command: "git branch main-before aaaaaaaaaaaa"),
        Row(description: "a branch moved forward", change: ReferenceChange(name: "refs/heads/main", old: old, new: new), fastForward: true, command: nil),
        Row(description: "a branch renamed: its commit is still named", change: ReferenceChange(name: "refs/heads/old-name", old: old, new: nil),
            stillNamed: [old], command: nil),
        Row(description: "a deleted tag", change: ReferenceChange(name: "refs/tags/v1", old: old, new: nil), command: "git tag v1 aaaaaaaaaaaa"),
        Row(description: "the snapshot chain deleted", change: ReferenceChange(name: "refs/backstop/snapshots", old: old, new: nil),
            command: "backstop restore aaaaaaaaaaaa"),
        Row(description: "a remote-tracking ref is the remote's business", change: ReferenceChange(name: "refs/remotes/origin/main", old: old, new: nil),
            command: nil),
    ]

    @Test(arguments: rows)
    func plan(_ row: Row) {
        let entries = ReferenceJournal.plan(changes: [row.change], dropped: [], fastForwards: row.fastForward ? [row.change.name] : [],
                                            stillNamed: row.stillNamed, time: 1_800_000_000)
        #expect(entries.map(\.command) == (row.command.map { [$0] } ?? []))
        #expect(entries.allSatisfy { $0.keptAs.hasPrefix("refs/backstop/journal/1800000000/") && $0.id == Self.old })
    }

    @Test func aDroppedStashMessageCannotInjectIntoTheCommand() {
        let entries = ReferenceJournal.plan(changes: [], dropped: [DroppedStash(id: Self.old, message: "WIP on main: $(rm -rf ~) `x` \"q\"")],
                                            fastForwards: [], stillNamed: [], time: 1)
        let command = entries.first?.command ?? ""
        #expect(command.hasPrefix("git stash store -m \"WIP on main:") && command.hasSuffix("\" aaaaaaaaaaaa"))
        #expect(!command.dropFirst("git stash store -m \"".count).dropLast("\" aaaaaaaaaaaa".count).contains { "$`\"\\".contains($0) }, "\(command)")
    }
}
