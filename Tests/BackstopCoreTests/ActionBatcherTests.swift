@testable import BackstopCore
import Testing

/// The settle loop with a made-up clock: milliseconds are just numbers here.
@Suite struct ActionBatcherTests {
    private func path(_ text: String) -> RepositoryPath { RepositoryPath(text) }

    @Test func anActionClosesAfterTheSettlePeriodOfQuiet() {
        var batcher = ActionBatcher(settleMilliseconds: 300, maximumMilliseconds: 2_000)
        #expect(batcher.deadline == nil)
        batcher.receive(FileEvent(.written, path("a.txt")), at: 1_000)
        batcher.receive(FileEvent(.written, path("b.txt")), at: 1_200)
        #expect(batcher.deadline == 1_500)
        #expect(batcher.close(at: 1_499) == nil)
        let action = batcher.close(at: 1_500)
        #expect(action?.changes.map(\.path) == [path("a.txt"), path("b.txt")])
        #expect(action?.start == 1_000 && action?.end == 1_200)
        #expect(batcher.isIdle && batcher.deadline == nil)
    }

    @Test func aBusyStreamIsCutAtTheMaximumLength() {
        var batcher = ActionBatcher(settleMilliseconds: 300, maximumMilliseconds: 2_000)
        var closed: [Action] = []
        for step in 0..<50 {
            let time = Int64(step) * 100
            if let action = batcher.close(at: time) { closed.append(action) }
            batcher.receive(FileEvent(.written, path("file\(step).txt")), at: time)
        }
        #expect(closed.count == 2)
        #expect(closed.first?.changes.count == 20)
        #expect(closed.first.map { $0.end - $0.start } == 1_900)
    }

    @Test(arguments: [
        ([FileEvent.Kind.created, .written], PathChange.Effect?.some(.created)),
        ([.written], .modified),
        ([.deleted], .deleted),
        ([.written, .deleted], .deleted),
        ([.created, .written, .deleted], nil),
        ([.deleted, .created, .written], .modified),
        ([.attributesChanged], .modified),
    ])
    func eachPathGetsItsNetEffect(_ kinds: [FileEvent.Kind], _ effect: PathChange.Effect?) {
        var batcher = ActionBatcher(settleMilliseconds: 10, maximumMilliseconds: 100)
        for (step, kind) in kinds.enumerated() { batcher.receive(FileEvent(kind, path("x")), at: Int64(step)) }
        let action = batcher.close(at: 1_000)
        #expect(action?.changes.first?.effect == effect)
        #expect(action?.changes.count == (effect == nil ? 0 : 1))
    }

