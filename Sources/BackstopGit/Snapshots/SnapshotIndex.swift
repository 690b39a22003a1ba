import BackstopCore
import BackstopSystem
import Clibgit2
import Foundation

/// A file a snapshot left out, and why.
public struct SkippedFile: Sendable, Equatable {
    public let path: RepositoryPath
    public let reason: String
}

/// What one refresh of the private index found.
struct IndexRefresh {
    /// Entries added, changed or removed.
    var changedEntries = 0
    /// Whether file contents were hashed: then the stat cache changed and the index is worth writing,
    /// or the next snapshot hashes the same files again.
    var hashedFiles = false
    var skipped: [SkippedFile] = []
    /// Whether each folder holding a deleted file is there: a file in a folder that is gone is gone
    /// too, without a look of its own (an `rm -rf` deletes thousands of files in a few folders).
    var folderIsThere: [RepositoryPath: Bool] = [:]

    var needsWrite: Bool { changedEntries > 0 || hashedFiles }
}

/// Backstop's private index (`.git/backstop/index`): the working tree as the last snapshot saw it,
/// with git's stat cache, so files whose size and times have not changed are not read again.
///
/// It is seeded by copying the user's `.git/index` byte for byte, which brings git's stat cache
/// along; the user's index itself is never opened for writing or locked. It is bound to the
/// repository in memory only (`git_repository_set_index`), which libgit2 needs for the working
/// tree and the ignore rules.
final class SnapshotIndex {
    let pointer: OpaquePointer
    private let repository: GitRepositoryHandle
    private let workingTree: String
    private let indexFile: String
    /// Runs between listing the changes and reading them: tests use it to change files mid-walk.
    var betweenListingAndReading: (() -> Void)?

    init(repository: GitRepositoryHandle, path: String, seed: String, workingTree: String) throws(GitError) {
        self.repository = repository
        self.workingTree = workingTree
        self.indexFile = path
        let files = FileManager.default
        if !files.fileExists(atPath: path), files.fileExists(atPath: seed) {
            let temporary = path + ".seed-\(CurrentProcess.identifier)"
            try? files.removeItem(atPath: temporary)
            do {
                try files.copyItem(atPath: seed, toPath: temporary)
            } catch {
                throw GitError(function: "copy \(seed)", code: -1, message: "cannot seed the snapshot index: \(error.localizedDescription)")
            }
            do {
                try Files.rename(temporary, to: path)
            } catch {
                throw GitError(error)
            }
        }
        var index: OpaquePointer?
        if backstop_git_index_open(&index, path) < 0, files.fileExists(atPath: path) {
            // libgit2 1.5 cannot read a split or sparse index (nor a damaged one); start empty, which
            // hashes every file once instead of reusing git's stat cache.
            try? files.removeItem(atPath: path)
        }
        if index == nil {
            try check(backstop_git_index_open(&index, path), "git_index_open(\(path))")
        }
        guard let index else { throw GitError(function: "git_index_open", code: -1, message: "libgit2 returned no index for \(path)") }
        pointer = index
        // A merge in progress leaves conflict stages in the user's index; a snapshot records what is
        // on disk, so they go (the diff below adds the files back as they are).
        if backstop_git_index_has_conflicts(index) != 0 {
            try check(backstop_git_index_conflict_cleanup(index), "git_index_conflict_cleanup")
        }
        try check(backstop_git_repository_set_index(repository.pointer, index), "git_repository_set_index")
    }

    deinit {
        backstop_git_index_free(pointer)
    }

    /// Rereads the index file if another process wrote it since this one read it.
    func reload() throws(GitError) {
        try check(backstop_git_index_read(pointer, 0), "git_index_read")
    }

    func write() throws(GitError) {
        try check(backstop_git_index_write(pointer), "git_index_write")
    }

