import Clibgit2

/// An open libgit2 repository. It owns the `git_repository` and frees it when the last reference
/// goes away.
///
/// `@unchecked Sendable` because libgit2 lets one thread at a time use a repository: the handle may
/// be handed to the task or actor that will use it, but it must stay confined there and never be
/// used from two threads at once. The pointer is internal, so no C type leaves this module.
public final class GitRepositoryHandle: @unchecked Sendable {
    /// The `git_repository *`; valid for the handle's lifetime.
    let pointer: OpaquePointer
    /// The path the repository was opened from (any folder inside a work tree, a git folder or a bare
    /// repository).
    public let path: String

    /// Opens the repository that holds `path`, searching parent folders like git does.
    public init(path: String) throws(GitError) {
        try Libgit2.initialize()
        var repository: OpaquePointer?
        do {
            try check(backstop_git_repository_open_ext(&repository, path, 0, nil), "git_repository_open_ext")
        } catch {
            throw GitError(function: error.function, code: error.code, errorClass: error.errorClass,
                           message: "cannot open a repository at \(path): \(error.message)")
        }
        guard let repository else {
            throw GitError(function: "git_repository_open_ext", code: -1, message: "libgit2 returned no repository for \(path)")
        }
        self.pointer = repository
        self.path = path
    }

    deinit {
        backstop_git_repository_free(pointer)
    }
}
