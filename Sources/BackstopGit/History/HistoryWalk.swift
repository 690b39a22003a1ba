import BackstopCore
import Clibgit2

/// A blob as history first introduced it.
public struct HistoryBlob: Sendable {
    /// The first commit, in the walk's order (oldest first), whose tree introduced this blob at
    /// this path, compared with the commit's first parent.
    public let commit: ObjectID
    /// Repository-relative path with `/` separators; names that are not UTF-8 are decoded with
    /// replacement characters.
    public let path: String
    public let blobID: ObjectID
    public let bytes: [UInt8]

    public init(commit: ObjectID, path: String, blobID: ObjectID, bytes: [UInt8]) {
        self.commit = commit
        self.path = path
        self.blobID = blobID
        self.bytes = bytes
    }
}

/// What a history walk went through. Every count is of distinct blobs: a blob is looked at once.
public struct HistorySummary: Sendable, Equatable {
    /// Commits walked.
    public let commits: Int
    /// Blobs read and handed to the visitor.
    public let blobs: Int
    /// Bytes of those blobs.
    public let bytes: Int
    /// Blobs that libgit2 calls binary (`git_blob_is_binary`); not handed to the visitor.
    public let skippedBinary: Int
    /// Blobs larger than the walk's maximum; not read at all.
    public let skippedLarge: Int
    /// A blob not read, where it was first met.
    public struct SkippedBlob: Sendable, Equatable {
        public let path: String
        public let commit: ObjectID
    }

    /// Where each of those was first met: its path, and the commit.
    public let skippedLargePlaces: [SkippedBlob]

    public init(commits: Int, blobs: Int, bytes: Int, skippedBinary: Int, skippedLarge: Int, skippedLargePlaces: [SkippedBlob] = []) {
        self.commits = commits
        self.blobs = blobs
        self.bytes = bytes
        self.skippedBinary = skippedBinary
        self.skippedLarge = skippedLarge
        self.skippedLargePlaces = skippedLargePlaces
    }
}

/// Walks a repository's history and hands over each blob once, with the commit and path that
/// introduced it: the source behind `backstop scan --history`. (`scan --range` and pre-push read the
/// lines each commit adds through `git log -p` instead.)
///
/// Trees are compared by hand, skipping subtrees whose ids are equal in parent and child, because
/// libgit2 1.5's `git_diff_tree_to_tree` expands every subtree and is about 30 times slower.
public struct HistoryWalk {
    private let repository: GitRepositoryHandle

    /// Opens the repository that holds `repositoryPath`.
    public init(repositoryPath: String) throws(GitError) {
        repository = try GitRepositoryHandle(path: repositoryPath)
    }

    /// Visits every blob reachable from the repository's refs (every ref except `refs/backstop/*`,
    /// plus HEAD; refs that do not lead to a commit are passed over), each distinct blob id once, in
    /// commit order oldest first (topological, reversed), attributed to the first commit whose tree
    /// introduced it compared with its first parent; root commits introduce their whole tree.
    ///
    /// Blobs larger than `maximumBytes` and binary blobs are not handed to `body`; they are counted
    /// in the summary. Submodule entries are skipped. Errors from `body` end the walk and are
    /// rethrown; libgit2 failures are thrown as `GitError`.
    public func forEachBlob(maximumBytes: Int, _ body: (HistoryBlob) throws -> Void) throws -> HistorySummary {
        let walk = try RevisionWalk(repository)
        try walk.pushAllReferences()
        var collector = try BlobCollector(repository: repository, maximumBytes: maximumBytes)
        return try collector.run(walk, body)
    }
}

/// A `git_revwalk`, freed with the value.
private final class RevisionWalk {
    let pointer: OpaquePointer
    private let repository: GitRepositoryHandle

