import BackstopCore
import BackstopSystem
import Clibgit2

/// Restoring: files put back from a snapshot through the private index, checked, and recorded so
/// `undo` can reverse it.
extension SnapshotStore {
    /// Puts files back from `source`: every path, or those within `paths`. The working tree is
    /// snapshotted first, so the restore can be undone (`undo`). Paths only the working tree holds
    /// are kept unless `exact`. HEAD and the user's index are never touched: checkout goes through
    /// the private index, and never writes through a symbolic link (a link standing where the
    /// snapshot has a folder is replaced, not followed).
    ///
    /// `backingUpOnlyPaths` is for a caller that keeps the private index fresh everywhere else (the
    /// watcher): the backup then reads only `paths`, not the whole tree. `blocked` are the classes
    /// of the action a rollback keeps out (nil: not known), which the undo record keeps.
    public func restore(from source: ObjectID, within paths: [RepositoryPath]?, exact: Bool, dryRun: Bool, reason: String, now: Int64 = SnapshotStore.now(),
                        recordingAs kind: UndoRecord.Kind = .restore, blocked: [ActionClass]? = [],
                        backingUpOnlyPaths: Bool = false) throws(GitError) -> RestoreReport {
        try lock.withLock { () throws(GitError) -> RestoreReport in
            try restoreHoldingLock(from: source, within: paths, exact: exact, dryRun: dryRun, reason: reason, now: now, kind: kind,
                                   blockedInState: blocked, blockedInResult: [], backingUpOnlyPaths: backingUpOnlyPaths)
        }
    }

    /// Puts back what the last restore, undo or rollback replaced; nil when there is nothing to
    /// undo. `expected` is the state of the record the caller looked at (to ask a person, say): a
    /// record written since (the watcher blocked something meanwhile) is not followed.
    public func undo(expecting expected: ObjectID? = nil, now: Int64 = SnapshotStore.now()) throws(GitError) -> RestoreReport? {
        try lock.withLock { () throws(GitError) -> RestoreReport? in
            guard let record = try undoRecord(), !record.paths.isEmpty else { return nil }
            if let expected, record.state != expected {
                throw GitError(function: "undo", code: -1, message: "a rollback or restore happened since undo was asked, so nothing was put back; look at "
                               + "`backstop log` and run undo again")
            }
            // Undoing swaps the states: what this undo replaces is what an undo of it puts back.
            return try restoreHoldingLock(from: record.state, within: record.paths, exact: true, dryRun: false,
                                          reason: "before undo of the last \(record.kind.rawValue)", now: now, kind: .undo,
                                          blockedInState: record.blockedInResult, blockedInResult: record.blockedInState, backingUpOnlyPaths: false)
        }
    }

    private func restoreHoldingLock(from source: ObjectID, within paths: [RepositoryPath]?, exact: Bool, dryRun: Bool, reason: String, now: Int64,
                                    kind: UndoRecord.Kind, blockedInState: [ActionClass]?, blockedInResult: [ActionClass]?,
                                    backingUpOnlyPaths: Bool) throws(GitError) -> RestoreReport {
        let (current, skipped) = try capture(paths: backingUpOnlyPaths ? paths : nil)
        let before = dryRun ? nil : try commit(tree: current, reason: reason, now: now, skipped: skipped, kind: .backup).id
        let sourceTree = try repository.commit(source).treeID
        let differences = try TreeComparison(repository: repository, filters: paths).differences(from: current, to: sourceTree)
        let plan = RestorePlan(changes: differences.map(\.change), exact: exact)
        guard let before, !plan.touched.isEmpty else {
            return RestoreReport(source: source, before: before, plan: plan, mismatched: [], dryRun: dryRun)
        }
        var direct = DirectCheckout(repository: repository, index: index, location: location)
        let toWrite = Set(plan.written.map(\.path))
        try direct.write(differences.filter { toWrite.contains($0.path) }, from: sourceTree)
        let rest = Self.checkoutPaths(plan, differences, writtenDirectly: direct.written)
        if !rest.isEmpty {
            // libgit2 writes the private index, with the entries written directly.
            try checkOut(sourceTree, baseline: current, paths: rest)
        } else if !direct.written.isEmpty {
            unwrittenRefreshes += 1
            if !writesIndexLazily {
                try index.write()
                unwrittenRefreshes = 0
            }
        }
        let mismatched = try verify(differences, plan, writtenDirectly: direct.written)
        try recordUndo(UndoRecord(kind: kind, state: before, time: now, paths: plan.touched, blockedInState: blockedInState,
                                  blockedInResult: blockedInResult))
        return RestoreReport(source: source, before: before, plan: plan, mismatched: mismatched, dryRun: false)
    }

