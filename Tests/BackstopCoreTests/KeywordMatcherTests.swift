@testable import BackstopCore
import Testing

@Suite struct KeywordMatcherTests {
    @Test(arguments: [
        (["he", "she", "his", "hers"], "ushers", [("she", 1), ("he", 2), ("hers", 2)]),
        (["akia"], "x AKIA y akia", [("akia", 2), ("akia", 9)]),
        (["abc"], "ababc", [("abc", 2)]),
        (["a", "aa"], "aaa", [("a", 0), ("aa", 0), ("a", 1), ("aa", 1), ("a", 2)]),
        (["token"], "no match here", []),
    ] as [([String], String, [(String, Int)])])
    func findsEveryOccurrence(_ keywords: [String], _ text: String, _ expected: [(String, Int)]) {
        let matcher = KeywordMatcher(keywords: keywords)
        let hits = matcher.hits(in: Array(text.utf8)).map { (keywords[$0.keyword], $0.start) }
        #expect(hits.map(\.0) == expected.map(\.0))
        #expect(hits.map(\.1) == expected.map(\.1))
    }
}