    /// Drops the entries whose content the object database lacks, and returns how many: after `.git`
    /// was rebuilt, what was read ahead into the deleted database is gone, and a tree naming it would
    /// be a snapshot that cannot be restored. A whole-tree refresh reads those files again.
    func dropEntriesWithMissingContent() throws(GitError) -> Int {
        let database = try ObjectDatabase(repository)
        try database.refresh()
        var missing: [[UInt8]] = []
        for position in 0..<backstop_git_index_entrycount(pointer) {
            guard let entry = backstop_git_index_get_byindex(pointer, position), let cPath = entry.pointee.path,
                  entry.pointee.mode != GIT_FILEMODE_COMMIT.rawValue else { continue }
            var id = entry.pointee.id
            if !database.contains(&id) { missing.append(CStrings.bytes(cPath)) }
        }
        for path in missing {
            try check(RepositoryPath(bytes: path).withCString { backstop_git_index_remove_bypath(pointer, $0) }, "git_index_remove_bypath")
        }
        return missing.count
    }

    /// Drops the entries of files git now ignores that the user's index does not track (a
    /// `.gitignore` that stopped ignoring `build/`, then ignored it again): they are no longer work
    /// files, and a snapshot that kept them would hold what is not work. Secret files stay.
    func dropIgnoredUntracked(userIndex: String, settings: SnapshotSettings) throws(GitError) -> [RepositoryPath] {
        var tracked = Set<[UInt8]>()
        var user: OpaquePointer?
        if backstop_git_index_open(&user, userIndex) == 0, let user {
            defer { backstop_git_index_free(user) }
            for position in 0..<backstop_git_index_entrycount(user) {
                if let entry = backstop_git_index_get_byindex(user, position), let cPath = entry.pointee.path { tracked.insert(CStrings.bytes(cPath)) }
            }
        }
        var dropped: [RepositoryPath] = []
        for position in 0..<backstop_git_index_entrycount(pointer) {
            guard let entry = backstop_git_index_get_byindex(pointer, position), let cPath = entry.pointee.path else { continue }
            let bytes = CStrings.bytes(cPath)
            let path = RepositoryPath(bytes: bytes)
            guard !tracked.contains(bytes), !settings.isSecretFile(path) else { continue }
            var ignored: Int32 = 0
            if backstop_git_ignore_path_is_ignored(&ignored, repository.pointer, cPath) == 0, ignored != 0 { dropped.append(path) }
        }
        for path in dropped {
            try check(path.withCString { backstop_git_index_remove_bypath(pointer, $0) }, "git_index_remove_bypath(\(path))")
        }
        return dropped
    }

    func writeTree() throws(GitError) -> ObjectID {
        var oid = git_oid()
        try check(backstop_git_index_write_tree(&oid, pointer), "git_index_write_tree")
        return ObjectID(&oid)
    }

