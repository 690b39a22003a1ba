import BackstopCore
import BackstopGit
import BackstopSystem

/// The values the ignored secret files (`secretFiles`: `.env`, `.env.*`) of the working tree and
/// the person's own credential files hold now, for the hooks' `credential-copy`: read at hook
/// time, kept in memory only, never shown.
enum SecretFileValues {
    /// Where the watcher keeps the paths of the secret files, NUL-separated: git's walk of ignored
    /// files costs a 100,000-file tree 70 ms or more, over a hook's whole budget.
    static let listName = "secret-files"

    /// `root` is the working tree's top folder. A secret file larger than `maximumBytes` is read up
    /// to there.
    /// The credentials in the person's home folder (`OwnedCredentials`) are added.
    static func read(root: String, globs: [PathGlob], maximumBytes: Int) throws -> CredentialValues {
        var values = OwnedCredentials.read()
        for path in try paths(root: root, globs: globs) {
            do {
                if let content = try Files.contents(root + "/" + path, upTo: maximumBytes) { values.read(content, from: RepositoryPath(path)) }
            } catch {
                throw GuardError("cannot read the secret file \(root)/\(path): \(error.reason)",
                                 hint: "the hooks compare what a commit adds with its values; make it readable, or move it away")
            }
        }
        return values
    }

    /// The recorded list (`install` writes it; a running watcher records it again whenever an action
    /// changes a secret file), else git's walk. With no watcher to keep the list fresh, the top
    /// folder, where secret files live as a rule, is looked at too: a new `.env` there counts at
    /// once. A file listed and gone is skipped.
    private static func paths(root: String, globs: [PathGlob]) throws -> [String] {
        let gitFolder = root + "/.git"
        let location = RepositoryLocation(root: root, gitDirectory: gitFolder, commonDirectory: gitFolder)
        guard let listed = (try? Files.contents(location.stateDirectory + "/" + listName)) ?? nil else {
            return try SecretFileList.ignored(matching: globs, in: root)
        }
        var paths = listed.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }.filter { path in globs.contains { $0.matches(path) } }
        guard WatcherRegistration.running(location) == nil else { return paths }
        let unlisted = (DirectoryListing.entries(of: root) ?? []).compactMap { name, kind -> String? in
            let text = String(decoding: name, as: UTF8.self)
            return kind == .regular && globs.contains(where: { $0.matches(text) }) && !paths.contains(text) ? text : nil
        }
        if !unlisted.isEmpty { paths += try WorkFileList.ignored(among: unlisted, in: root).sorted() }
        return paths
    }

    /// Writes the list the hooks read (`listName`).
    static func record(_ paths: [String], in repository: RepositoryLocation) throws {
        try Files.makeDirectories(repository.stateDirectory)
        try Files.writeAtomically(paths.flatMap { Array($0.utf8) + [0] }, to: repository.stateDirectory + "/" + listName, permissions: 0o600)
    }
}
