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
    /// Only paths within these (files or folders) are compared; nil compares everything.
    private let filters: Set<RepositoryPath>?
    /// Every folder holding a filter: with the set above, whether a path is wanted costs its depth,
    /// not the number of filters (an action may name 20,000 files).
    private let filterFolders: Set<RepositoryPath>

    init(repository: GitRepositoryHandle, filters: [RepositoryPath]?) {
        self.repository = repository
        self.filters = filters.map(Set.init)
        filterFolders = Set(filters?.flatMap(\.ancestors) ?? [])
    }

    func differences(from before: ObjectID?, to after: ObjectID?) throws(GitError) -> [TreeDifference] {
        var result: [TreeDifference] = []
        try compare(before.map(repository.tree), after.map(repository.tree), at: RepositoryPath(bytes: []), absentFolder: nil, missingFolder: nil,
                    into: &result)
        return result
    }

    private func compare(_ before: Tree?, _ after: Tree?, at folder: RepositoryPath, absentFolder: RepositoryPath?, missingFolder: RepositoryPath?,
                         into result: inout [TreeDifference]) throws(GitError) {
        let beforeEntries = before?.entries ?? []
        let afterEntries = after?.entries ?? []
        var beforeByName: [[UInt8]: Tree.Entry] = [:]
        for entry in beforeEntries { beforeByName[entry.name] = entry }
        var afterNames = Set<[UInt8]>()
        for entry in afterEntries {
            afterNames.insert(entry.name)
            try compare(beforeByName[entry.name], entry, at: folder.appending(entry.name), absentFolder: absentFolder, missingFolder: missingFolder,
                        into: &result)
        }
        for entry in beforeEntries where !afterNames.contains(entry.name) {
            try compare(entry, nil, at: folder.appending(entry.name), absentFolder: absentFolder, missingFolder: missingFolder, into: &result)
        }
    }

    private func compare(_ before: Tree.Entry?, _ after: Tree.Entry?, at path: RepositoryPath, absentFolder: RepositoryPath?, missingFolder: RepositoryPath?,
                         into result: inout [TreeDifference]) throws(GitError) {
        if let before, let after, before.id == after.id, before.mode == after.mode { return }
        guard isWanted(path, folder: (before?.isTree ?? false) || (after?.isTree ?? false)) else { return }
        let beforeTree = before?.isTree == true ? before : nil
        let afterTree = after?.isTree == true ? after : nil
        let beforeFile = before?.isTree == false ? before : nil
        let afterFile = after?.isTree == false ? after : nil
        // A file on one side and a folder on the other: the file is one difference, the folder's
        // files are the others.
        if beforeFile != nil || afterFile != nil, isWanted(path, folder: false) {
            result.append(TreeDifference(path: path, before: beforeFile, after: afterFile, absentFolder: absentFolder, missingFolder: missingFolder))
        }
        guard beforeTree != nil || afterTree != nil else { return }
        var absent = absentFolder
        if absent == nil, beforeTree == nil, isWanted(path, folder: false) { absent = path }
        try compare(beforeTree.map { entry throws(GitError) in try repository.tree(entry.id) },
                    afterTree.map { entry throws(GitError) in try repository.tree(entry.id) },
                    at: path, absentFolder: absent, missingFolder: missingFolder ?? (beforeTree == nil ? path : nil), into: &result)
    }

    /// Whether `path` lies within a filter, or (for a folder) holds one.
    private func isWanted(_ path: RepositoryPath, folder: Bool) -> Bool {
        guard let filters else { return true }
        if filters.contains(path) || (folder && filterFolders.contains(path)) { return true }
        return path.ancestors.contains(where: filters.contains)
    }
}
