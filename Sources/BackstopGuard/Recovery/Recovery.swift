import BackstopCore
import BackstopGit
import BackstopSystem
import Foundation

/// `backstop recover`: a repository rebuilt from the store outside the tree, when no watcher was
/// there to do it (the whole folder deleted, or `.git` while no watcher ran).
public enum Recovery {
    /// What a recovery put back.
    public struct Report: Sendable {
        public let root: String
        /// Files of `.git` that were missing and are back.
        public let gitFiles: Int
        /// The snapshot the work files came from (HEAD's commit when the store holds no snapshot).
        public let snapshot: ObjectID?
        /// Nil when the files came from HEAD.
        public let snapshotMessage: SnapshotMessage?
        /// Work files that were missing and are back.
        public let restored: [RepositoryPath]
        /// Work files that were there and differ from the snapshot: kept as they are.
        public let differing: [RepositoryPath]
        public let mismatched: [RepositoryPath]
    }

    /// Rebuilds the repository whose working tree was at `root`: `.git` first (every file of it
    /// that is missing), then the work files of the newest settled snapshot that are missing.
    /// Nothing that is there is written over. A folder with content is refused unless `force`.
    public static func recover(root: String, settings: SnapshotSettings, force: Bool) throws -> Report {
        let outside = OutsideStore(root: root)
        guard outside.exists else {
            throw GuardError("the store outside the tree holds no copy of \(root)",
                             hint: "`backstop recover --list` shows the repositories it holds; name the folder as it was")
        }
        let entries = DirectoryListing.entries(of: root) ?? []
        if !entries.isEmpty, !force {
            throw GuardError("\(root) is not empty: recovering into it is refused unless told",
                             hint: "`backstop recover \(root) --force` puts back only what is missing (`.git` and deleted work files) "
                                 + "and writes over nothing")
        }
        let location = RepositoryLocation(root: root, gitDirectory: root + "/.git", commonDirectory: root + "/.git")
        let gitFiles: Int
        do {
            try Files.makeDirectories(root)
            gitFiles = try outside.rebuild(into: location.commonDirectory).restoredFiles
        } catch {
            throw GuardError("cannot rebuild \(location.commonDirectory): \(error)", hint: "is the disk full, or the folder not yours?")
        }
        let store = try SnapshotStore(location: location, settings: settings)
        // With no snapshot (no watcher ever ran, none was taken), HEAD still gives the committed files.
        let snapshot = try store.defaultRestoreSource()
        guard let source = try snapshot ?? store.headCommit() else {
            return Report(root: root, gitFiles: gitFiles, snapshot: nil, snapshotMessage: nil, restored: [], differing: [], mismatched: [])
        }
        let snapshotFiles = try store.fileChanges(from: nil, to: try store.tree(ofCommit: source), within: nil).map(\.path)
        let missing = snapshotFiles.filter { path in (try? Files.status(root + "/" + path.description)) == nil }
        let missingSet = Set(missing)
        // What is there and differs is only named: the person decides with `backstop restore`. An
        // empty folder has nothing to compare.
        var differing: [RepositoryPath] = []
        if !entries.isEmpty {
            let preview = try store.restore(from: source, within: nil, exact: false, dryRun: true, reason: "recover")
            differing = (preview.plan.written + preview.plan.replaced).map(\.path).filter { !missingSet.contains($0) }
        }
        var restored: [RepositoryPath] = []
        var mismatched: [RepositoryPath] = []
        if !missing.isEmpty {
            let report = try store.restore(from: source, within: missing, exact: false, dryRun: false, reason: "before recovering \(root)",
                                           backingUpOnlyPaths: true)
            restored = report.plan.written.map(\.path)
            mismatched = report.mismatched
        }
        return Report(root: root, gitFiles: gitFiles, snapshot: source, snapshotMessage: try snapshot.map { try store.message(ofCommit: $0) }, restored: restored,
                      differing: differing, mismatched: mismatched)
    }

    /// `path` as an absolute folder with links resolved as far as it exists: the form a working
    /// tree's root has when its store is named, which `git rev-parse --show-toplevel` gives.
    public static func canonicalRoot(_ path: String, from directory: String) -> String {
        let absolute = path.hasPrefix("/") ? path : directory + "/" + path
        return URL(fileURLWithPath: absolute).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
