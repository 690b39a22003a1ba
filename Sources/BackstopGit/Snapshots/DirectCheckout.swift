import BackstopCore
import BackstopSystem
import Clibgit2
import Foundation

/// Writes restored files straight from their blobs where no git filter can apply, at the file
/// system's speed: `git_checkout_tree` spends most of a large restore looking up attributes file
/// by file. A folder the working tree lacks is written whole in the state folder, which nothing
/// watches, and moved into place in one step, so it appears complete and the watcher is not woken
/// for each file. Other files are written in place, where nothing is (or a file or link is
/// replaced), inside folders opened without following links. The private index gets each file's
/// entry from `fstat`, as libgit2's checkout records it. What is not written here is left for
/// `git_checkout_tree`.
struct DirectCheckout {
    let repository: GitRepositoryHandle
    let index: SnapshotIndex
    let location: RepositoryLocation

    /// What was written, with each file's stamp for the check after.
    private(set) var written: [RepositoryPath: StatData] = [:]
    private var folderHasAttributes: [RepositoryPath: Bool] = [:]

    init(repository: GitRepositoryHandle, index: SnapshotIndex, location: RepositoryLocation) {
        self.repository = repository
        self.index = index
        self.location = location
    }

    /// Writes what it can of `differences` (files the target has, in tree order) from `target`.
    /// Nothing is written when a filter could apply anywhere (`core.autocrlf`, attribute files
    /// outside the tree, links turned off).
    mutating func write(_ differences: [TreeDifference], from target: ObjectID) throws(GitError) {
        guard try !filtersMayApplyEverywhere() else { return }
        let tree = try repository.tree(target)
        var eligible: [TreeDifference] = []
        for difference in differences where try isEligible(difference, in: tree) { eligible.append(difference) }
        guard !eligible.isEmpty, let root = try? OpenFolder(path: location.root) else { return }
        var inPlace: [TreeDifference] = []
        var groups: [FolderStager.Group] = []
        var start = 0
        while start < eligible.count {
            var end = start + 1
            let folder = eligible[start].missingFolder
            if folder != nil { while end < eligible.count, eligible[end].missingFolder == folder { end += 1 } }
            if let folder {
                groups.append(FolderStager.Group(folder: folder, files: eligible[start..<end], name: Array("\(groups.count)".utf8)))
            } else {
                inPlace += eligible[start..<end]
            }
            start = end
        }
        if !groups.isEmpty, let staging = try stagingFolder(besides: root) {
            defer { try? Files.removeTree(stagingPath) }
            for stager in try stage(groups, in: staging, root: root) {
                if let failure = stager.failure { throw failure }
                for (difference, stamp) in stager.made { try record(difference, stamp: stamp) }
                inPlace += stager.failed.flatMap(\.files)
            }
        } else {
            inPlace += groups.flatMap(\.files)
        }
        var chain = FolderChain(root)
        for difference in inPlace { try writeInPlace(difference, in: &chain) }
    }

    /// Stages `groups` on two threads when there is enough to share, each with its own repository.
    private func stage(_ groups: [FolderStager.Group], in staging: OpenFolder, root: OpenFolder) throws(GitError) -> [FolderStager] {
        let files = groups.reduce(0) { $0 + $1.files.count }
        var stagers = [FolderStager(repository: repository, staging: staging, stagingPath: stagingPath, root: root)]
        guard groups.count > 1, files >= Self.filesWorthASecondThread else {
            stagers[0].run(groups)
            return stagers
        }
        stagers.append(FolderStager(repository: try GitRepositoryHandle(path: location.root), staging: staging, stagingPath: stagingPath, root: root))
        // Halves by files, not by folders: folders differ in size.
        var shares: [[FolderStager.Group]] = [[], []]
        var counts = [0, 0]
        for group in groups {
            let lighter = counts[0] <= counts[1] ? 0 : 1
            shares[lighter].append(group)
            counts[lighter] += group.files.count
        }
        let work = stagers, assigned = shares
        ShortLivedThreads.run(2) { work[$0].run(assigned[$0]) }
        return stagers
    }

    /// Below this, a second thread and repository cost more than they save.
    private static let filesWorthASecondThread = 200

    /// A file, executable or link the working tree lacks or holds as a file or link, where no
    /// `.gitattributes` may give it a filter.
    private mutating func isEligible(_ difference: TreeDifference, in tree: Tree) throws(GitError) -> Bool {
        guard let kind = difference.after?.kind, kind != .submodule else { return false }
        if let before = difference.before, before.kind == nil || before.kind == .submodule { return false }
        return try !attributesMayApply(to: difference.path, target: tree)
    }

    // MARK: Writing

    private var stagingPath: String { location.stateDirectory + "/restore.tmp-\(CurrentProcess.identifier)" }

    /// A fresh, empty folder in the state folder; nil when it is on another file system than the
    /// working tree (a move would fail) or cannot be made.
    private func stagingFolder(besides root: OpenFolder) throws(GitError) -> OpenFolder? {
        do throws(SystemError) {
            try Files.removeTree(stagingPath)
            try Files.makeDirectory(stagingPath, permissions: 0o700)
            let staging = try OpenFolder(path: stagingPath)
            return try staging.device() == root.device() ? staging : nil
        } catch {
            if error.isOutOfSpace { throw GitError(error) }
            return nil
        }
    }

