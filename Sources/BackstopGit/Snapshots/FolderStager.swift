import BackstopCore
import BackstopSystem
import Clibgit2

/// Folders the working tree lacks, written whole in a folder nothing watches and moved into
/// place one by one: each appears complete, and the watcher is woken once per folder rather than
/// several times per file. One stager per thread, each with its own repository (libgit2 lets one
/// thread at a time use one); the folders they share are only opened, which is safe from threads.
final class FolderStager: @unchecked Sendable {
    /// One missing folder and the files to write in it, in tree order.
    struct Group {
        let folder: RepositoryPath
        let files: ArraySlice<TreeDifference>
        /// Its name in the staging folder, unique within one restore.
        let name: [UInt8]
    }

    private let repository: GitRepositoryHandle
    private let staging: OpenFolder
    private let stagingPath: String
    private var parents: FolderChain
    /// The files written and moved into place, with their stamps.
    private(set) var made: [(difference: TreeDifference, stamp: StatData)] = []
    /// Groups that could not be moved into place (something is at the folder's name by now):
    /// nothing of them is left behind.
    private(set) var failed: [Group] = []
    /// What ends the restore: a blob that cannot be read, a full disk.
    private(set) var failure: GitError?

    init(repository: GitRepositoryHandle, staging: OpenFolder, stagingPath: String, root: OpenFolder) {
        self.repository = repository
        self.staging = staging
        self.stagingPath = stagingPath
        parents = FolderChain(root)
    }

    func run(_ groups: [Group]) {
        for group in groups where failure == nil {
            do throws(GitError) {
                if try !write(group) { failed.append(group) }
            } catch {
                failure = error
            }
        }
    }

    private func write(_ group: Group) throws(GitError) -> Bool {
        let depth = DirectCheckout.components(of: group.folder).count
        var written: [(TreeDifference, StatData)] = []
        var chain: FolderChain
        do throws(SystemError) {
            chain = FolderChain(try staging.child(group.name, creating: true))
        } catch {
            return try abandon(group, error)
        }
        for difference in group.files {
            guard let after = difference.after, let kind = after.kind else { continue }
            let components = DirectCheckout.components(of: difference.path)
            let content = try LoadedBlob(after.id, in: repository)
            do throws(SystemError) {
                let folder = try chain.folder(components[depth..<(components.count - 1)])
                let stamp = try content.withBytes { (bytes) throws(SystemError) in
                    try DirectCheckout.create(components[components.count - 1], kind: kind, content: bytes, in: folder)
                }
                written.append((difference, stamp))
            } catch {
                return try abandon(group, error)
            }
        }
        let parts = DirectCheckout.components(of: group.folder)
        do throws(SystemError) {
            try staging.move(group.name, to: try parents.folder(parts[..<(parts.count - 1)]), as: parts[parts.count - 1])
        } catch {
            return try abandon(group, error)
        }
        made += written
        return true
    }

    /// Removes what was staged for `group`; false, unless the disk is full, which ends the restore.
    private func abandon(_ group: Group, _ error: SystemError) throws(GitError) -> Bool {
        try? Files.removeTree(stagingPath + "/" + String(decoding: group.name, as: UTF8.self))
        if error.isOutOfSpace { throw GitError(error) }
        return false
    }
}
