import Foundation

/// The message of a snapshot commit: the reason on the first line, then the time as a trailer, so
/// `git log refs/backstop/snapshots` reads well and `backstop snapshots` can parse it back.
public struct SnapshotMessage: Sendable, Equatable {
    public let reason: String
    /// Seconds since 1970.
    public let time: Int64
    public let kind: Kind

    /// What a snapshot holds; only `state` snapshots are what `restore` starts from by default.
    public enum Kind: String, Sendable {
        /// The working tree as it settled (or as a person asked to keep it).
        case state
        /// Taken by a restore, undo or rollback of the state it was about to replace (a blocked
        /// action's result among them): kept for `undo`.
        case backup
        /// Files the watcher read as soon as they were written, before the action that wrote them
        /// was judged: kept so a file written and deleted within one action is not lost.
        case preImages = "pre-images"
    }

    public init(reason: String, time: Int64, kind: Kind = .state) {
        // One line: a reason is a summary, and a newline would start the trailer block early.
        let line = reason.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        self.reason = line.isEmpty ? "snapshot" : line
        self.time = time
        self.kind = kind
    }

    static let trailer = "Backstop-Time: "
    static let kindTrailer = "Backstop-Kind: "

    public var text: String {
        "\(reason)\n\n\(Self.trailer)\(Self.format(time))\n" + (kind == .state ? "" : Self.kindTrailer + kind.rawValue + "\n")
    }

    /// Reads a message written by `text`; anything else keeps its first line as the reason, with `fallbackTime`.
    public init(parsing text: String, fallbackTime: Int64) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let reason = lines.first.map(String.init) ?? ""
        var time = fallbackTime
        if let line = lines.last(where: { $0.hasPrefix(Self.trailer) }), let parsed = UniversalTime.parse(line.dropFirst(Self.trailer.count)) {
            time = parsed
        }
        let kind = lines.last { $0.hasPrefix(Self.kindTrailer) }.flatMap { Kind(rawValue: String($0.dropFirst(Self.kindTrailer.count))) }
        self.init(reason: reason, time: time, kind: kind ?? .state)
    }

    /// UTC, to the second: `2026-11-22T09:30:00Z`.
    public static func format(_ time: Int64) -> String { UniversalTime.format(time) }
}