    /// Brings the index in line with the working tree: every path, or only `paths` (exact files, and
    /// folders whose contents are all looked at), at a cost that grows with what changed.
    ///
    /// One `git_diff_index_to_workdir` with `UPDATE_INDEX` finds what changed and refreshes the
    /// stat data of files whose content did not (`git_index_add_all` would rehash those every
    /// time); each change is then added or removed by path. For the whole tree, a stat walk on
    /// every core first narrows the diff to the paths whose stat data changed (none: no diff);
    /// `known` is that walk's result when it was made against this index's file before it was
    /// opened, and holds only while the index is still the one in that file.
    func refresh(paths: [RepositoryPath]?, settings: SnapshotSettings, known: WorkingTreeCheck? = nil) throws(GitError) -> IndexRefresh {
        var paths = paths
        if paths == nil, let candidates = known.flatMap(candidates(checked:)) ?? wholeTreeCandidates(settings: settings) {
            if candidates.isEmpty { return IndexRefresh() }
            paths = candidates
        }
        var options = git_diff_options()
        try check(backstop_git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)), "git_diff_options_init")
        options.flags = GIT_DIFF_INCLUDE_UNTRACKED.rawValue | GIT_DIFF_RECURSE_UNTRACKED_DIRS.rawValue
            | GIT_DIFF_INCLUDE_TYPECHANGE.rawValue | GIT_DIFF_UPDATE_INDEX.rawValue | GIT_DIFF_INCLUDE_IGNORED.rawValue
        // Only a submodule's commit matters; looking for dirty files inside it would read its tree.
        options.ignore_submodules = GIT_SUBMODULE_IGNORE_DIRTY
        let pathspec = CStringArray(paths?.map(\.bytes) ?? [])
        defer { pathspec.free() }
        if paths != nil {
            // Exact paths: directories outside them are not read at all.
            options.flags |= GIT_DIFF_DISABLE_PATHSPEC_MATCH.rawValue
            options.pathspec = pathspec.strarray
        }
        var diff: OpaquePointer?
        try check(backstop_git_diff_index_to_workdir(&diff, repository.pointer, pointer, &options), "git_diff_index_to_workdir")
        defer { backstop_git_diff_free(diff) }
        var refresh = IndexRefresh()
        var performance = git_diff_perfdata()
        performance.version = UInt32(GIT_DIFF_PERFDATA_VERSION)
        if backstop_git_diff_get_perfdata(&performance, diff) == 0 { refresh.hashedFiles = performance.oid_calculations > 0 }
        betweenListingAndReading?()
        for position in 0..<backstop_git_diff_num_deltas(diff) {
            guard let delta = backstop_git_diff_get_delta(diff, position) else { continue }
            try apply(delta.pointee, settings: settings, to: &refresh)
        }
        return refresh
    }

    /// The paths a stat walk against this index in memory finds may have changed; nil: every path.
    private func wholeTreeCandidates(settings: SnapshotSettings) -> [RepositoryPath]? {
        guard let table = IndexEntryTable(index: pointer) else { return nil }
        let written = ((try? Files.status(Array(indexFile.utf8CString))) ?? nil)?.modifiedNanoseconds ?? 0
        return StatCacheCheck(table: table, indexWritten: written, repository: repository, workingTree: workingTree).candidates(settings: settings)
    }

    /// The walk's candidates when this index is still the file it was made against.
    private func candidates(checked check: WorkingTreeCheck) -> [RepositoryPath]? {
        guard let id = backstop_git_index_checksum(pointer) else { return nil }
        let checksum = withUnsafeBytes(of: id.pointee.id) { Array($0) }
        return checksum == check.indexChecksum ? check.candidates : nil
    }

    private func apply(_ delta: git_diff_delta, settings: SnapshotSettings, to refresh: inout IndexRefresh) throws(GitError) {
        guard let cPath = delta.new_file.path ?? delta.old_file.path else { return }
        var bytes = CStrings.bytes(cPath)
        let isFolder = bytes.last == UInt8(ascii: "/")
        if isFolder { bytes.removeLast() }
        let path = RepositoryPath(bytes: bytes)
        switch delta.status {
        case GIT_DELTA_DELETED:
            if let folder = unreadableFolder(holding: path, knowing: &refresh.folderIsThere) {
                // libgit2 lists a folder it cannot open as empty, so its files look deleted: they
                // keep their last content instead (as an unreadable file does), and the folder is
                // reported once.
                if !refresh.skipped.contains(where: { $0.path == folder }) {
                    refresh.skipped.append(SkippedFile(
                        path: folder, reason: "cannot be read (a folder this user cannot list); its files keep their content from the last snapshot"))
                }
            } else {
                try remove(path, counting: &refresh)
            }
        case GIT_DELTA_MODIFIED, GIT_DELTA_TYPECHANGE, GIT_DELTA_UNTRACKED:
            if isFolder || UInt32(delta.new_file.mode) == GIT_FILEMODE_COMMIT.rawValue {
                try addSubmodule(path, to: &refresh)
            } else if Int(delta.new_file.size) > settings.maximumFileBytes {
                // Dropping a stale entry keeps the snapshot from claiming content the file lost.
                try remove(path, counting: &refresh)
                refresh.skipped.append(SkippedFile(path: path, reason: "larger than snapshots.maxFileBytes (\(delta.new_file.size) bytes)"))
            } else {
                try add(path, to: &refresh)
            }
        case GIT_DELTA_IGNORED:
            guard !isFolder, settings.isSecretFile(path) else { return }
            guard let status = try? Files.status(path.cString(under: workingTree)), status.kind == .regular else { return }
            if status.size > settings.maximumSecretFileBytes {
                refresh.skipped.append(SkippedFile(path: path, reason: "secret file larger than snapshots.secretFileMaxBytes (\(status.size) bytes)"))
            } else {
                try add(path, to: &refresh)
            }
        case GIT_DELTA_UNREADABLE:
            refresh.skipped.append(SkippedFile(path: path, reason: "unreadable"))
        default:
            break
        }
    }

    private func add(_ path: RepositoryPath, to refresh: inout IndexRefresh) throws(GitError) {
        let failure: GitError
        do throws(GitError) {
            try check(path.withCString { backstop_git_index_add_bypath(pointer, $0) }, "git_index_add_bypath(\(path))")
            refresh.changedEntries += 1
            return
        } catch {
            failure = error
        }
        // A full disk is not the file's fault: skipping the file would keep its old content and call
        // the snapshot complete (or "nothing changed"), so the new content would never be saved.
        if failure.isOutOfSpace { throw failure }
        if isGone(path) {
            // Gone between the listing and the read: it is deleted as far as this snapshot knows.
            try remove(path, counting: &refresh)
        } else {
            // Unreadable (permissions, a file turned into a folder): the previous content stays.
            refresh.skipped.append(SkippedFile(path: path, reason: "cannot be read: \(failure.message)"))
        }
    }

    /// The outermost folder holding `path` that cannot be listed for lack of permission, when `path`
    /// is not known to be gone; nil when it is gone (the usual deletion).
    private func unreadableFolder(holding path: RepositoryPath, knowing folderIsThere: inout [RepositoryPath: Bool]) -> RepositoryPath? {
        if let parent = path.ancestors.last {
            let there = folderIsThere[parent] ?? !isGone(parent)
            folderIsThere[parent] = there
            if !there { return nil }
        }
        if isGone(path) { return nil }
        for folder in path.ancestors {
            if let failure = DirectoryListing.openingFailure(folder.cString(under: workingTree)) { return failure.isPermissionDenied ? folder : nil }
        }
        return nil
    }

    /// Whether nothing is at `path` any more: `lstat` says so, not merely fails.
    private func isGone(_ path: RepositoryPath) -> Bool {
        do {
            return try Files.status(path.cString(under: workingTree)) == nil
        } catch {
            return false
        }
    }

    private func remove(_ path: RepositoryPath, counting refresh: inout IndexRefresh) throws(GitError) {
        try check(path.withCString { backstop_git_index_remove_bypath(pointer, $0) }, "git_index_remove_bypath(\(path))")
        refresh.changedEntries += 1
    }

    /// A nested repository is recorded as a gitlink to its HEAD commit, as `git add` does; its files
    /// belong to it and are never entered.
    private func addSubmodule(_ path: RepositoryPath, to refresh: inout IndexRefresh) throws(GitError) {
        var nested: OpaquePointer?
        defer { backstop_git_repository_free(nested) }
        var head = git_oid()
        guard backstop_git_repository_open(&nested, path.cString(under: workingTree)) == 0,
              backstop_git_reference_name_to_id(&head, nested, "HEAD") == 0 else {
            refresh.skipped.append(SkippedFile(path: path, reason: "a nested repository without a commit"))
            return
        }
        var entry = git_index_entry()
        entry.mode = GIT_FILEMODE_COMMIT.rawValue
        entry.id = head
        let code = path.withCString { cPath in
            entry.path = cPath
            return backstop_git_index_add(pointer, &entry)
        }
        try check(code, "git_index_add(\(path))")
        refresh.changedEntries += 1
    }
}