    /// Writes one file where it belongs; a failure other than a full disk (a folder turned into a
    /// link, a name taken meanwhile) leaves the file to `git_checkout_tree`.
    private mutating func writeInPlace(_ difference: TreeDifference, in chain: inout FolderChain) throws(GitError) {
        guard let after = difference.after, let kind = after.kind else { return }
        let components = Self.components(of: difference.path)
        let name = components[components.count - 1]
        let content = try LoadedBlob(after.id, in: repository)
        let stamp: StatData
        do throws(SystemError) {
            let folder = try chain.folder(components[..<(components.count - 1)])
            if difference.before != nil { try folder.removeFile(name) }
            stamp = try content.withBytes { (bytes) throws(SystemError) in try Self.create(name, kind: kind, content: bytes, in: folder) }
        } catch {
            if error.isOutOfSpace { throw GitError(error) }
            return
        }
        try record(difference, stamp: stamp)
    }

    static func create(_ name: [UInt8], kind: EntryKind, content: UnsafeRawBufferPointer, in folder: OpenFolder) throws(SystemError) -> StatData {
        kind == .symlink ? try folder.createLink(name, target: Array(content))
            : try folder.createFile(name, content: content, executable: kind == .executable)
    }

    /// Enters a written file in the private index with its stamp, as `git_checkout_tree` would.
    private mutating func record(_ difference: TreeDifference, stamp: StatData) throws(GitError) {
        guard let after = difference.after, let kind = after.kind else { return }
        let path = difference.path
        var entry = git_index_entry()
        entry.ctime = git_index_time(seconds: Int32(truncatingIfNeeded: stamp.changedSeconds), nanoseconds: UInt32(truncatingIfNeeded: stamp.changedNanoseconds))
        entry.mtime = git_index_time(seconds: Int32(truncatingIfNeeded: stamp.modifiedSeconds), nanoseconds: UInt32(truncatingIfNeeded: stamp.modifiedNanoseconds))
        entry.dev = UInt32(truncatingIfNeeded: stamp.device)
        entry.ino = UInt32(truncatingIfNeeded: stamp.inode)
        entry.mode = switch kind {
        case .executable: GIT_FILEMODE_BLOB_EXECUTABLE.rawValue
        case .symlink: GIT_FILEMODE_LINK.rawValue
        default: GIT_FILEMODE_BLOB.rawValue
        }
        entry.uid = stamp.userID
        entry.gid = stamp.groupID
        entry.file_size = UInt32(truncatingIfNeeded: stamp.size)
        entry.id = after.id.gitOID
        let code = path.withCString { cPath in
            entry.path = cPath
            return backstop_git_index_add(index.pointer, &entry)
        }
        try check(code, "git_index_add(\(path))")
        written[path] = stamp
    }

    static func components(of path: RepositoryPath) -> [[UInt8]] {
        path.bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map(Array.init)
    }

    // MARK: Where filters may apply

    private static let attributesName = Array(".gitattributes".utf8)

    /// Whether a `.gitattributes` in any folder holding `path` (in the working tree, the target
    /// tree or the private index) could give it a filter.
    private mutating func attributesMayApply(to path: RepositoryPath, target: Tree) throws(GitError) -> Bool {
        for folder in [RepositoryPath(bytes: [])] + path.ancestors {
            if let known = folderHasAttributes[folder] {
                if known { return true }
                continue
            }
            let file = folder.appending(Self.attributesName)
            var entry: OpaquePointer?
            let inTarget = withExtendedLifetime(target) { file.withCString { backstop_git_tree_entry_bypath(&entry, target.pointer, $0) } == 0 }
            backstop_git_tree_entry_free(entry)
            let inIndex = file.withCString { backstop_git_index_get_bypath(index.pointer, $0, 0) } != nil
            let found = inTarget || inIndex || Files.exists(location.root + "/" + file.description)
            folderHasAttributes[folder] = found
            if found { return true }
        }
        return false
    }

    /// Whether git could filter any file: line endings converted for all (`core.autocrlf`), links
    /// written as files (`core.symlinks` false), or attribute files outside the tree, which may
    /// name any path.
    private func filtersMayApplyEverywhere() throws(GitError) -> Bool {
        var configuration: OpaquePointer?
        try check(backstop_git_repository_config_snapshot(&configuration, repository.pointer), "git_repository_config_snapshot")
        defer { backstop_git_config_free(configuration) }
        func value(_ name: String) -> String? {
            var text: UnsafePointer<CChar>?
            guard backstop_git_config_get_string(&text, configuration, name) == 0, let text else { return nil }
            return String(cString: text).lowercased()
        }
        let no = ["false", "no", "off", "0"]
        if let autocrlf = value("core.autocrlf"), !no.contains(autocrlf) { return true }
        if let symlinks = value("core.symlinks"), no.contains(symlinks) { return true }
        if value("core.attributesfile") != nil { return true }
        let environment = ProcessInfo.processInfo.environment
        let outside = [location.commonDirectory + "/info/attributes", "/etc/gitattributes", (environment["HOME"] ?? "") + "/.config/git/attributes"]
            + (environment["XDG_CONFIG_HOME"].map { [$0 + "/git/attributes"] } ?? [])
        return outside.contains(where: Files.exists)
    }
}

