@testable import BackstopCore
import Testing

/// Retention, restore planning and snapshot messages: pure tables, the clock passed in.
@Suite struct SnapshotPolicyTests {
    static let hour: Int64 = 3_600
    static let day: Int64 = 86_400
    static let now: Int64 = 1_800_000_000
    static let policy = RetentionPolicy(keepAllHours: 24, hourlyDays: 7, dailyDays: 30)

    @Test func everySnapshotOfTheLastDayIsKept() {
        let times = (0..<100).map { Self.now - Int64($0) * 60 }
        #expect(Self.policy.kept(times: times, now: Self.now) == Set(times.indices))
    }

    @Test func olderSnapshotsThinToOneAnHourThenOneADay() {
        // Four an hour from 2 to 3 days ago: one per hour survives, the newest of each hour.
        let hourly = (0..<96).map { Self.now - 2 * Self.day - Int64($0) * 900 }
        let keptHourly = Self.policy.kept(times: hourly, now: Self.now)
        #expect(keptHourly.count == 24 || keptHourly.count == 25)
        for position in keptHourly where position != 0 {
            #expect(hourly[position] / Self.hour != hourly[position - 1] / Self.hour)
        }
        // Every hour from 10 to 12 days ago: one per day.
        let daily = (0..<48).map { Self.now - 10 * Self.day - Int64($0) * Self.hour }
        let keptDaily = Self.policy.kept(times: daily, now: Self.now)
        #expect(keptDaily.count == Set(daily.map { $0 / Self.day }).count)
    }

    @Test func snapshotsOlderThanTheDailyWindowGoButTheNewestStays() {
        let old = [Self.now - 40 * Self.day, Self.now - 50 * Self.day]
        #expect(Self.policy.kept(times: old, now: Self.now) == [0])
        #expect(Self.policy.kept(times: [], now: Self.now).isEmpty)
    }

    static let plans: [(EntryChange, String, String)] = [
        (EntryChange(path: RepositoryPath("a.txt"), current: nil, snapshot: .file), "written", "missing"),
        (EntryChange(path: RepositoryPath("a.txt"), current: .file, snapshot: .file), "written", "content changed"),
        (EntryChange(path: RepositoryPath("run.sh"), current: .file, snapshot: .executable), "written", "mode changed"),
        (EntryChange(path: RepositoryPath("link"), current: .file, snapshot: .symlink), "written", "was a file, is a symlink in the snapshot"),
        (EntryChange(path: RepositoryPath("new.txt"), current: .file, snapshot: nil), "kept", "--exact removes it"),
        (EntryChange(path: RepositoryPath("vendor/lib"), current: nil, snapshot: .submodule), "kept", "submodule"),
        (EntryChange(path: RepositoryPath("vendor/lib"), current: .submodule, snapshot: nil), "kept", "submodule"),
    ]

    @Test(arguments: plans)
    func eachChangeGetsOneOutcomeWithAReason(_ change: EntryChange, _ outcome: String, _ reason: String) {
        let plan = RestorePlan(changes: [change], exact: false)
        let items = ["written": plan.written, "kept": plan.kept, "removed": plan.removed, "replaced": plan.replaced]
        #expect(items[outcome]?.map(\.path) == [change.path])
        #expect(items[outcome]?.first?.reason.contains(reason) == true)
        #expect(items.values.map(\.count).reduce(0, +) == 1)
    }

    @Test func exactRemovesWhatTheSnapshotLacksAndConflictsAreReplaced() {
        let changes = [
            EntryChange(path: RepositoryPath("extra.txt"), current: .file, snapshot: nil),
            // A link stands where the snapshot has a folder.
            EntryChange(path: RepositoryPath("src"), current: .symlink, snapshot: nil),
            EntryChange(path: RepositoryPath("src/main.c"), current: nil, snapshot: .file),
            // A folder stands where the snapshot has a file.
            EntryChange(path: RepositoryPath("docs/a.md"), current: .file, snapshot: nil),
            EntryChange(path: RepositoryPath("docs"), current: nil, snapshot: .file),
        ]
        let exact = RestorePlan(changes: changes, exact: true)
        #expect(exact.removed.map(\.path) == [RepositoryPath("extra.txt")])
        #expect(Set(exact.replaced.map(\.path)) == [RepositoryPath("src"), RepositoryPath("docs/a.md")])
        #expect(Set(exact.written.map(\.path)) == [RepositoryPath("src/main.c"), RepositoryPath("docs")])
        let gentle = RestorePlan(changes: changes, exact: false)
        #expect(gentle.kept.map(\.path) == [RepositoryPath("extra.txt")])
        #expect(gentle.removed.isEmpty)
    }

    @Test func pathsCompareAsBytesAndNestByWholeNames() {
        #expect(RepositoryPath("src/a").isWithin(RepositoryPath("src")))
        #expect(RepositoryPath("src").isWithin(RepositoryPath("src")))
        #expect(!RepositoryPath("srcs/a").isWithin(RepositoryPath("src")))
        let odd = RepositoryPath(bytes: [0xFF, 0x2F, 0x61])
        #expect(odd.isWithin(RepositoryPath(bytes: [0xFF])))
        #expect(odd.description == "\u{FFFD}/a")
    }

    @Test func messagesKeepOneLineReasonsAndRoundTripTheTime() {
        let message = SnapshotMessage(reason: "before restore\nof something", time: Self.now)
        #expect(message.reason == "before restore of something")
        let parsed = SnapshotMessage(parsing: message.text, fallbackTime: 0)
        #expect(parsed == message)
        #expect(SnapshotMessage(parsing: "hand-made\n", fallbackTime: 42) == SnapshotMessage(reason: "hand-made", time: 42))
    }
}
