import BackstopCore
import BackstopTestSupport
import Foundation
import Testing

/// A work file too large for snapshots is named in the audit log when it appears and when it is
/// deleted, and counted by `status` (B6.9): its loss is never silent.
@Suite struct LeftOutFileTests {
    @Test func aFileTooLargeForSnapshotsIsNamedWhenItComesAndWhenItGoes() throws {
        var files = WatchedRepository.sourceFiles(8)
        files[".backstop.json"] = #"{"snapshots": {"maxFileBytes": 4096}}"#
        let watched = try WatchedRepository(files: files)
        try watched.repository.write("data/large.bin", String(repeating: "x", count: 10_000))
        var entries = try watched.sync()
        #expect(entries.contains { $0.event == .leftOut && ($0.message ?? "").contains("left out of snapshots: data/large.bin") },
                "\(entries.map(\.summary))")
        let status = try watched.repository.backstop("status")
        #expect(status.output.contains("left out of snapshots: 1 work files"), "\(status.all)")

        try watched.shell("rm -rf data").expectSuccess()
        entries = try watched.sync()
        #expect(entries.contains { $0.event == .leftOut && ($0.message ?? "").contains("deleted, and in no snapshot: data/large.bin") },
                "\(entries.map(\.summary))")
        #expect(try !watched.repository.backstop("status").output.contains("left out of snapshots"))
    }
}
