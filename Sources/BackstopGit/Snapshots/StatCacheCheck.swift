import BackstopCore
import BackstopSystem
import Clibgit2
import Foundation

/// Which paths of the working tree may differ from an index, found by comparing `lstat` data
/// with the index's stat cache on every core and reading no file: what git's preloaded index
/// refresh does. The list errs on the side of more: libgit2's diff, limited to it, then decides
/// what changed exactly as a diff of the whole tree would, at a cost that grows with the list.
///
/// Paths come back as files. Folders no index entry lies in are entered unless git ignores them
/// (as the diff does), so an empty one is no candidate. Nil means the walk cannot vouch for the
/// whole tree (a folder it could not list, a nested repository, an index entry it does not model)
/// and the whole tree must be diffed.
struct StatCacheCheck {
    let table: IndexEntryTable
    /// When the index file was written: an entry changed no earlier may have changed again
    /// unseen (git's "racily clean" entries), and is always a candidate.
    let indexWritten: Int64
    /// For the ignore rules, from the calling thread only.
    let repository: GitRepositoryHandle
    let workingTree: String

    /// More candidates than this share of the entries: diffing the whole tree costs no more.
    static let wholeTreeShare = 4

    func candidates(settings: SnapshotSettings) -> [RepositoryPath]? {
        let found = WalkFindings(repository: repository)
        let table = table
        let written = indexWritten
        let failures = ParallelTreeWalk.walk(root: workingTree, threads: Self.threads) { path, status in
            Self.judge(path, status, table: table, indexWritten: written, into: found)
        }
        guard failures.isEmpty, !found.hasNestedRepository else { return nil }
        var result = found.changed
        for position in 0..<table.count where !table.wasSeen(position) {
            result.append(RepositoryPath(bytes: table.path(position)))
        }
        for path in found.untrackedFiles where isWorkFile(path, settings: settings) { result.append(path) }
        guard result.count <= max(64, table.count / Self.wholeTreeShare) else { return nil }
        return result
    }

    /// Both cores (or more): the `lstat`s are kernel work that scales with them.
    static var threads: Int { min(8, max(2, ProcessInfo.processInfo.activeProcessorCount)) }

    /// On a walk thread: records what `path` says and whether to enter it.
    private static func judge(_ path: UnsafeBufferPointer<UInt8>, _ status: StatData, table: IndexEntryTable, indexWritten: Int64,
                              into found: WalkFindings) -> Bool {
        if isGitFolderName(path) {
            // The repository's own folder is not work; one deeper down is a nested repository,
            // which the diff of the whole tree records as such.
            if path.count != 4 { found.noteNestedRepository() }
            return false
        }
        if let position = table.position(of: path) {
            table.markSeen(position)
            if status.isDirectory || table.differs(position, from: status, indexWritten: indexWritten) {
                found.addChanged(RepositoryPath(bytes: Array(path)))
            }
            return false
        }
        if status.isDirectory {
            return table.holdsEntries(folder: path) || !found.isIgnoredFolder(path)
        }
        found.addUntracked(RepositoryPath(bytes: Array(path)))
        return false
    }

    /// Whether the last component of `path` is `.git`.
    private static func isGitFolderName(_ path: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = path.count
        guard count >= 4, path[count - 4] == UInt8(ascii: "."), path[count - 3] == UInt8(ascii: "g"),
              path[count - 2] == UInt8(ascii: "i"), path[count - 1] == UInt8(ascii: "t") else { return false }
        return count == 4 || path[count - 5] == UInt8(ascii: "/")
    }

    /// An untracked file the diff would report: not ignored, or an ignored secret file (ignored
    /// folders are never entered, as the diff does not enter them).
    private func isWorkFile(_ path: RepositoryPath, settings: SnapshotSettings) -> Bool {
        var ignored: Int32 = 0
        guard path.withCString({ backstop_git_ignore_path_is_ignored(&ignored, repository.pointer, $0) }) == 0 else { return true }
        return ignored == 0 || settings.isSecretFile(path)
    }
}

/// What the walk threads found, under one lock (findings are few, so it is rarely contended).
/// The repository answers their ignore questions under the same lock: libgit2 lets one thread at
/// a time use it.
private final class WalkFindings: @unchecked Sendable {
    private let lock = NSLock()
    private let repository: GitRepositoryHandle
    private(set) var changed: [RepositoryPath] = []
    private(set) var untrackedFiles: [RepositoryPath] = []
    private(set) var hasNestedRepository = false

    init(repository: GitRepositoryHandle) { self.repository = repository }

    func addChanged(_ path: RepositoryPath) { lock.withLock { changed.append(path) } }
    func addUntracked(_ path: RepositoryPath) { lock.withLock { untrackedFiles.append(path) } }
    func noteNestedRepository() { lock.withLock { hasNestedRepository = true } }

    /// Whether git ignores the folder at `path` (which no index entry lies in); an error counts as
    /// not ignored, so the folder is looked at.
    func isIgnoredFolder(_ path: UnsafeBufferPointer<UInt8>) -> Bool {
        let asked = RepositoryPath(bytes: Array(path) + [UInt8(ascii: "/")])
        return lock.withLock {
            var ignored: Int32 = 0
            return asked.withCString { backstop_git_ignore_path_is_ignored(&ignored, repository.pointer, $0) } == 0 && ignored != 0
        }
    }
}