    @Test func movesArePairedByCookieAndAnUnpairedMoveOutIsADeletion() {
        var batcher = ActionBatcher(settleMilliseconds: 10, maximumMilliseconds: 100)
        batcher.receive(FileEvent(.movedFrom(cookie: 7), path("old/name.txt")), at: 0)
        batcher.receive(FileEvent(.movedTo(cookie: 7), path("new/name.txt")), at: 0)
        batcher.receive(FileEvent(.movedFrom(cookie: 9), path("src"), isDirectory: true), at: 1)
        let action = batcher.close(at: 100)
        #expect(action?.changes == [
            PathChange(path: path("new/name.txt"), effect: .created, isDirectory: false, renamedFrom: path("old/name.txt")),
            PathChange(path: path("old/name.txt"), effect: .deleted, isDirectory: false),
            PathChange(path: path("src"), effect: .deleted, isDirectory: true),
        ])
    }

    @Test func anOverflowMarksTheActionForARescan() {
        var batcher = ActionBatcher(settleMilliseconds: 10, maximumMilliseconds: 100)
        batcher.receive(FileEvent(.deleted, path("a")), at: 0)
        batcher.receive(FileEvent(.overflow, path("")), at: 1)
        #expect(batcher.close(at: 50)?.overflowed == true)
    }

    /// `rm -rf` of two folders: files first, then each folder (the order the kernel reports).
    private func removal(of folders: [String], at time: Int64, into batcher: inout ActionBatcher) {
        for folder in folders {
            for name in ["a.txt", "sub/b.txt"] { batcher.receive(FileEvent(.deleted, path("\(folder)/\(name)")), at: time) }
            batcher.receive(FileEvent(.deleted, path("\(folder)/sub"), isDirectory: true), at: time)
            batcher.receive(FileEvent(.deleted, path(folder), isDirectory: true), at: time)
        }
    }

    @Test func anActionThatOnlyRemovedWholeFoldersClosesAfterASixthOfTheSettlePeriod() {
        var batcher = ActionBatcher(settleMilliseconds: 300, maximumMilliseconds: 2_000)
        removal(of: ["src", "docs/old"], at: 1_000, into: &batcher)
        #expect(batcher.deadline == 1_050)
        #expect(batcher.close(at: 1_049) == nil)
        let action = batcher.close(at: 1_050)
        #expect(action?.changes.count == 8)
        #expect(action?.changes.allSatisfy { $0.effect == .deleted } == true)
    }

    /// A short settle period keeps 50 ms of quiet for folders, or a loaded machine's pause between
    /// two folders of one `rm -rf` would end the action; a shorter one than that is kept whole.
    @Test(arguments: [(100, 1_050), (30, 1_030), (600, 1_100)])
    func theQuietForFoldersIsASixthOfTheSettlePeriodAndAtLeast50Milliseconds(settle: Int, deadline: Int64) {
        var batcher = ActionBatcher(settleMilliseconds: settle, maximumMilliseconds: 2_000)
        removal(of: ["src"], at: 1_000, into: &batcher)
        #expect(batcher.deadline == deadline)
    }

    @Test func whileAFolderIsBeingEmptiedTheFullSettlePeriodApplies() {
        var batcher = ActionBatcher(settleMilliseconds: 300, maximumMilliseconds: 2_000)
        batcher.receive(FileEvent(.deleted, path("src/a.txt")), at: 1_000)
        batcher.receive(FileEvent(.deleted, path("src/sub/b.txt")), at: 1_000)
        #expect(batcher.deadline == 1_300, "the files are gone, their folders are not (yet)")
        batcher.receive(FileEvent(.deleted, path("src/sub"), isDirectory: true), at: 1_010)
        #expect(batcher.deadline == 1_310, "src/a.txt lies in no removed folder")
        batcher.receive(FileEvent(.deleted, path("src"), isDirectory: true), at: 1_020)
        #expect(batcher.deadline == 1_070)
    }

    @Test(arguments: [
        (FileEvent(.created, RepositoryPath("src"), isDirectory: true), "the folder made again (rm -rf src && mkdir src)"),
        (FileEvent(.written, RepositoryPath("README.md")), "a file changed"),
        (FileEvent(.deleted, RepositoryPath("README.md")), "a file removed outside the folders"),
        (FileEvent(.overflow, RepositoryPath("")), "events lost"),
    ])
    func anythingButWholeFoldersGoneKeepsTheFullSettlePeriod(_ event: FileEvent, _ why: String) {
        var batcher = ActionBatcher(settleMilliseconds: 300, maximumMilliseconds: 2_000)
        removal(of: ["src", "docs"], at: 1_000, into: &batcher)
        batcher.receive(event, at: 1_050)
        #expect(batcher.deadline == 1_350, "\(why)")
        #expect(batcher.close(at: 1_150) == nil, "\(why)")
    }

    @Test func workThatFollowsWithinTheShortQuietStaysInTheSameAction() {
        var batcher = ActionBatcher(settleMilliseconds: 300, maximumMilliseconds: 2_000)
        removal(of: ["build"], at: 1_000, into: &batcher)
        #expect(batcher.close(at: 1_040) == nil)
        batcher.receive(FileEvent(.created, path("build"), isDirectory: true), at: 1_040)
        batcher.receive(FileEvent(.created, path("build/a.txt")), at: 1_045)
        #expect(batcher.close(at: 1_200) == nil)
        let action = batcher.close(at: 1_345)
        #expect(action?.changes.map(\.path) == [path("build"), path("build/a.txt"), path("build/sub"), path("build/sub/b.txt")])
        #expect(action?.changes.map(\.effect) == [.modified, .modified, .deleted, .deleted])
    }

    @Test func aFolderMovedOutOfTheTreeIsAWholeFolderGone() {
        var batcher = ActionBatcher(settleMilliseconds: 300, maximumMilliseconds: 2_000)
        batcher.receive(FileEvent(.movedFrom(cookie: 3), path("vendor"), isDirectory: true), at: 1_000)
        #expect(batcher.deadline == 1_050)
        batcher.receive(FileEvent(.movedTo(cookie: 3), path("lib/vendor"), isDirectory: true), at: 1_010)
        #expect(batcher.deadline == 1_310, "moved within the tree: something was created")
    }
}
