import BackstopCore
import BackstopSystem

/// What `backstop undo` puts back: the state a restore, undo or rollback replaced, and the paths it
/// changed. The state's commit is kept reachable by `refs/backstop/undo`, so pruning never drops it.
public struct UndoRecord: Sendable {
    /// What replaced the state.
    public enum Kind: String, Sendable {
        /// `backstop restore`.
        case restore
        /// `backstop undo`.
        case undo
        /// The watcher, blocking an action.
        case rollback
    }

    public let kind: Kind
    public let state: ObjectID
    /// Seconds since 1970.
    public let time: Int64
    public let paths: [RepositoryPath]

    public init(kind: Kind, state: ObjectID, time: Int64, paths: [RepositoryPath]) {
        self.kind = kind
        self.state = state
        self.time = time
        self.paths = paths
    }

    static let header = "backstop-undo 1"

    /// A header line each for the kind, state and time, then the paths separated by NUL bytes,
    /// because a path may hold any byte but NUL (a newline included).
    var encoded: [UInt8] {
        var bytes = Array("\(Self.header)\n\(kind.rawValue)\n\(state.hex)\n\(time)\n".utf8)
        for path in paths { bytes += path.bytes + [0] }
        return bytes
    }

    init?(decoding bytes: [UInt8]) {
        var lines: [String] = []
        var position = 0
        while lines.count < 4, let newline = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) {
            lines.append(String(decoding: bytes[position..<newline], as: UTF8.self))
            position = newline + 1
        }
        guard lines.count == 4, lines[0] == Self.header, let kind = Kind(rawValue: lines[1]), let state = ObjectID(hex: lines[2]),
              let time = Int64(lines[3]) else { return nil }
        self.init(kind: kind, state: state, time: time,
                  paths: bytes[position...].split(separator: 0).map { RepositoryPath(bytes: Array($0)) })
    }
}

extension SnapshotStore {
    private var undoRecordPath: String { location.stateDirectory + "/undo" }

    /// The record `undo` would follow; nil when there is none.
    public func undoRecord() throws(GitError) -> UndoRecord? {
        let data: [UInt8]?
        do {
            data = try Files.contents(undoRecordPath)
        } catch {
            throw GitError(error)
        }
        guard let data else { return nil }
        guard let record = UndoRecord(decoding: data) else {
            throw GitError(function: "read \(undoRecordPath)", code: -1, message: "the undo record is not one Backstop wrote; delete it to start afresh")
        }
        return record
    }

    /// Saves `record` for `undo`: the reference first, so the state is reachable before the record
    /// names it; the record file is replaced atomically.
    func recordUndo(_ record: UndoRecord) throws(GitError) {
        try repository.updateReference(Self.undoReference, to: record.state, force: true, message: "backstop: \(record.kind)")
        do {
            try Files.writeAtomically(record.encoded, to: undoRecordPath)
        } catch {
            throw GitError(error)
        }
    }
}