    init(_ repository: GitRepositoryHandle) throws(GitError) {
        var walk: OpaquePointer?
        try check(backstop_git_revwalk_new(&walk, repository.pointer), "git_revwalk_new")
        guard let walk else {
            throw GitError(function: "git_revwalk_new", code: -1, message: "libgit2 returned no revision walk")
        }
        pointer = walk
        self.repository = repository
        try check(backstop_git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_REVERSE.rawValue), "git_revwalk_sorting")
    }

    deinit {
        backstop_git_revwalk_free(pointer)
    }

    /// Pushes HEAD and every ref outside `refs/backstop/` (Backstop's snapshots are not history).
    func pushAllReferences() throws(GitError) {
        var iterator: OpaquePointer?
        try check(backstop_git_reference_iterator_new(&iterator, repository.pointer), "git_reference_iterator_new")
        defer { backstop_git_reference_iterator_free(iterator) }
        var names = ["HEAD"]
        while true {
            var name: UnsafePointer<CChar>?
            let code = backstop_git_reference_next_name(&name, iterator)
            if code == GIT_ITEROVER.rawValue { break }
            try check(code, "git_reference_next_name")
            guard let name else { continue }
            let text = String(cString: name)
            if !text.hasPrefix("refs/backstop/") { names.append(text) }
        }
        for name in names { try pushReference(named: name) }
    }

    /// Pushes the commit a ref leads to; a ref to no commit (an unborn HEAD, a tag of a blob or tree)
    /// is passed over, as `git rev-list --all` does.
    private func pushReference(named name: String) throws(GitError) {
        var target = git_oid()
        let resolved = backstop_git_reference_name_to_id(&target, repository.pointer, name)
        if resolved == GIT_ENOTFOUND.rawValue || resolved == GIT_EUNBORNBRANCH.rawValue { return }
        try check(resolved, "git_reference_name_to_id(\(name))")
        var object: OpaquePointer?
        try check(backstop_git_object_lookup(&object, repository.pointer, &target, GIT_OBJECT_ANY), "git_object_lookup(\(name))")
        defer { backstop_git_object_free(object) }
        var commit: OpaquePointer?
        let peeled = backstop_git_object_peel(&commit, object, GIT_OBJECT_COMMIT)
        defer { backstop_git_object_free(commit) }
        if peeled == GIT_EPEEL.rawValue || peeled == GIT_EINVALIDSPEC.rawValue || peeled == GIT_ENOTFOUND.rawValue { return }
        try check(peeled, "git_object_peel(\(name))")
        try check(backstop_git_revwalk_push(pointer, backstop_git_object_id(commit)), "git_revwalk_push(\(name))")
    }
}

/// The state of one walk: the seen sets, the counts, and the tree comparison.
private struct BlobCollector {
    let repository: GitRepositoryHandle
    let maximumBytes: Int
    private let objectDatabase: ObjectDatabase
    /// Blobs already reported or skipped.
    private var seenBlobs: Set<ObjectID> = []
    /// Trees whose every blob is in `seenBlobs`: such a tree can be passed over without being read.
    private var seenTrees: Set<ObjectID> = []
    private var commits = 0
    private var blobs = 0
    private var bytes = 0
    private var skippedBinary = 0
    private var skippedLarge = 0
    private var skippedLargePlaces: [HistorySummary.SkippedBlob] = []

    init(repository: GitRepositoryHandle, maximumBytes: Int) throws(GitError) {
        self.repository = repository
        self.maximumBytes = maximumBytes
        objectDatabase = try ObjectDatabase(repository)
    }

    mutating func run(_ walk: RevisionWalk, _ body: (HistoryBlob) throws -> Void) throws -> HistorySummary {
        var commitID = git_oid()
        while true {
            let code = backstop_git_revwalk_next(&commitID, walk.pointer)
            if code == GIT_ITEROVER.rawValue { break }
            try check(code, "git_revwalk_next")
            commits += 1
            try visit(commit: &commitID, body)
        }
        return HistorySummary(commits: commits, blobs: blobs, bytes: bytes, skippedBinary: skippedBinary, skippedLarge: skippedLarge,
                              skippedLargePlaces: skippedLargePlaces)
    }

    private mutating func visit(commit commitID: inout git_oid, _ body: (HistoryBlob) throws -> Void) throws {
        var commit: OpaquePointer?
        try check(backstop_git_commit_lookup(&commit, repository.pointer, &commitID), "git_commit_lookup")
        defer { backstop_git_commit_free(commit) }
        var tree: OpaquePointer?
        try check(backstop_git_commit_tree(&tree, commit), "git_commit_tree")
        defer { backstop_git_tree_free(tree) }
        guard let tree, let treeID = backstop_git_tree_id(tree) else { return }
        // A merge that took one side whole, a revert, an empty commit: nothing new to read.
        if seenTrees.contains(ObjectID(treeID)) { return }

        var parentTree: OpaquePointer?
        defer { backstop_git_tree_free(parentTree) }
        if backstop_git_commit_parentcount(commit) > 0 {
            var parent: OpaquePointer?
            try check(backstop_git_commit_parent(&parent, commit, 0), "git_commit_parent")
            defer { backstop_git_commit_free(parent) }
            try check(backstop_git_commit_tree(&parentTree, parent), "git_commit_tree")
        }
        try compare(tree, with: parentTree, prefix: [], commit: ObjectID(&commitID), body)
    }

