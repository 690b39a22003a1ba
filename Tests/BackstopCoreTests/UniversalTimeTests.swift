@testable import BackstopCore
import Foundation
import Testing

/// The audit log's and the snapshot messages' timestamps, written and read without Foundation's
/// formatters: the same text as `ISO8601DateFormatter`, and back.
@Suite struct UniversalTimeTests {
    @Test(arguments: [
        (Int64(0), "1970-01-01T00:00:00Z"),
        (Int64(-1), "1969-12-31T23:59:59Z"),
        (Int64(951_782_400), "2000-02-29T00:00:00Z"),
        (Int64(1_795_339_800), "2026-11-22T09:30:00Z"),
        (Int64(4_107_542_399), "2100-02-28T23:59:59Z"),
        (Int64(4_107_542_400), "2100-03-01T00:00:00Z"),
        (Int64(253_402_300_799), "9999-12-31T23:59:59Z"),
    ])
    func formatsAndReadsBack(time: Int64, text: String) {
        #expect(UniversalTime.format(time) == text)
        #expect(UniversalTime.parse(text) == time)
    }

    @Test func agreesWithFoundationsFormatter() {
        var generator = SystemRandomNumberGenerator()
        let foundation = ISO8601DateFormatter()
        for _ in 0..<2_000 {
            let time = Int64.random(in: -2_000_000_000...8_000_000_000, using: &generator)
            let text = foundation.string(from: Date(timeIntervalSince1970: TimeInterval(time)))
            #expect(UniversalTime.format(time) == text, "time \(time)")
            #expect(UniversalTime.parse(text) == time, "text \(text)")
        }
    }

    @Test(arguments: [
        ("2026-11-22T10:30:00+01:00", Int64(1_795_339_800)),
        ("2026-11-22T04:30:00-0500", Int64(1_795_339_800)),
    ])
    func readsOffsets(text: String, time: Int64) {
        #expect(UniversalTime.parse(text) == time)
    }

    @Test(arguments: ["", "2026-11-22", "2026-11-22T09:30:00", "2026-13-01T00:00:00Z", "2026-02-29T00:00:00Z", "2026-11-22T24:00:00Z",
                      "2026-11-22T09:30:00+1", "2026-11-22 09:30:00Z", "20x6-11-22T09:30:00Z", "2026-11-22T09:30:00Zjunk"])
    func refusesWhatIsNotATime(text: String) {
        #expect(UniversalTime.parse(text) == nil)
    }
}
