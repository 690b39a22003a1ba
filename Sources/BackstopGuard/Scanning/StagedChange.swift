import BackstopCore
import BackstopGit
import Foundation

/// What the next commit will change: the staged patch against HEAD (or the empty tree on an unborn
/// branch), read from the index git names in `GIT_INDEX_FILE`, as git sets it for `commit -a` and
/// `commit PATH`.
struct StagedChange {
    let files: [PatchFile]

    var deletedCount: Int { files.filter { $0.status == .deleted }.count }
    var addedCount: Int { files.filter { $0.status == .added }.count }

    /// Deleted files whose content no added file carries: `git mv` moves content and loses none.
    /// (Patches come without rename detection so that moved content is scanned; exact content ids
    /// pair a move up instead.)
    var lostFiles: [PatchFile] {
        var added: [String: Int] = [:]
        for file in files where file.status == .added {
            if let id = file.contentID { added[id, default: 0] += 1 }
        }
        return files.filter { file in
            guard file.status == .deleted else { return false }
            guard let id = file.contentID, let left = added[id], left > 0 else { return true }
            added[id] = left - 1
            return false
        }
    }

    static func read(in directory: String) throws -> StagedChange {
        StagedChange(files: UnifiedDiff.parse(try start(in: directory).output()))
    }

    /// Starts `git diff --cached`; its output is the staged patch.
    static func start(in directory: String) throws -> GitCommandLine.Pending {
        try GitCommandLine(directory: directory).start(diffArguments(["--cached"]))
    }

    /// The patch options every reader shares: no colour, no external diff or textconv, no renames
    /// (a rename is a deletion and an addition, so its content is scanned), no context lines.
    static func diffArguments(_ extra: [String]) -> [String] {
        ["-c", "core.quotepath=false", "diff"] + extra + ["-U0", "--no-color", "--no-ext-diff", "--no-textconv", "--no-renames", "--full-index", "--submodule=short"]
    }
}

/// The patches of the commits in a range, each file attributed to its commit.
enum CommitPatches {
    static func read(range: String, in context: CommandContext) throws -> [PatchFile] {
        try read(revisions: [range], in: context)
    }

    /// `revisions` are passed to `git log` as they are (`A..B`, or `SHA --not --remotes=origin`).
    /// Oldest first, and a merge shows what it brought against its first parent, so a secret typed
    /// into a conflict resolution is seen; the scanner keeps the earliest commit of a repeated secret.
    static func read(revisions: [String], in context: CommandContext) throws -> [PatchFile] {
        let arguments = ["-c", "core.quotepath=false", "log", "-p", "-U0", "--no-color", "--no-ext-diff", "--no-textconv",
                         "--no-renames", "--reverse", "--diff-merges=first-parent", "--format=format:%x01%H"] + revisions + ["--"]
        let git = GitCommandLine(directory: context.directory)
        let outcome = try git.runAllowingFailure(arguments)
        guard outcome.status == 0 else {
            throw CommandFailure("cannot read the commits of '\(revisions.joined(separator: " "))': \(outcome.errorText.trimmingCharacters(in: .whitespacesAndNewlines))",
                                 hint: "give a range git understands, such as main..HEAD")
        }
        return UnifiedDiff.parse(outcome.output)
    }
}
