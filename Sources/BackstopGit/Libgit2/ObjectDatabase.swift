import Clibgit2

/// The repository's `git_odb`, for object sizes without reading objects, and whether one is there.
final class ObjectDatabase {
    private let pointer: OpaquePointer

    init(_ repository: GitRepositoryHandle) throws(GitError) {
        var database: OpaquePointer?
        try check(backstop_git_repository_odb(&database, repository.pointer), "git_repository_odb")
        guard let database else {
            throw GitError(function: "git_repository_odb", code: -1, message: "libgit2 returned no object database")
        }
        pointer = database
    }

    deinit {
        backstop_git_odb_free(pointer)
    }

    /// Whether the database holds `oid`, after looking for packs and loose folders added since it
    /// last looked.
    func contains(_ oid: UnsafePointer<git_oid>) -> Bool {
        backstop_git_odb_exists(pointer, oid) != 0
    }

    func refresh() throws(GitError) {
        try check(backstop_git_odb_refresh(pointer), "git_odb_refresh")
    }

    func size(of oid: UnsafePointer<git_oid>) throws(GitError) -> Int {
        var size = 0
        var type = GIT_OBJECT_ANY
        try check(backstop_git_odb_read_header(&size, &type, pointer, oid), "git_odb_read_header")
        return size
    }
}
