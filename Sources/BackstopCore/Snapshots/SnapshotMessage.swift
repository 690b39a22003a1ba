import Foundation

/// The message of a snapshot commit: the reason on the first line, then the time as a trailer, so
/// `git log refs/backstop/snapshots` reads well and `backstop snapshots` can parse it back.
public struct SnapshotMessage: Sendable, Equatable {
    public let reason: String
    /// Seconds since 1970.
    public let time: Int64
    /// Taken by a restore or undo of the state it was about to replace: kept for `undo`, never the
    /// default source of a restore.
    public let isBackup: Bool

    public init(reason: String, time: Int64, isBackup: Bool = false) {
        // One line: a reason is a summary, and a newline would start the trailer block early.
        let line = reason.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        self.reason = line.isEmpty ? "snapshot" : line
        self.time = time
        self.isBackup = isBackup
    }

    static let trailer = "Backstop-Time: "
    static let backupTrailer = "Backstop-Kind: backup"

    public var text: String {
        "\(reason)\n\n\(Self.trailer)\(Self.format(time))\n" + (isBackup ? Self.backupTrailer + "\n" : "")
    }

    /// Reads a message written by `text`; anything else keeps its first line as the reason, with `fallbackTime`.
    public init(parsing text: String, fallbackTime: Int64) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let reason = lines.first.map(String.init) ?? ""
        var time = fallbackTime
        if let line = lines.last(where: { $0.hasPrefix(Self.trailer) }),
           let date = ISO8601DateFormatter().date(from: String(line.dropFirst(Self.trailer.count))) {
            time = Int64(date.timeIntervalSince1970)
        }
        self.init(reason: reason, time: time, isBackup: lines.contains { $0 == Self.backupTrailer })
    }

    /// UTC, to the second: `2026-11-22T09:30:00Z`.
    public static func format(_ time: Int64) -> String {
        ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval(time)))
    }
}
