import BackstopCore
import BackstopGit
import BackstopSystem

/// Judging an action: capture what it left, gather the facts, classify, and then either snapshot
/// the result or roll it back.
extension WatchSession {
    static let ignoreFileName = Array(".gitignore".utf8)
    private static let teamConfiguration = RepositoryPath(".backstop.json")
    private static let findingAllowList = RepositoryPath(IgnoreFile.name)
    /// The agents' hook configurations: work files, guarded for Backstop's entries in them.
    private static let agentConfigurations = Dictionary(uniqueKeysWithValues: AgentDialect.allCases.map {
        (RepositoryPath(AgentHookConfiguration.path(for: $0)), $0)
    })
    private static let settingsFiles = [teamConfiguration, findingAllowList]

    /// Judges one action; a failure is said and logged, and the watcher goes on.
    func judge(_ action: Action, now: Int64) {
        guard (try? Files.status(location.root)?.identity) == rootIdentity else {
            // Nothing is left to watch: the watches went with the folder.
            say("backstop watch: the working tree \(location.root) was deleted; `backstop recover \(location.root)` rebuilds it from the store "
                + "outside the tree")
            stop(asked: false)
            return
        }
        do {
            try handle(action)
            if action.overflowed { recoveredFromFullDisk() }
        } catch let error as GitError where error.isOutOfSpace {
            say("backstop watch: the disk is full, so this action is in no snapshot yet: \(error); free space: until a snapshot succeeds, "
                + "the tree is rescanned every \(Self.rescanMilliseconds / 1000) s and before each sync")
            try? log.append(entry(.error, "the disk is full: \(error)"))
            rescanAfterFullDisk(now: now)
        } catch {
            judgeAfterHealing(action, failure: error)
        }
    }

