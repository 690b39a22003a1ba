import BackstopGit
import BackstopSystem
import Foundation

/// Which files a scan reads: the repository's work files (tracked, or untracked and not ignored),
/// or what the person named, folders expanded.
enum WorkFiles {
    /// Each entry is (path to open, path to report).
    /// `requested` paths are relative to `directory`; one that does not exist is a `Scan.MissingPath`.
    static func list(_ requested: [String], in directory: String, repository: RepositoryLocation?) throws -> [(open: String, show: String)] {
        if requested.isEmpty {
            guard let repository else {
                throw GuardError("\(directory) is not inside a git working tree, so there are no work files to scan",
                                 hint: "name files or folders: backstop scan PATH...")
            }
            return try tracked(in: repository.root, pathspecs: [])
        }
        var result: [(open: String, show: String)] = []
        for path in requested {
            let absolute = path.hasPrefix("/") ? path : directory + "/" + path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
                throw Scan.MissingPath(path: path)
            }
            if !isDirectory.boolValue {
                result.append((absolute, path))
            } else if let repository, isInside(absolute, repository.root), !(try isIgnored(absolute, in: repository.root)) {
                result += try tracked(in: repository.root, pathspecs: [absolute])
            } else {
                result += try walk(absolute, shownAs: path)
            }
        }
        return result
    }

    private static func tracked(in root: String, pathspecs: [String]) throws -> [(open: String, show: String)] {
        try WorkFileList.paths(in: root, within: pathspecs).map { relative in (root + "/" + relative, relative) }
    }

    /// Every regular file below a folder outside any repository, `.git` folders left out.
    private static func walk(_ folder: String, shownAs shown: String) throws -> [(open: String, show: String)] {
        try DirectoryWalker.regularFiles(under: folder).sorted().map { relative in
            (folder + "/" + relative, shown == "." ? relative : shown + "/" + relative)
        }
    }

    /// A folder the person named that git ignores as a whole is still scanned, all of it: naming it
    /// says it matters.
    private static func isIgnored(_ path: String, in root: String) throws -> Bool {
        try WorkFileList.isIgnored(path, in: root)
    }

    private static func isInside(_ path: String, _ root: String) -> Bool {
        let resolved = (path as NSString).resolvingSymlinksInPath
        let resolvedRoot = (root as NSString).resolvingSymlinksInPath
        return resolved == resolvedRoot || resolved.hasPrefix(resolvedRoot + "/")
    }
}
