import BackstopCore
import BackstopGit
import BackstopSystem

/// The one deletion a person allowed (`backstop allow --deletion`), kept in
/// `.git/backstop/deletion-allowance` until HEAD moves: the pre-commit hook honours it for the
/// commit it was given for, and removes it once HEAD has moved past it.
public enum DeletionAllowanceFile {
    static func path(_ repository: RepositoryLocation) -> String { repository.stateDirectory + "/deletion-allowance" }

    /// The allowance a person would give now: the tracked files deleted (staged, or in the working
    /// tree) on top of HEAD.
    public static func pending(_ repository: RepositoryLocation) throws -> DeletionAllowance {
        DeletionAllowance(head: try Deletions.head(in: repository.root), paths: try Deletions.pending(in: repository.root))
    }

    /// Gives the allowance: the exact deletions the person was shown, not any made since.
    public static func grant(_ allowance: DeletionAllowance, in repository: RepositoryLocation) throws {
        try Files.makeDirectories(repository.stateDirectory)
        try Files.writeAtomically(allowance.encoded, to: path(repository), permissions: 0o600)
    }

    /// The deletions a person allowed the commit being made; an allowance HEAD has moved past (its
    /// commit was made) is removed. A file Backstop did not write allows nothing.
    static func allowed(_ repository: RepositoryLocation) throws -> Set<String> {
        let file = path(repository)
        guard let bytes = try Files.contents(file) else { return [] }
        guard let allowance = DeletionAllowance(decoding: bytes) else { return [] }
        let allowed = allowance.allowedDeletions(at: try Deletions.head(in: repository.root))
        // Clearing a spent allowance is housekeeping: failing at it must not stop the commit.
        if allowed.isEmpty { try? Files.remove(file) }
        return allowed
    }
}
