@testable import BackstopCore
import BackstopTestSupport
import Testing

@Suite struct ContentStreamTests {
    static let detector = SecretDetector(rules: BuiltInRules.all.filter { $0.id == "aws-access-key-id" } + [acmeRule])

    static let acmeRule = SecretRule(id: "acme-token", description: "Acme token", family: "custom", pattern: #"\b(acme_[a-z0-9]{32})\b"#,
                                     keywords: ["acme_"], secretGroup: 1)

    /// Filler lines with tokens at uneven places, so some straddle any window edge.
    static func content(tokens: Int) -> [UInt8] {
        var random = SampleRandom(seed: 42)
        var text = ""
        for index in 0..<tokens {
            for _ in 0..<(1 + random.below(9)) { text += random.string(random.below(70), .letters) + "\n" }
            text += String(repeating: " ", count: random.below(40))
            text += index % 2 == 0 ? "key = " + CustomRuleSamples.acmeToken(seed: UInt64(index)) : "id: " + FakeSecrets.awsAccessKeyID(seed: UInt64(index))
            text += "\n"
        }
        return Array(text.utf8)
    }

    static func summary(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.ruleID) \($0.line):\($0.column) \($0.fingerprint)" }
    }

    @Test(arguments: [(64, 1), (333, 7), (1_000, 97), (1 << 20, 4_096)])
    func aStreamFindsWhatTheWholeContentHoldsAtTheSamePlaces(_ windowBytes: Int, _ largestPiece: Int) throws {
        let bytes = Self.content(tokens: 24)
        let place = Fragment(path: "(stdin)", bytes: [])
        let whole = Self.detector.findings(in: Fragment(path: "(stdin)", bytes: bytes))
        #expect(whole.count == 24)

        var offset = 0
        var random = SampleRandom(seed: UInt64(windowBytes))
        var largestAsked = 0
        let streamed = Self.detector.findings(streamingAt: place, windowBytes: windowBytes) { wanted in
            largestAsked = max(largestAsked, wanted)
            let count = min(wanted, 1 + random.below(largestPiece), bytes.count - offset)
            defer { offset += count }
            return Array(bytes[offset..<(offset + count)])
        }
        #expect(streamed.count == bytes.count)
        #expect(Self.summary(streamed.findings) == Self.summary(whole))
        let windowed = Self.detector.findings(at: place, count: bytes.count, windowBytes: windowBytes) { Array(bytes[$0]) }
        #expect(Self.summary(streamed.findings) == Self.summary(windowed))
        // Memory holds a window and its overlap either side, never the whole stream.
        #expect(largestAsked <= windowBytes + 2 * Self.detector.longestMatchBytes)
    }

    @Test(arguments: [0, 1, 64, 128, 1_000])
    func emptyAndEdgeLengthStreamsEnd(_ length: Int) {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
        var offset = 0
        let streamed = Self.detector.findings(streamingAt: Fragment(path: "-", bytes: []), windowBytes: 64) { wanted in
            let count = min(wanted, bytes.count - offset)
            defer { offset += count }
            return Array(bytes[offset..<(offset + count)])
        }
        #expect(streamed.count == length)
        #expect(streamed.findings.isEmpty)
    }
}
