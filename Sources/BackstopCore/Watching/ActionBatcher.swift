/// Turns a stream of events into actions, watchman's settle loop as a pure value: the clock is
/// passed in, so tests drive it with made-up times and the watcher sleeps exactly until `deadline`
/// (no wake-ups while nothing happens).
///
/// An action closes once no event has come for the settle period, or once it has been open for the
/// maximum length, whichever is first.
public struct ActionBatcher: Sendable {
    public let settleMilliseconds: Int64
    public let maximumMilliseconds: Int64

    private struct PathState {
        var existedBefore: Bool
        var existsAfter: Bool
        var isDirectory: Bool
        var renamedFrom: RepositoryPath?
    }

    private var firstEvent: Int64?
    private var lastEvent: Int64 = 0
    private var states: [RepositoryPath: PathState] = [:]
    private var pendingMoves: [UInt32: RepositoryPath] = [:]
    private var overflowed = false

    public init(settleMilliseconds: Int, maximumMilliseconds: Int) {
        self.settleMilliseconds = Int64(settleMilliseconds)
        self.maximumMilliseconds = Int64(max(maximumMilliseconds, settleMilliseconds))
    }

    public var isIdle: Bool { firstEvent == nil }

    /// When the open action closes if nothing else arrives; nil when no action is open.
    public var deadline: Int64? {
        guard let firstEvent else { return nil }
        return min(lastEvent + settleMilliseconds, firstEvent + maximumMilliseconds)
    }

    public mutating func receive(_ event: FileEvent, at time: Int64) {
        if firstEvent == nil { firstEvent = time }
        lastEvent = max(lastEvent, time)
        switch event.kind {
        case .overflow:
            overflowed = true
        case .created:
            record(event.path, exists: true, isDirectory: event.isDirectory)
        case .written, .modified, .attributesChanged:
            record(event.path, exists: true, isDirectory: event.isDirectory, existedIfNew: true)
        case .deleted:
            record(event.path, exists: false, isDirectory: event.isDirectory, existedIfNew: true)
        case .movedFrom(let cookie):
            pendingMoves[cookie] = event.path
            record(event.path, exists: false, isDirectory: event.isDirectory, existedIfNew: true)
        case .movedTo(let cookie):
            record(event.path, exists: true, isDirectory: event.isDirectory)
            if let origin = pendingMoves.removeValue(forKey: cookie) { states[event.path]?.renamedFrom = origin }
        }
    }

    /// The action, if its deadline has come by `now`; the batcher is then idle again.
    public mutating func close(at now: Int64) -> Action? {
        guard let firstEvent, let deadline, now >= deadline else { return nil }
        var changes: [PathChange] = []
        for (path, state) in states {
            let effect: PathChange.Effect
            switch (state.existedBefore, state.existsAfter) {
            case (false, true): effect = .created
            case (true, false): effect = .deleted
            case (true, true): effect = .modified
            case (false, false): continue
            }
            changes.append(PathChange(path: path, effect: effect, isDirectory: state.isDirectory, renamedFrom: state.renamedFrom))
        }
        changes.sort { $0.path < $1.path }
        let action = Action(start: firstEvent, end: lastEvent, changes: changes, overflowed: overflowed)
        self = ActionBatcher(settleMilliseconds: Int(settleMilliseconds), maximumMilliseconds: Int(maximumMilliseconds))
        return action
    }

    /// The first event on a path says whether it was there before the action: anything but a
    /// creation means it was.
    private mutating func record(_ path: RepositoryPath, exists: Bool, isDirectory: Bool, existedIfNew: Bool = false) {
        if states[path] == nil {
            states[path] = PathState(existedBefore: existedIfNew, existsAfter: exists, isDirectory: isDirectory)
        } else {
            states[path]?.existsAfter = exists
            states[path]?.isDirectory = isDirectory
            if !exists { states[path]?.renamedFrom = nil }
        }
    }
}
