import BackstopCore
import BackstopGit
import BackstopWatch
import Foundation

extension InotifyWatcher {
    private static let gitFolder = RepositoryPath(".git")
    private static let hooksFolder = RepositoryPath(".git/hooks")
    private static let referencesFolder = RepositoryPath(".git/refs")

    /// The inotify source over a working tree's work: ignored folders are not watched, and of
    /// `.git` only its top (the config, HEAD, the index, sync cookies, what deleting it deletes
    /// first), its hooks and its refs (what the store outside the tree keeps up with). The reader
    /// starts with the watch session.
    public static func workingTree(_ location: RepositoryLocation) throws -> InotifyWatcher {
        let ignore = try IgnoreRules(root: location.root)
        let watcher = try InotifyWatcher(root: location.root) { folder in
            if folder == gitFolder { return false }
            if folder.isWithin(gitFolder) { return folder != hooksFolder && !folder.isWithin(referencesFolder) }
            // A nested repository's own git folder.
            if folder.fileName == gitFolder.bytes { return true }
            return ignore.isIgnoredFolder(folder)
        }
        // The user's configuration guards this tree too: its folder is made if missing, so a file
        // written there later is seen.
        let userFolder = (ConfigurationAcceptance.userFilePath() as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: userFolder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        watcher.watchOutside(userFolder, as: GuardedFiles.userConfigurationFolder)
        return watcher
    }
}
