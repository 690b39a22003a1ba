import BackstopCore

/// A work file whose entry differs between two trees.
struct TreeDifference {
    let path: RepositoryPath
    /// The entry in the first tree; nil when it has none at this path.
    let before: Tree.Entry?
    /// The entry in the second tree; nil when it has none.
    let after: Tree.Entry?
    /// The outermost folder holding `path` that the first tree lacks altogether: restoring that
    /// whole folder at once is much faster than naming each of its files.
    let absentFolder: RepositoryPath?
    /// The outermost folder holding `path` that the first tree lacks, even where the comparison
    /// looks at only some of its files.
    let missingFolder: RepositoryPath?

    var change: EntryChange { EntryChange(path: path, current: before?.kind, snapshot: after?.kind) }
}

/// Compares two trees file by file, descending only into subtrees whose ids differ, because libgit2
/// 1.5's `git_diff_tree_to_tree` expands every subtree, equal or not.
struct TreeComparison {
    let repository: GitRepositoryHandle
    /// Only paths within these (files, or folders taken whole) are compared; nil compares everything.
    /// What the folders above a path say makes whether it is wanted one lookup, not one per path
    /// selected (an action may name 20,000 files).
    private let selection: PathSelection?

    init(repository: GitRepositoryHandle, within selection: PathSelection?) {
        self.repository = repository
        self.selection = selection
    }

    init(repository: GitRepositoryHandle, filters: [RepositoryPath]?) {
        self.init(repository: repository, within: filters.map(PathSelection.init))
    }

    func differences(from before: ObjectID?, to after: ObjectID?) throws(GitError) -> [TreeDifference] {
        var result: [TreeDifference] = []
        try compare(before.map(repository.tree), after.map(repository.tree), at: RepositoryPath(bytes: []),
                    within: Folders(wanted: selection == nil, absent: nil, missing: nil), into: &result)
        return result
    }

    /// What is known of the folder being compared from the folders above it.
    private struct Folders {
        /// It lies within a filter (or there are none): everything below it is wanted.
        var wanted: Bool
        /// The outermost folder above that the first tree lacks and that is wanted whole.
        var absent: RepositoryPath?
        /// The outermost folder above that the first tree lacks.
        var missing: RepositoryPath?
    }

    private func compare(_ before: Tree?, _ after: Tree?, at folder: RepositoryPath, within folders: Folders,
                         into result: inout [TreeDifference]) throws(GitError) {
        let beforeEntries = before?.entries ?? []
        let afterEntries = after?.entries ?? []
        var beforeByName: [[UInt8]: Tree.Entry] = [:]
        for entry in beforeEntries { beforeByName[entry.name] = entry }
        var afterNames = Set<[UInt8]>()
        for entry in afterEntries {
            afterNames.insert(entry.name)
            let previous = beforeByName[entry.name]
            // Equal entries are skipped before their path is even spelled out.
            if let previous, previous.id == entry.id, previous.mode == entry.mode { continue }
            try compare(previous, entry, at: folder.appending(entry.name), within: folders, into: &result)
        }
        for entry in beforeEntries where !afterNames.contains(entry.name) {
            try compare(entry, nil, at: folder.appending(entry.name), within: folders, into: &result)
        }
    }

    private func compare(_ before: Tree.Entry?, _ after: Tree.Entry?, at path: RepositoryPath, within folders: Folders,
                         into result: inout [TreeDifference]) throws(GitError) {
        let isFolder = (before?.isTree ?? false) || (after?.isTree ?? false)
        let wantedWhole = folders.wanted || selection?.paths.contains(path) == true
        guard wantedWhole || (isFolder && selection?.folders.contains(path) == true) else { return }
        let beforeTree = before?.isTree == true ? before : nil
        let afterTree = after?.isTree == true ? after : nil
        let beforeFile = before?.isTree == false ? before : nil
        let afterFile = after?.isTree == false ? after : nil
        // A file on one side and a folder on the other: the file is one difference, the folder's
        // files are the others.
        if beforeFile != nil || afterFile != nil, wantedWhole {
            result.append(TreeDifference(path: path, before: beforeFile, after: afterFile, absentFolder: folders.absent, missingFolder: folders.missing))
        }
        guard beforeTree != nil || afterTree != nil else { return }
        var below = folders
        below.wanted = wantedWhole
        if beforeTree == nil {
            if below.absent == nil, wantedWhole { below.absent = path }
            if below.missing == nil { below.missing = path }
        }
        try compare(beforeTree.map { entry throws(GitError) in try repository.tree(entry.id) },
                    afterTree.map { entry throws(GitError) in try repository.tree(entry.id) },
                    at: path, within: below, into: &result)
    }
}
