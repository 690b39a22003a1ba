import BackstopCore

/// The staged patch: what the next commit changes against HEAD (or the empty tree on an unborn
/// branch), read from the index git names in `GIT_INDEX_FILE`, as git sets it for `commit -a` and
/// `commit PATH`.
public enum StagedPatch {
    /// `git diff --cached`, started: the caller prepares while git reads the index.
    public struct Reading {
        fileprivate let pending: GitCommandLine.Pending

        /// Waits for git and parses the patch.
        public func files() throws(GitError) -> [PatchFile] {
            UnifiedDiff.parse(try pending.output())
        }
    }

    public static func start(in directory: String) throws(GitError) -> Reading {
        Reading(pending: try GitCommandLine(directory: directory).start(diffArguments(["--cached"])))
    }

    /// The staged deletions that stand once git's rename detection has paired moves made with
    /// edits (it reads every candidate's content, so it is asked only when it matters).
    public static func deletionsAfterRenameDetection(in root: String) throws(GitError) -> Set<String> {
        let output = try GitCommandLine(directory: root).run(
            ["-c", "core.quotepath=false", "diff", "--cached", "-M", "--no-ext-diff", "--name-only", "--diff-filter=D", "-z"])
        return Set(output.split(separator: 0).map { String(decoding: $0, as: UTF8.self) })
    }

    /// The patch options every reader shares: no colour, no external diff or textconv, no renames
    /// (a rename is a deletion and an addition, so its content is scanned), no context lines.
    static func diffArguments(_ extra: [String]) -> [String] {
        ["-c", "core.quotepath=false", "diff"] + extra
            + ["-U0", "--no-color", "--no-ext-diff", "--no-textconv", "--no-renames", "--full-index", "--submodule=short"]
    }
}

/// The patches of the commits in a range, each file attributed to its commit.
public enum CommitPatches {
    /// `revisions` go to `git log` as they are (`A..B`). Oldest first, and a merge shows what it
    /// brought against its first parent, so a secret typed into a conflict resolution is seen; the
    /// scanner keeps the earliest commit of a repeated secret. A range git does not understand is a
    /// GitError carrying what git said.
    public static func read(revisions: [String], in directory: String) throws(GitError) -> [PatchFile] {
        let arguments = ["-c", "core.quotepath=false", "log", "-p", "-U0", "--no-color", "--no-ext-diff", "--no-textconv",
                         "--no-renames", "--reverse", "--diff-merges=first-parent", "--format=format:%x01%H"] + revisions + ["--"]
        return UnifiedDiff.parse(try GitCommandLine(directory: directory).run(arguments))
    }

    /// The commits `including` leads to, less those `excluding` leads to and those the remote's
    /// tracking refs hold (`remote`, when the push names a configured remote).
    public static func read(including: [String], excluding: [String], remote: String?, in directory: String) throws(GitError) -> [PatchFile] {
        try read(revisions: revisions(including: including, excluding: excluding, remote: remote), in: directory)
    }

    /// `git log`'s arguments for the commits `including` leads to, less those `excluding` and the
    /// remote's tracking refs lead to.
    public static func revisions(including: [String], excluding: [String], remote: String?) -> [String] {
        var revisions = including + ["--not"] + excluding
        if let remote { revisions.append("--remotes=\(remote)") }
        return revisions
    }
}