    func handle(_ action: Action, wholeTree forceWholeTree: Bool = false) throws {
        // `.git` deleted with the work (`find . -delete`): it comes back first, and the whole tree
        // is judged, since what was read ahead went with the old object database.
        let rebuiltFiles = try rebuildRepositoryIfBroken()
        // A changed .gitignore changes which files are work: the files of folders it no longer
        // ignores are snapshotted now, with the whole tree, and the folders get watches.
        let ignoreChanged = action.paths.contains { $0.fileName == Self.ignoreFileName && !$0.isWithin(Self.gitFolder) }
        var noLongerWork = Set<RepositoryPath>()
        if ignoreChanged {
            events.rewatch()
            // What it ignores again is no longer work: the snapshot of this action leaves it out,
            // and leaving is not deleting.
            noLongerWork = Set(try store.dropNewlyIgnoredFiles())
        }
        if action.overflowed { findSyncCookies() }
        let wholeTree = forceWholeTree || action.overflowed || ignoreChanged || rebuiltFiles != nil
        // Files read ahead whose events cancelled out (created, then deleted) are not in the action's
        // paths, but the private index holds them: they are looked at again, or the snapshot keeps them.
        let changed = action.paths.filter { !$0.isWithin(Self.gitFolder) } + stagedSinceAction
        let paths: [RepositoryPath]? = wholeTree ? nil : RepositoryPath.covering(changed)
        let staged = !stagedSinceAction.isEmpty && rebuiltFiles == nil ? try store.stagedTree() : nil
        stagedSinceAction = []
        // An action inside `.git` alone (a hook, the config) changed no work file: an empty path list
        // would mean the whole tree to libgit2.
        let (afterTree, skipped) = paths == [] ? (settledTree, []) : try store.captureTree(paths: paths)
        noteLeftOut(skipped, within: paths)
        var keptPreImages = false
        if let staged, staged != settledTree, staged != afterTree {
            keptPreImages = try store.commit(tree: staged, reason: "files as they were written during an action", kind: .preImages).created
        }
        let inspection = try inspector.inspect(before: settledTree, after: afterTree, within: paths, noLongerWork: noLongerWork)
        var tampered = guards.changes(in: try GuardedFiles.read(root: location.root))
        if inspection.changes.contains(where: { $0.path == Self.teamConfiguration }) { tampered.append(Self.teamConfiguration) }
        if let edit = inspection.changes.first(where: { $0.path == Self.findingAllowList }),
           try inspector.addsUntrustedAllowances(edit, recorded: FindingAllowList.recorded(location), headTree: inspection.headTree) {
            tampered.append(Self.findingAllowList)
        }
        for change in inspection.changes where try weakensAgentHooks(change) { tampered.append(change.path) }
        if rebuiltFiles != nil { tampered.append(Self.gitFolder) }
        guard !inspection.changes.isEmpty || !tampered.isEmpty else {
            // Pre-images (files written, then moved or deleted within the action) are not a state
            // the tree settled in: the newest snapshot must again be the tree as it is.
            if keptPreImages { _ = try store.commit(tree: afterTree, reason: "after an action: no work file changed") }
            try store.flush()
            scheduleOutsideStoreUpdate(by: clock())
            return
        }
        var facts = inspection.facts
        facts.tamperedGuards = tampered
        let putBack = try putBackByPerson(inspection.changes)
        let undone = putBack != nil
        if undone { classifier.release() }
        // Putting files back loses nothing. An undo of what a rollback kept out needed a person at a
        // terminal, so it stands; a restore needs none, so what it brings back (a blocked state's
        // secret) is judged like any other write.
        var judged = facts
        if undone { (judged.lostPreexistingFiles, judged.discardedUncommittedFiles) = ([], []) }
        let classification = putBack == .undo ? Classification(findings: []) : classifier.classify(judged, at: clock())
        var record = entry(.action, undone ? "put back by `backstop undo` or `backstop restore`" : action.overflowed ? resumeNote : nil)
        if let rebuiltFiles {
            record.message = "`.git` was deleted: rebuilt from the store outside the tree (\(rebuiltFiles) files put back), history, refs and index included"
        }
        if action.overflowed { resumeNote = nil }
        record.describe(created: inspection.changes.filter { $0.before == nil }.count,
                        modified: inspection.changes.filter { $0.before != nil && $0.after != nil }.count,
                        deleted: inspection.deletedFiles, changed: inspection.changes.map(\.path), overflowed: action.overflowed, classification)
        record.before = settledSnapshot.hex
        if classification.verdict == .block {
            let restoring = Self.harmed(by: classification, in: inspection.changes, gitRebuilt: rebuiltFiles != nil)
            let sessionLosses = classification.findings.filter { $0.actionClass == .massDeletion }.flatMap(\.paths)
            let blocked = classification.findings.filter { $0.verdict == .block }.map(\.actionClass)
            let written = try rollBack(restoring: restoring, actionPaths: paths, guardsChanged: tampered.contains { !Self.settingsFiles.contains($0) && Self.agentConfigurations[$0] == nil },
                                       lost: facts.lostPreexistingFiles, blocked: blocked, into: &record)
            try restoreEarlierLosses(sessionLosses, blocked: blocked, into: &record)
            try noteStillStaged(written, in: &record)
            inspector.rolledBack(inspection)
        } else {
            for path in facts.lostPreexistingFiles { earlierLosses[path] = settledSnapshot }
            // A file written again (or an emptied one filled) is no longer lost: the session's total
            // counts what is missing, so an agent that rewrites files by deleting and recreating
            // them never adds up. A gutted file is written, but lost.
            let lostNow = Set(facts.lostPreexistingFiles)
            let returned = inspection.changes.filter { $0.after.map { $0.id != ObjectID.emptyBlob } ?? false }.map(\.path).filter { !lostNow.contains($0) }
            classifier.restored(returned)
            for path in returned { earlierLosses[path] = nil }
            let snapshot = try store.commit(tree: afterTree, reason: "after an action: \(inspection.changes.count) files changed", skipped: skipped)
            settledSnapshot = snapshot.id
            settledTree = afterTree
            record.snapshot = snapshot.id.hex
            try inspector.accept(inspection, putBackByPerson: undone)
            if inspection.changes.contains(where: { Self.settingsFiles.contains($0.path) }) { reload(into: &record) }
        }
        try log.append(record)
        if classification.verdict != .allow { say(record.summary) }
        try store.flush()
        if classification.verdict == .block {
            // A deletion still running (`find . -delete`) keeps the batcher busy, and may reach
            // `.git` next: the store must hold the state just rolled back to before then.
            updateOutsideStore()
        } else {
            scheduleOutsideStoreUpdate(by: clock())
        }
    }

