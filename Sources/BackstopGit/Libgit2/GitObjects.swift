import BackstopCore
import Clibgit2

/// A `git_tree`, freed with the value.
final class Tree {
    /// One entry: a name in this tree, with its id and git mode.
    struct Entry {
        let name: [UInt8]
        let id: ObjectID
        let mode: UInt32

        var isTree: Bool { mode == 0o040000 }

        /// What the entry is as a work file; nil for a folder.
        var kind: EntryKind? {
            switch mode {
            case 0o100755: .executable
            case 0o120000: .symlink
            case 0o160000: .submodule
            case 0o040000: nil
            default: .file
            }
        }
    }

    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        backstop_git_tree_free(pointer)
    }

    var entries: [Entry] {
        (0..<backstop_git_tree_entrycount(pointer)).compactMap { index -> Entry? in
            guard let entry = backstop_git_tree_entry_byindex(pointer, index),
                  let id = backstop_git_tree_entry_id(entry),
                  let name = backstop_git_tree_entry_name(entry) else { return nil }
            return Entry(name: CStrings.bytes(name), id: ObjectID(id),
                         mode: UInt32(backstop_git_tree_entry_filemode(entry).rawValue))
        }
    }
}

/// A `git_commit`, freed with the value.
final class Commit {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        backstop_git_commit_free(pointer)
    }

    var treeID: ObjectID { ObjectID(backstop_git_commit_tree_id(pointer)) }

    /// The first parent, or nil for a root commit.
    var parentID: ObjectID? { backstop_git_commit_parent_id(pointer, 0).map(ObjectID.init) }

    /// Committer time, seconds since 1970.
    var time: Int64 { backstop_git_commit_time(pointer) }

    var message: String { backstop_git_commit_message(pointer).map { String(cString: $0) } ?? "" }
}

/// A blob held while its bytes are read or written out; libgit2 checked their hash on reading.
final class LoadedBlob {
    private let pointer: OpaquePointer
    private let bytes: UnsafeRawBufferPointer

    init(_ id: ObjectID, in repository: GitRepositoryHandle) throws(GitError) {
        var oid = id.gitOID
        var blob: OpaquePointer?
        try check(backstop_git_blob_lookup(&blob, repository.pointer, &oid), "git_blob_lookup(\(id))")
        guard let blob else { throw GitError(function: "git_blob_lookup(\(id))", code: -1, message: "libgit2 returned no blob") }
        pointer = blob
        bytes = UnsafeRawBufferPointer(start: backstop_git_blob_rawcontent(blob), count: Int(backstop_git_blob_rawsize(blob)))
    }

    deinit {
        backstop_git_blob_free(pointer)
    }

    /// Runs `body` with the blob's bytes, which live only as long as the blob: the blob is kept
    /// until `body` returns, however soon the optimizer would otherwise let it go.
    func withBytes<Result, Failure: Error>(_ body: (UnsafeRawBufferPointer) throws(Failure) -> Result) throws(Failure) -> Result {
        defer { withExtendedLifetime(self) {} }
        return try body(bytes)
    }
}

extension GitRepositoryHandle {
    func tree(_ id: ObjectID) throws(GitError) -> Tree {
        var oid = id.gitOID
        var tree: OpaquePointer?
        try check(backstop_git_tree_lookup(&tree, pointer, &oid), "git_tree_lookup")
        guard let tree else { throw GitError(function: "git_tree_lookup", code: -1, message: "libgit2 returned no tree for \(id)") }
        return Tree(tree)
    }

    func commit(_ id: ObjectID) throws(GitError) -> Commit {
        var oid = id.gitOID
        var commit: OpaquePointer?
        try check(backstop_git_commit_lookup(&commit, pointer, &oid), "git_commit_lookup")
        guard let commit else { throw GitError(function: "git_commit_lookup", code: -1, message: "libgit2 returned no commit for \(id)") }
        return Commit(commit)
    }

    /// What the reference `name` points at, or nil when there is no such reference.
    func referenceTarget(_ name: String) throws(GitError) -> ObjectID? {
        var oid = git_oid()
        let code = backstop_git_reference_name_to_id(&oid, pointer, name)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try check(code, "git_reference_name_to_id(\(name))")
        return ObjectID(&oid)
    }

    /// Points `name` at `id`: whatever it pointed at when `force`, else only if it still points at
    /// `expected`, so a concurrent writer is never overwritten silently.
    func updateReference(_ name: String, to id: ObjectID, expecting expected: ObjectID? = nil, force: Bool = false, message: String) throws(GitError) {
        var oid = id.gitOID
        var reference: OpaquePointer?
        defer { backstop_git_reference_free(reference) }
        if let expected, !force {
            var old = expected.gitOID
            try check(backstop_git_reference_create_matching(&reference, pointer, name, &oid, 1, &old, message), "git_reference_create_matching(\(name))")
        } else {
            try check(backstop_git_reference_create(&reference, pointer, name, &oid, force ? 1 : 0, message), "git_reference_create(\(name))")
        }
    }

    /// The commit a revision (`abc123`, `refs/backstop/snapshots~2`) names.
    func resolveCommit(_ revision: String) throws(GitError) -> ObjectID {
        var object: OpaquePointer?
        try check(backstop_git_revparse_single(&object, pointer, revision), "git_revparse_single(\(revision))")
        defer { backstop_git_object_free(object) }
        var commit: OpaquePointer?
        try check(backstop_git_object_peel(&commit, object, GIT_OBJECT_COMMIT), "git_object_peel(\(revision))")
        defer { backstop_git_object_free(commit) }
        guard let commit, let id = backstop_git_object_id(commit) else {
            throw GitError(function: "git_object_peel", code: -1, message: "\(revision) does not name a commit")
        }
        return ObjectID(id)
    }
}
