/// Finds every occurrence of a set of literals in one pass over bytes, ASCII case-insensitively.
///
/// An Aho-Corasick automaton compiled into a dense transition table, behind a skip loop: while the
/// automaton rests in its root, a 4 KiB bitset of every keyword's first three bytes says whether a
/// keyword can start here, and most bytes of ordinary text are passed over with one lookup instead
/// of a walk through the larger transition table.
public struct KeywordMatcher: Sendable {
    /// A keyword occurrence: the keyword's index and the offset of its first byte.
    public struct Hit: Sendable, Hashable {
        public let keyword: Int
        public let start: Int
    }

    public let keywords: [[UInt8]]
    private let byteClass: [UInt8]
    private let classCount: Int
    private let transitions: [Int32]
    /// For each state, the keywords that end there (its own and those reached by failure links).
    private let outputs: [[Int]]
    private let acceptsAny: [Bool]
    /// Bit `startIndex(a, b, c)` is set when some keyword starts with bytes a, b, c.
    private let startTriples: [UInt64]
    /// The skip loop needs every keyword to be at least three bytes long.
    private let canSkip: Bool

    public init(keywords: [String]) {
        let folded = keywords.map { Array($0.utf8).map(KeywordMatcher.lowercase) }
        self.keywords = folded

        var classes = [UInt8](repeating: 0, count: 256)
        var nextClass: UInt8 = 1
        for keyword in folded {
            for byte in keyword where classes[Int(byte)] == 0 {
                classes[Int(byte)] = nextClass
                nextClass += 1
            }
        }
        // Upper-case letters fold onto their lower-case column, so matching ignores ASCII case.
        for upper in UInt8(ascii: "A")...UInt8(ascii: "Z") {
            classes[Int(upper)] = classes[Int(upper | 0x20)]
        }
        let classCount = Int(nextClass)

        // One flat table, a row of `classCount` columns per state, grown a row at a time: a hook
        // builds it on every run, and an array per state cost more than the matching it serves.
        var table: [Int32] = []
        table.reserveCapacity((folded.reduce(0) { $0 + $1.count } + 1) * classCount)
        table.append(contentsOf: repeatElement(-1, count: classCount))
        var stateCount = 1
        var outputs: [[Int]] = [[]]
        for (index, keyword) in folded.enumerated() where !keyword.isEmpty {
            var state = 0
            for byte in keyword {
                let slot = state * classCount + Int(classes[Int(byte)])
                if table[slot] < 0 {
                    table[slot] = Int32(stateCount)
                    table.append(contentsOf: repeatElement(-1, count: classCount))
                    outputs.append([])
                    stateCount += 1
                }
                state = Int(table[slot])
            }
            outputs[state].append(index)
        }

        // Breadth-first over the trie: each state's failure link is already known when its
        // children are reached, so missing transitions can be filled from the failure state.
        var failure = [Int](repeating: 0, count: stateCount)
        var queue: [Int] = []
        queue.reserveCapacity(stateCount)
        table.withUnsafeMutableBufferPointer { cells in
            for column in 0..<classCount {
                let child = cells[column]
                if child < 0 {
                    cells[column] = 0
                } else {
                    queue.append(Int(child))
                }
            }
            var head = 0
            while head < queue.count {
                let state = queue[head]
                head += 1
                let fallback = failure[state]
                if !outputs[fallback].isEmpty { outputs[state] += outputs[fallback] }
                let row = state * classCount
                let fallbackRow = fallback * classCount
                for column in 0..<classCount {
                    let child = cells[row + column]
                    if child < 0 {
                        cells[row + column] = cells[fallbackRow + column]
                    } else {
                        failure[Int(child)] = Int(cells[fallbackRow + column])
                        queue.append(Int(child))
                    }
                }
            }
        }

        self.byteClass = classes
        self.classCount = classCount
        self.transitions = table
        self.outputs = outputs
        self.acceptsAny = outputs.map { !$0.isEmpty }

        var triples = [UInt64](repeating: 0, count: 512)
        for keyword in folded where keyword.count >= 3 {
            let index = KeywordMatcher.startIndex(keyword[0], keyword[1], keyword[2])
            triples[index >> 6] |= 1 << UInt64(index & 63)
        }
        self.startTriples = triples
        self.canSkip = !folded.isEmpty && folded.allSatisfy { $0.count >= 3 }
    }

    /// The low five bits of each of three bytes: an ASCII letter and its other case share them, so
    /// the filter ignores case for free; other bytes may collide, which only lets more through.
    @inline(__always)
    static func startIndex(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
        Int(first & 31) << 10 | Int(second & 31) << 5 | Int(third & 31)
    }

    /// Every keyword occurrence in `bytes`, in order of where it ends.
    public func hits(in bytes: UnsafeBufferPointer<UInt8>) -> [Hit] {
        var found: [Hit] = []
        transitions.withUnsafeBufferPointer { table in
            byteClass.withUnsafeBufferPointer { classes in
                acceptsAny.withUnsafeBufferPointer { accepts in
                    startTriples.withUnsafeBufferPointer { triples in
                        let width = classCount
                        let count = bytes.count
                        let skips = canSkip
                        var offset = 0
                        while offset < count {
                            if skips {
                                while offset &+ 2 < count {
                                    let index = KeywordMatcher.startIndex(bytes[offset], bytes[offset &+ 1], bytes[offset &+ 2])
                                    if triples[index &>> 6] & (1 &<< UInt64(index & 63)) != 0 { break }
                                    offset &+= 1
                                }
                            }
                            // A keyword may start here: walk the automaton from its root until it
                            // comes back to the root, where no match is in progress and skipping is safe.
                            var state = 0
                            repeat {
                                state = Int(table[state &* width &+ Int(classes[Int(bytes[offset])])])
                                if accepts[state] {
                                    for keyword in outputs[state] {
                                        found.append(Hit(keyword: keyword, start: offset + 1 - keywords[keyword].count))
                                    }
                                }
                                offset &+= 1
                            } while state != 0 && offset < count
                        }
                    }
                }
            }
        }
        return found
    }

    public func hits(in bytes: [UInt8]) -> [Hit] {
        bytes.withUnsafeBufferPointer { hits(in: $0) }
    }

    static func lowercase(_ byte: UInt8) -> UInt8 {
        (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) ? byte | 0x20 : byte
    }
}