    /// What a blocked action's rollback puts back: what the harm took, nothing else. The files that
    /// carry a blocked finding (a secret, a copied credential, a deleted, emptied or gutted file, the
    /// team's configuration); for a mass deletion, or `.git` deleted with the work, every file the
    /// action deleted or emptied, the session's own included (only the count is of pre-existing
    /// ones); and a folder turned into a link or a file on the way to one of those, which the restore
    /// replaces and never writes through. What the burst made or edited harmlessly stays.
    static func harmed(by classification: Classification, in changes: [FileChange], gitRebuilt: Bool) -> [RepositoryPath] {
        let blocked = classification.findings.filter { $0.verdict == .block }
        var harmed = Set(blocked.flatMap(\.paths))
        if gitRebuilt || blocked.contains(where: { $0.actionClass == .massDeletion }) {
            harmed.formUnion(changes.filter { $0.after == nil || $0.after?.id == ObjectID.emptyBlob }.map(\.path))
        }
        let onTheWay = Set(harmed.flatMap(\.ancestors))
        return changes.map(\.path).filter { harmed.contains($0) || onTheWay.contains($0) }
    }

    /// Whether a change of an agent's hook configuration removes or alters Backstop's entries, or
    /// switches hooks off; a file that no longer parses counts as removing them.
    private func weakensAgentHooks(_ change: FileChange) throws -> Bool {
        // OpenCode's plugin file is a fixed shim: Backstop's, changed or gone, is tamper.
        if change.path == RepositoryPath(OpenCodePlugin.path) {
            let before = try change.before.map { try store.content(of: $0.id) }
            let after = try change.after.map { try store.content(of: $0.id) }
            return OpenCodePlugin.isBackstop(before) && after != before
        }
        guard let dialect = Self.agentConfigurations[change.path] else { return false }
        func document(_ id: ObjectID?) throws -> JSONValue? {
            guard let id else { return nil }
            return try? StrictJSONReader.read(try store.content(of: id), source: change.path.description).value
        }
        return AgentHookConfiguration.weakens(dialect, before: try document(change.before?.id), after: try document(change.after?.id))
    }

    /// The settings changed and the change stands: the rules, allow lists, thresholds and verdicts
    /// are read again; a file that cannot be read keeps the ones in force, and the log says why.
    private func reload(into record: inout AuditEntry) {
        guard let reloadSettings else { return }
        let note: String
        do {
            let (configuration, detector) = try reloadSettings()
            inspector.use(detector)
            classifier.reconfigure(threshold: configuration.massDeletion, verdicts: configuration.verdicts)
            note = "settings read again (.backstop.json, .backstopignore)"
        } catch {
            note = "settings NOT read again, the ones in force stay: \(error)"
        }
        record.message = record.message.map { $0 + "\n" + note } ?? note
    }

    /// A person's `backstop undo` or `restore` while the watcher runs: a new undo record that is not
    /// the watcher's own, covering every changed path. Its restore held the snapshot lock until
    /// the record was written, and capturing the action waited for that lock, so the record is
    /// there to read.
    /// Returns the kind of that undo or restore; nil when the action is not one.
    private func putBackByPerson(_ changes: [FileChange]) throws -> UndoRecord.Kind? {
        guard let record = try store.undoRecord(), record.state != lastUndoState else { return nil }
        lastUndoState = record.state
        guard record.kind != .rollback else { return nil }
        let covered = Set(record.paths)
        let coveredAll = changes.allSatisfy { change in covered.contains(change.path) || change.path.ancestors.contains(where: covered.contains) }
        return coveredAll ? record.kind : nil
    }
}
