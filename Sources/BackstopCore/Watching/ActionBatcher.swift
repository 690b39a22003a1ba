/// Turns a stream of events into actions, watchman's settle loop as a pure value: the clock is
/// passed in, so tests drive it with made-up times and the watcher sleeps exactly until `deadline`
/// (no wake-ups while nothing happens).
///
/// An action closes once no event has come for the settle period, or once it has been open for the
/// maximum length, whichever is first. An action that so far only took whole folders away (`rm -rf
/// src docs`: every path gone is a folder gone or lies in one, nothing was created or changed) closes
/// after a sixth of the settle period, but no less than 50 ms: the folders are gone, and a rollback
/// that waits the whole period only leaves them missing longer. A deletion paused between two
/// folders for longer is judged as two actions, which the session's count of deletions adds up.
public struct ActionBatcher: Sendable {
    public let settleMilliseconds: Int64
    public let maximumMilliseconds: Int64
    /// The quiet that closes an action that only removed whole folders.
    public var folderRemovalSettleMilliseconds: Int64 { min(settleMilliseconds, max(settleMilliseconds / 6, 50)) }

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
    /// Paths there after the action (created or changed): while there is one, the full settle period applies.
    private var present = 0
    /// Folders the action removed (at some point: one that came back counts in `present`).
    private var removedFolders = Set<RepositoryPath>()
    /// Removed paths outside every removed folder, by their parent folder (few keys to look through
    /// when a folder goes).
    private var looseRemovals: [RepositoryPath: Set<RepositoryPath>] = [:]

    public init(settleMilliseconds: Int, maximumMilliseconds: Int) {
        self.settleMilliseconds = Int64(settleMilliseconds)
        self.maximumMilliseconds = Int64(max(maximumMilliseconds, settleMilliseconds))
    }

    public var isIdle: Bool { firstEvent == nil }

    /// When the open action closes if nothing else arrives; nil when no action is open.
    public var deadline: Int64? {
        guard let firstEvent else { return nil }
        return min(lastEvent + (removesWholeFoldersOnly ? folderRemovalSettleMilliseconds : settleMilliseconds), firstEvent + maximumMilliseconds)
    }

    /// Whether every change so far is a folder gone or a path in one (an overflow hides what changed).
    var removesWholeFoldersOnly: Bool {
        !overflowed && present == 0 && !removedFolders.isEmpty && looseRemovals.isEmpty
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
        let previous = states[path]
        if previous == nil {
            states[path] = PathState(existedBefore: existedIfNew, existsAfter: exists, isDirectory: isDirectory)
        } else {
            states[path]?.existsAfter = exists
            states[path]?.isDirectory = isDirectory
            if !exists { states[path]?.renamedFrom = nil }
        }
        if previous?.existsAfter == true { present -= 1 }
        if exists { present += 1 }
        guard let state = states[path] else { return }
        noteRemoval(path, removed: state.existedBefore && !state.existsAfter, isDirectory: isDirectory)
    }

    /// Keeps `removedFolders` and `looseRemovals` up to date with the state of `path`.
    private mutating func noteRemoval(_ path: RepositoryPath, removed: Bool, isDirectory: Bool) {
        let parent = path.ancestors.last ?? RepositoryPath(bytes: [])
        if !removed {
            looseRemovals[parent]?.remove(path)
            if looseRemovals[parent]?.isEmpty == true { looseRemovals[parent] = nil }
            return
        }
        if isDirectory {
            removedFolders.insert(path)
            // `rm -rf` empties a folder before removing it: what it removed inside is no longer loose.
            for folder in looseRemovals.keys where folder.isWithin(path) { looseRemovals[folder] = nil }
        }
        if !isDirectory, !path.ancestors.contains(where: removedFolders.contains) { looseRemovals[parent, default: []].insert(path) }
    }
}
