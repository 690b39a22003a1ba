import BackstopCore
import Testing

/// The rules for what an action lost, one row per situation.
@Suite struct LossReviewTests {
    struct Row: CustomStringConvertible, Sendable {
        let description: String
        let outcome: FileOutcome
        let headMoved: Bool
        let lost: Bool
        let discarded: Bool
    }

    static let path = RepositoryPath("src/a.swift")
    static let empty = "empty"

    /// Ids stand for contents by name: each name has its own id, and `empty` is git's empty blob.
    static func id(_ name: String) -> ObjectID {
        name == empty ? ObjectID.emptyBlob : ObjectID(bytes: Array(SHA256.digest(Array(name.utf8)).prefix(20)))!
    }

    static func outcome(before: String?, after: String?, preexisting: Bool = true, committed: Bool = true, endsAsHead: Bool = false,
                        stashed: Bool = false, gutted: Bool = false, endsAsIndex: Bool = false) -> FileOutcome {
        FileOutcome(path: path, before: before.map(id), after: after.map(id), isPreexisting: preexisting, wasCommitted: committed,
                    endsAsHead: endsAsHead, isStashed: stashed, isGutted: gutted, endsAsIndex: endsAsIndex)
    }

    static let rows: [Row] = [
        Row(description: "a committed file deleted", outcome: outcome(before: "a1", after: nil), headMoved: false, lost: true, discarded: false),
        Row(description: "a modified file deleted", outcome: outcome(before: "a1", after: nil, committed: false),
            headMoved: false, lost: true, discarded: true),
        Row(description: "a file emptied", outcome: outcome(before: "a1", after: empty), headMoved: false, lost: true, discarded: false),
        Row(description: "an empty file stays empty", outcome: outcome(before: empty, after: empty), headMoved: false, lost: false, discarded: false),
        Row(description: "a file edited", outcome: outcome(before: "a1", after: "a2"), headMoved: false, lost: false, discarded: false),
        Row(description: "a file born in the session deleted", outcome: outcome(before: "a1", after: nil, preexisting: false, committed: false),
            headMoved: false, lost: false, discarded: false),
        Row(description: "uncommitted work reset to HEAD", outcome: outcome(before: "a1", after: "h1", committed: false, endsAsHead: true),
            headMoved: false, lost: true, discarded: true),
        Row(description: "a branch switch replacing committed content", outcome: outcome(before: "a1", after: "b1", endsAsHead: true),
            headMoved: true, lost: false, discarded: false),
        Row(description: "a branch switch deleting a committed file", outcome: outcome(before: "a1", after: nil, endsAsHead: true),
            headMoved: true, lost: false, discarded: false),
        Row(description: "a forced switch over uncommitted work", outcome: outcome(before: "a1", after: "b1", committed: false, endsAsHead: true),
            headMoved: true, lost: true, discarded: true),
        Row(description: "rm of a committed file while HEAD stays", outcome: outcome(before: "a1", after: nil, endsAsHead: false),
            headMoved: true, lost: true, discarded: false),
        Row(description: "git stash of uncommitted work", outcome: outcome(before: "a1", after: "h1", committed: false, endsAsHead: true, stashed: true),
            headMoved: false, lost: false, discarded: false),
        Row(description: "a file replaced by a stub", outcome: outcome(before: "a1", after: "stub", gutted: true), headMoved: false, lost: true, discarded: false),
        Row(description: "uncommitted work overwritten by an older commit's content (git checkout OLD -- .)",
            outcome: outcome(before: "a1", after: "o1", committed: false, endsAsIndex: true), headMoved: false, lost: true, discarded: true),
        Row(description: "an uncommitted file edited again", outcome: outcome(before: "a1", after: "a2", committed: false), headMoved: false, lost: false,
            discarded: false),
    ]

    @Test(arguments: [(1_000, 25, nil, true), (1_000, 150, nil, false), (100, 1, nil, false), (500, 90, 1_000, true), (1_000, 0, nil, false)] as [(Int, Int, Int?, Bool)])
    func guttingLeavesASliver(before: Int, after: Int, atStart: Int?, gutted: Bool) {
        #expect(FileOutcome.isGutted(beforeBytes: before, afterBytes: after, sessionStartBytes: atStart) == gutted)
    }

    @Test(arguments: rows) func eachSituation(_ row: Row) {
        let review = LossReview([row.outcome], headMoved: row.headMoved)
        #expect(review.lost == (row.lost ? [Self.path] : []))
        #expect(review.discarded == (row.discarded ? [Self.path] : []))
    }

    @Test func movedContentIsNotLostAndKeepsItsProvenance() {
        let from = FileOutcome(path: RepositoryPath("src/a.swift"), before: Self.id("a1"), after: nil, isPreexisting: true, wasCommitted: true,
                               endsAsHead: false)
        let to = FileOutcome(path: RepositoryPath("lib/a.swift"), before: nil, after: Self.id("a1"), isPreexisting: false, wasCommitted: true,
                             endsAsHead: false)
        let emptyFrom = FileOutcome(path: RepositoryPath("src/__init__.py"), before: ObjectID.emptyBlob, after: nil, isPreexisting: true,
                                    wasCommitted: true, endsAsHead: false)
        let emptyTo = FileOutcome(path: RepositoryPath("lib/__init__.py"), before: nil, after: ObjectID.emptyBlob, isPreexisting: false,
                                  wasCommitted: true, endsAsHead: false)
        let review = LossReview([from, to, emptyFrom, emptyTo], headMoved: false)
        #expect(review.lost == [RepositoryPath("src/__init__.py")], "empty content proves no move")
        #expect(review.movedTo == [RepositoryPath("lib/a.swift")])
    }