    /// Hands over every unseen blob of `tree` that is not at the same path with the same id in
    /// `parent`, descending only into subtrees whose ids differ. Returns whether every blob of `tree`
    /// is now known to be seen, so the tree can be recorded and passed over next time.
    @discardableResult
    private mutating func compare(_ tree: OpaquePointer, with parent: OpaquePointer?, prefix: [UInt8], commit: ObjectID,
                                  _ body: (HistoryBlob) throws -> Void) throws -> Bool {
        var complete = true
        for index in 0..<backstop_git_tree_entrycount(tree) {
            guard let entry = backstop_git_tree_entry_byindex(tree, index),
                  let entryID = backstop_git_tree_entry_id(entry),
                  let name = backstop_git_tree_entry_name(entry) else { continue }
            let type = backstop_git_tree_entry_type(entry)
            let id = ObjectID(entryID)
            let parentEntry = parent.flatMap { backstop_git_tree_entry_byname($0, name) }
            if let parentEntry, let parentID = backstop_git_tree_entry_id(parentEntry), backstop_git_oid_equal(parentID, entryID) != 0 {
                // Unchanged here, so not reported; still, the tree is only complete if this entry
                // was seen somewhere before (it always was in a whole-history walk).
                if type == GIT_OBJECT_BLOB, !seenBlobs.contains(id) { complete = false }
                if type == GIT_OBJECT_TREE, !seenTrees.contains(id) { complete = false }
                continue
            }
            if type == GIT_OBJECT_BLOB {
                if seenBlobs.contains(id) { continue }
                try visitBlob(entryID, id: id, path: prefix + Self.bytes(of: name), commit: commit, body)
            } else if type == GIT_OBJECT_TREE {
                if seenTrees.contains(id) { continue }
                let subtree = try lookUpTree(entryID)
                defer { backstop_git_tree_free(subtree) }
                var parentSubtree: OpaquePointer?
                defer { backstop_git_tree_free(parentSubtree) }
                if let parentEntry, backstop_git_tree_entry_type(parentEntry) == GIT_OBJECT_TREE, let parentID = backstop_git_tree_entry_id(parentEntry) {
                    parentSubtree = try lookUpTree(parentID)
                }
                let folder = prefix + Self.bytes(of: name) + [UInt8(ascii: "/")]
                let subtreeComplete = try compare(subtree, with: parentSubtree, prefix: folder, commit: commit, body)
                if !subtreeComplete { complete = false }
            }
            // Anything else is a submodule (a commit in the tree): not this repository's content.
        }
        if complete, let treeID = backstop_git_tree_id(tree) { seenTrees.insert(ObjectID(treeID)) }
        return complete
    }

    private mutating func visitBlob(_ oid: UnsafePointer<git_oid>, id: ObjectID, path: [UInt8], commit: ObjectID, _ body: (HistoryBlob) throws -> Void) throws {
        seenBlobs.insert(id)
        // The header gives the size without inflating the object, so large blobs are never loaded.
        if try objectDatabase.size(of: oid) > maximumBytes {
            skippedLarge += 1
            skippedLargePlaces.append(HistorySummary.SkippedBlob(path: String(decoding: path, as: UTF8.self), commit: commit))
            return
        }
        var blob: OpaquePointer?
        try check(backstop_git_blob_lookup(&blob, repository.pointer, oid), "git_blob_lookup")
        defer { backstop_git_blob_free(blob) }
        if try check(backstop_git_blob_is_binary(blob), "git_blob_is_binary") != 0 {
            skippedBinary += 1
            return
        }
        let size = Int(backstop_git_blob_rawsize(blob))
        var content: [UInt8] = []
        if size > 0, let raw = backstop_git_blob_rawcontent(blob) {
            content = Array(UnsafeRawBufferPointer(start: raw, count: size))
        }
        blobs += 1
        bytes += content.count
        try body(HistoryBlob(commit: commit, path: String(decoding: path, as: UTF8.self), blobID: id, bytes: content))
    }

    private func lookUpTree(_ oid: UnsafePointer<git_oid>) throws(GitError) -> OpaquePointer {
        var tree: OpaquePointer?
        try check(backstop_git_tree_lookup(&tree, repository.pointer, oid), "git_tree_lookup")
        guard let tree else {
            throw GitError(function: "git_tree_lookup", code: -1, message: "libgit2 returned no tree")
        }
        return tree
    }

    private static func bytes(of name: UnsafePointer<CChar>) -> [UInt8] {
        CStrings.bytes(name)
    }
}
