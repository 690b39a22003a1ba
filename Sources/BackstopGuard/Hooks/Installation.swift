import BackstopGit

/// `backstop install`: the shims in place, the remotes that exist now allowed, the store outside
/// the tree holding a copy of `.git`, and a running watcher stopped around the change (it would
/// take the new shims for tampering) and started again.
public enum Installation {
    public struct Report {
        public let hooksDirectory: String
        /// The folder other repositories share that `core.hooksPath` named outside this
        /// repository's configuration, when the shims went into the repository's own folder instead.
        public let sharedFolder: String?
        public let hooks: [(hook: String, outcome: HookInstaller.Outcome)]
        /// Remote URLs allowed now that were not before, by remote name.
        public let allowedRemotes: [(name: String, url: String)]
        /// The restarted watcher's pid, when one was running.
        public let restartedWatcher: Int32?
    }

    /// `configurationFile` is passed on to a restarted watcher.
    public static func install(_ repository: RepositoryLocation, force: Bool, configurationFile: String?) throws -> Report {
        let installer = try HookInstaller(repository: repository)
        let watcher = try WatcherRegistration.stop(repository)
        let hooks = try installer.install(force: force)
        var allowList = try RemoteAllowList(repository: repository)
        var allowed: [(name: String, url: String)] = []
        for (name, urls) in try Remotes.urls(in: repository.root).sorted(by: { $0.key < $1.key }) {
            allowed += allowList.allow(name: name, urls: urls).map { (name, $0) }
        }
        try allowList.save()
        do {
            _ = try OutsideStore(location: repository).update()
        } catch {
            throw GuardError("cannot copy .git to the store outside the tree: \(error)", hint: "is the disk full, or XDG_STATE_HOME not writable?")
        }
        let restarted = watcher == nil ? nil : try WatcherDaemon.start(repository, configurationFile: configurationFile)
        return Report(hooksDirectory: installer.hooksDirectory, sharedFolder: installer.sharedFolder, hooks: hooks, allowedRemotes: allowed, restartedWatcher: restarted)
    }
}