    @Test func contentMovedWithAnEditIsNotLost() {
        func removed(_ path: String, _ content: String) -> FileOutcome {
            FileOutcome(path: RepositoryPath(path), before: Self.id(content), after: nil, isPreexisting: true, wasCommitted: true, endsAsHead: false)
        }
        func created(_ path: String, _ content: String) -> FileOutcome {
            FileOutcome(path: RepositoryPath(path), before: nil, after: Self.id(content), isPreexisting: false, wasCommitted: true, endsAsHead: false)
        }
        // Contents by name: "x" and "x'" are similar, nothing else is.
        let names = Dictionary(uniqueKeysWithValues: ["a", "a'", "b", "b'", "c", "c'", "d", "e"].map { (Self.id($0), $0) })
        let similar: (ObjectID, ObjectID) -> Bool = { names[$1] == (names[$0] ?? "") + "'" }
        let outcomes = [removed("src/a.py", "a"), created("lib/a.py", "a'"), removed("src/b.py", "b"), created("lib/renamed_b.py", "b'"),
                        removed("src/c.py", "c"), created("lib/c.py", "c"), created("lib/c_copy.py", "c'"), removed("src/d.py", "d"), created("lib/e.py", "e")]
        let review = LossReview(outcomes, headMoved: false, isSimilar: similar)
        #expect(review.lost == [RepositoryPath("src/d.py")])
        #expect(Set(review.movedTo) == Set(["lib/a.py", "lib/renamed_b.py", "lib/c.py"].map(RepositoryPath.init)), "the exact move wins over a similar file")
        #expect(LossReview(outcomes, headMoved: false).lost.count == 3, "without a comparison only exact moves count")
    }

    @Test(arguments: [
        ("one line of ten changed", Array(0..<10).map { "line \($0)" }, Array(0..<9).map { "line \($0)" } + ["changed"], true),
        ("half the lines kept", Array(0..<10).map { "line \($0)" }, Array(0..<5).map { "line \($0)" } + Array(0..<5).map { "new \($0)" }, true),
        ("most lines new", Array(0..<10).map { "line \($0)" }, Array(0..<3).map { "line \($0)" } + Array(0..<7).map { "new \($0)" }, false),
        ("repeated lines count once each", ["x", "x", "x", "y"], ["x", "a", "b", "c"], false),
        ("empty content", [], ["a"], false),
        ("one line each, nothing in common (the newline that ends them is no line)", ["content of file 0"], ["new 1"], false),
        ("one line each, the same", ["content of file 0"], ["content of file 0"], true),
    ] as [(String, [String], [String], Bool)])
    func similarity(_ description: String, _ old: [String], _ new: [String], _ similar: Bool) {
        let bytes = { (lines: [String]) in Array(lines.map { $0 + "\n" }.joined().utf8) }
        #expect(ContentSimilarity.isSimilar(bytes(old), bytes(new)) == similar, "\(description)")
    }

    @Test func coveringPathsKeepOnlyTheOutermost() {
        let paths = ["src/a/b.txt", "src", "src/a", "src-old/x", "docs/readme.md", "src/c.txt"].map(RepositoryPath.init)
        #expect(RepositoryPath.covering(paths) == ["docs/readme.md", "src", "src-old/x"].map(RepositoryPath.init))
        #expect(RepositoryPath("a/b/c").ancestors == ["a", "a/b"].map(RepositoryPath.init))
    }
}

/// Values of ignored secret files, and finding them copied.
@Suite struct CredentialValuesTests {
    @Test func readsCredentialShapedValuesOnly() {
        let password = ["s3cr3t-", "Pa55word-9f8e7d"].joined()
        let key = "sk_" + "test_51Hx9qLkT2vB8mN4pQ7r"
        let text = """
            # comment=ignored-value-123456
            DATABASE_PASSWORD=\(password)
            export STRIPE_KEY="\(key)"
            NODE_ENV=development
            PORT=8080
            API_URL=http://localhost:3000/api/v1
            DATABASE_URL=postgres://app:\(password)@db.internal:5432/app
            EMPTY=
            """
        var values = CredentialValues()
        values.read(Array(text.utf8), from: RepositoryPath(".env"))
        #expect(values.values.map { String(decoding: $0.bytes, as: UTF8.self) } == [password, key, "postgres://app:\(password)@db.internal:5432/app"])
        #expect(values.copies(into: Array("db = '\(password)'".utf8), before: nil) == [RepositoryPath(".env")])
        #expect(values.copies(into: Array("db = '\(password)'".utf8), before: Array("old: \(password)".utf8)).isEmpty, "already there before")
        #expect(values.copies(into: Array("mode = 'development' # http://localhost:3000/api/v1".utf8), before: nil).isEmpty)
        values.read(nil, from: RepositoryPath(".env"))
        #expect(values.values.isEmpty)
    }
}
