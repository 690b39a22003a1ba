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
    /// The classes of the blocked action whose result `state` holds: what `undo` would put back
    /// (empty for a state no block kept out; nil when not known). Whether `undo` needs a person
    /// is decided on these (`PersonOnlyPolicy`).
    public let blockedInState: [ActionClass]?
    /// The same for the state the operation left: what an undo of this undo would put back.
    public let blockedInResult: [ActionClass]?

    public init(kind: Kind, state: ObjectID, time: Int64, paths: [RepositoryPath], blockedInState: [ActionClass]? = [],
                blockedInResult: [ActionClass]? = []) {
        self.kind = kind
        self.state = state
        self.time = time
        self.paths = paths
        self.blockedInState = blockedInState
        self.blockedInResult = blockedInResult
    }

    static let header = "backstop-undo 2"
    /// Records written before the classes were kept: a rollback's or an undo's are not known.
    static let firstHeader = "backstop-undo 1"
    private static let unknown = "?"

    /// A header line each for the kind, state, time and the two class lists (comma-separated,
    /// `?` when not known), then the paths separated by NUL bytes, because a path may hold any
    /// byte but NUL (a newline included).
    var encoded: [UInt8] {
        func classes(_ list: [ActionClass]?) -> String { list.map { $0.map(\.rawValue).joined(separator: ",") } ?? Self.unknown }
        var bytes = Array("\(Self.header)\n\(kind.rawValue)\n\(state.hex)\n\(time)\n\(classes(blockedInState))\n\(classes(blockedInResult))\n".utf8)
        for path in paths { bytes += path.bytes + [0] }
        return bytes
    }

    init?(decoding bytes: [UInt8]) {
        var lines: [String] = []
        var position = 0
        func readLine() -> String? {
            guard let newline = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            defer { position = newline + 1 }
            return String(decoding: bytes[position..<newline], as: UTF8.self)
        }
        while lines.count < 4, let line = readLine() { lines.append(line) }
        guard lines.count == 4, lines[0] == Self.header || lines[0] == Self.firstHeader, let kind = Kind(rawValue: lines[1]),
              let state = ObjectID(hex: lines[2]), let time = Int64(lines[3]) else { return nil }
        func classes(_ line: String?) -> [ActionClass]?? {
            guard let line else { return .none }
            if line == Self.unknown { return .some(nil) }
            let names = line.split(separator: ",").map(String.init)
            let known = names.compactMap(ActionClass.init(rawValue:))
            return known.count == names.count ? .some(known) : .none
        }
        let blockedInState: [ActionClass]?
        let blockedInResult: [ActionClass]?
        if lines[0] == Self.header {
            guard case .some(let inState) = classes(readLine()), case .some(let inResult) = classes(readLine()) else { return nil }
            (blockedInState, blockedInResult) = (inState, inResult)
        } else {
            (blockedInState, blockedInResult) = kind == .restore ? ([], []) : (nil, nil)
        }
        self.init(kind: kind, state: state, time: time,
                  paths: bytes[position...].split(separator: 0).map { RepositoryPath(bytes: Array($0)) },
                  blockedInState: blockedInState, blockedInResult: blockedInResult)
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