    /// What is left for libgit2: whole folders the working tree lacks are checked out by folder,
    /// much faster than by file, unless some of their files were written directly.
    private static func checkoutPaths(_ plan: RestorePlan, _ differences: [TreeDifference],
                                      writtenDirectly: [RepositoryPath: StatData]) -> [RepositoryPath] {
        var folderOf: [RepositoryPath: RepositoryPath] = [:]
        var partlyWritten = Set<RepositoryPath>()
        for difference in differences {
            folderOf[difference.path] = difference.absentFolder
            if writtenDirectly[difference.path] != nil, let folder = difference.absentFolder { partlyWritten.insert(folder) }
        }
        var seen = Set<RepositoryPath>()
        var result: [RepositoryPath] = []
        for path in plan.touched where writtenDirectly[path] == nil {
            let item = folderOf[path].flatMap { partlyWritten.contains($0) ? nil : $0 } ?? path
            if seen.insert(item).inserted { result.append(item) }
        }
        return result
    }

    private func checkOut(_ tree: ObjectID, baseline: ObjectID, paths: [RepositoryPath]) throws(GitError) {
        let target = try repository.tree(tree)
        let base = try repository.tree(baseline)
        var options = git_checkout_options()
        try check(backstop_git_checkout_options_init(&options, UInt32(GIT_CHECKOUT_OPTIONS_VERSION)), "git_checkout_options_init")
        // FORCE within the listed paths; the baseline is the working tree as just snapshotted, so
        // libgit2 removes exactly what is listed and absent from the target.
        options.checkout_strategy = GIT_CHECKOUT_FORCE.rawValue | GIT_CHECKOUT_DISABLE_PATHSPEC_MATCH.rawValue
        options.baseline = base.pointer
        let pathspec = CStringArray(paths.map(\.bytes))
        defer { pathspec.free() }
        options.paths = pathspec.strarray
        let code = withExtendedLifetime((target, base)) { backstop_git_checkout_tree(repository.pointer, target.pointer, &options) }
        try check(code, "git_checkout_tree")
    }

    /// Reads back every restored path and compares it with the snapshot: content (through git's
    /// filters, as snapshots hash it), executable bit, link target; removed paths must be gone.
    /// A file written directly is checked by its stamp: the same file, unchanged since it was
    /// written from its blob (whose hash libgit2 checked on reading).
    private func verify(_ differences: [TreeDifference], _ plan: RestorePlan,
                        writtenDirectly: [RepositoryPath: StatData]) throws(GitError) -> [RepositoryPath] {
        let written = Set(plan.written.map(\.path))
        let removed = Set(plan.removed.map(\.path))
        var mismatched: [RepositoryPath] = []
        for difference in differences {
            let full = difference.path.cString(under: location.root)
            let status = try? Files.status(full)
            if removed.contains(difference.path) {
                if status != nil { mismatched.append(difference.path) }
                continue
            }
            guard written.contains(difference.path), let expected = difference.after, let kind = expected.kind else { continue }
            guard let status else {
                mismatched.append(difference.path)
                continue
            }
            if let stamp = writtenDirectly[difference.path] {
                let expectedKind: FileStatus.Kind = kind == .symlink ? .symbolicLink : .regular
                let modeMatches = kind == .symlink || status.isExecutableByOwner == (kind == .executable)
                if status.kind != expectedKind || !modeMatches || !stamp.matches(status) { mismatched.append(difference.path) }
                continue
            }
            var oid = git_oid()
            switch kind {
            case .symlink:
                guard status.kind == .symbolicLink, let target = Files.linkTarget(full) else {
                    mismatched.append(difference.path)
                    continue
                }
                try check(target.withUnsafeBytes { backstop_git_odb_hash(&oid, $0.baseAddress, $0.count, GIT_OBJECT_BLOB) }, "git_odb_hash")
            case .file, .executable:
                guard status.kind == .regular, status.isExecutableByOwner == (kind == .executable) else {
                    mismatched.append(difference.path)
                    continue
                }
                // The raw bytes first; only a file under git's filters (eol, ident) needs them applied,
                // and loading the filter list per file costs more than the hash.
                try check(backstop_git_odb_hashfile(&oid, full, GIT_OBJECT_BLOB), "git_odb_hashfile")
                if ObjectID(&oid) != expected.id {
                    try check(backstop_git_repository_hashfile(&oid, repository.pointer, full, GIT_OBJECT_BLOB, nil), "git_repository_hashfile")
                }
            case .submodule:
                continue
            }
            if ObjectID(&oid) != expected.id { mismatched.append(difference.path) }
        }
        return mismatched
    }
}
