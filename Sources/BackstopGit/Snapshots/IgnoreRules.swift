import BackstopCore
import Clibgit2
import Foundation

/// Whether folders are ignored by git, for the watcher's reader thread: its own repository
/// handle, because libgit2 lets one thread at a time use a repository and the store's belongs to
/// the thread that snapshots.
public final class IgnoreRules: @unchecked Sendable {
    private let repository: GitRepositoryHandle
    private let tracked: ObjectID?
    private let lock = NSLock()

    /// HEAD's folders count as not ignored even when a rule matches them (files added with
    /// `git add -f`).
    public init(root: String) throws(GitError) {
        let repository = try GitRepositoryHandle(path: root)
        self.repository = repository
        tracked = try repository.referenceTarget("HEAD").map { id throws(GitError) in try repository.commit(id).treeID }
    }

    public func isIgnoredFolder(_ path: RepositoryPath) -> Bool {
        lock.withLock {
            var ignored: Int32 = 0
            let folder = RepositoryPath(bytes: path.bytes + [UInt8(ascii: "/")])
            let code = folder.withCString { backstop_git_ignore_path_is_ignored(&ignored, repository.pointer, $0) }
            guard code == 0, ignored != 0 else { return false }
            return !holdsTrackedFiles(path)
        }
    }

    private func holdsTrackedFiles(_ path: RepositoryPath) -> Bool {
        guard let tracked, let tree = try? repository.tree(tracked) else { return false }
        var entry: OpaquePointer?
        defer { backstop_git_tree_entry_free(entry) }
        return withExtendedLifetime(tree) { path.withCString { backstop_git_tree_entry_bypath(&entry, tree.pointer, $0) } } == 0
    }
}
