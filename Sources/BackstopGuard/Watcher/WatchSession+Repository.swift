import BackstopCore
import BackstopGit
import BackstopSystem

/// The repository itself: the store outside the tree kept up to date, and `.git` rebuilt from it
/// when an action deleted it.
extension WatchSession {
    /// What deleting `.git` deletes first, and what no git command works without: the deletion of
    /// any of them is an action, judged like the deletion of work files.
    static let repositoryParts = [".git", ".git/HEAD", ".git/objects", ".git/refs", ".git/backstop"].map { RepositoryPath($0) }
    /// How long after the last change inside `.git` the store catches up: a commit or a rebase is
    /// many writes.
    static let outsideStoreDelayMilliseconds: Int64 = 200
    /// How many times an action that failed on a damaged repository is healed and judged again.
    static let healingAttempts = 3

    /// Whether an event deleted (or moved away) a part of `.git` the repository cannot do without.
    static func breaksRepository(_ event: FileEvent) -> Bool {
        var gone = event.kind == .deleted
        if case .movedFrom = event.kind { gone = true }
        return gone && repositoryParts.contains(event.path)
    }

    /// Asks for the store to catch up by `time` (or sooner, if asked already).
    func scheduleOutsideStoreUpdate(by time: Int64) {
        outsideStoreDue = min(outsideStoreDue ?? time, time)
    }

    /// Brings the store outside the tree up to date, after keeping the commits that refs moved or
    /// deleted since it last did would lose. A failure is said once (until an update succeeds
    /// again) and logged; the watcher goes on guarding.
    func updateOutsideStore() {
        outsideStoreDue = nil
        do {
            try journalReferences()
            try checkPushedReferences()
            _ = try outside.update()
            reportedOutsideStoreFailure = false
        } catch {
            guard !reportedOutsideStoreFailure else { return }
            reportedOutsideStoreFailure = true
            say("backstop watch: cannot update the store outside the tree (\(outside.directory)): \(error)")
            try? log.append(entry(.error, "cannot update the store outside the tree \(outside.directory): \(error)"))
        }
    }

    /// An action failed on a damaged repository (refs deleted and `git gc --prune=now` took objects
    /// the private index names): the watcher heals (objects put back from the store outside the
    /// tree, the private index cleared of what is still missing) and judges the action again,
    /// against the whole tree, up to `healingAttempts` times. If that fails too, it takes a fresh
    /// baseline so the next action can be judged, and says loudly that this one was not.
    func judgeAfterHealing(_ action: Action, failure: Error) {
        var lastError = failure
        // A deletion still running through `.git` (`find . -delete`) can take again what healing put
        // back: each attempt heals anew, and the deletion ends meanwhile.
        for _ in 0..<Self.healingAttempts {
            waitUntilQuiet()
            do {
                let healed = try heal()
                try handle(action, wholeTree: true)
                say("backstop watch: healed after \(failure): \(healed)")
                try? log.append(entry(.error, "healed after \(failure): \(healed)"))
                return
            } catch {
                lastError = error
            }
        }
        var message = "could not judge an action, even after healing: \(lastError) (first: \(failure))"
        if let baseline = try? store.take(reason: "backstop watch: fresh baseline after a failure") {
            settledSnapshot = baseline.id
            settledTree = baseline.tree
            message += "; fresh baseline \(baseline.id.short): what the action changed was not judged, "
                + "`backstop restore \(settledSnapshot.short)` and the snapshots before it hold the earlier state"
        }
        say("backstop watch: ERROR: \(message)")
        try? log.append(entry(.unjudged, message))
    }

    /// Waits until no event has come for a settle period (bounded by an action's longest time), so
    /// a deletion still running through `.git` ends before healing; the events go to the next action.
    private func waitUntilQuiet() {
        let end = clock() + batcher.maximumMilliseconds
        while clock() < end {
            events.wait(until: min(end, clock() + batcher.settleMilliseconds))
            let more = events.take()
            if more.isEmpty || events.isClosed { return }
            receive(more, at: clock())
        }
    }

    /// `.git`, or a part every git command needs, is gone: it is rebuilt from the store before
    /// anything else, since capturing the action and rolling it back read its objects. Returns the
    /// files put back, nil when the repository is whole.
    func rebuildRepositoryIfBroken() throws -> Int? {
        guard !OutsideStore.isWhole(location.commonDirectory) || !Files.exists(location.stateDirectory) else { return nil }
        let rebuilt: OutsideStore.Rebuild
        do {
            rebuilt = try outside.rebuild(into: location.commonDirectory)
        } catch {
            throw GuardError("`.git` was deleted and cannot be rebuilt from the store outside the tree: \(error)",
                             hint: "stop every process writing to \(location.root), then run `backstop recover \(location.root) --force`")
        }
        _ = try store.resumeAfterRebuild()
        // The store may lag behind the settled state (a snapshot taken just before `.git` went):
        // the newest snapshot it held is then what the action is judged against.
        if (try? store.tree(ofCommit: settledSnapshot)) == nil, let newest = try store.newest() {
            settledSnapshot = newest
            settledTree = try store.tree(ofCommit: newest)
        }
        return rebuilt.restoredFiles
    }

    /// Refs journaled: a deleted branch or tag, one moved off its commit, a dropped stash entry, a
    /// cut snapshot chain keep their old commit under `refs/backstop/journal/` (its objects put
    /// back from the store first if `gc` pruned them), and the log says how to get each back.
    func journalReferences() throws {
        let changes = outside.referenceChanges()
        let dropped = outside.droppedStashEntries()
        guard !changes.isEmpty || !dropped.isEmpty else { return }
        let fastForwards = Set(changes.filter { change in change.new.map { store.isAncestor(change.old, of: $0) } ?? false }.map(\.name))
        let entries = ReferenceJournal.plan(changes: changes, dropped: dropped, fastForwards: fastForwards, stillNamed: outside.namedCommits(),
                                            time: SnapshotStore.now())
        guard !entries.isEmpty else { return }
        for entry in entries {
            do {
                try store.keep(entry.id, as: entry.keptAs)
            } catch {
                _ = try outside.rebuild(into: location.commonDirectory, objectsOnly: true)
                try store.keep(entry.id, as: entry.keptAs)
            }
        }
        let lines = entries.map { "\($0.event): `\($0.command)` brings it back (kept as \($0.keptAs))" }
        try log.append(entry(.journal, lines.joined(separator: "\n")))
        say("backstop watch: " + lines.joined(separator: "\n  "))
    }

    /// Puts back from the store whatever `.git` lacks (objects `gc` pruned, refs deleted) and drops
    /// from the private index what is still missing, so the next whole-tree snapshot reads those
    /// files again; returns what was done, for the log.
    func heal() throws -> String {
        var done: String
        do {
            done = "\(try outside.rebuild(into: location.commonDirectory, objectsOnly: true).restoredFiles) objects put back from the store outside the tree"
        } catch {
            done = "nothing put back from the store outside the tree (\(error))"
        }
        return done + ", \(try store.resumeAfterRebuild()) snapshot entries to read again from disk"
    }
}
