import BackstopCore
import BackstopGit
import BackstopSystem
import Foundation

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
        /// How pushes reach the push helper, or why they cannot.
        public let pushRoute: PushRouteOutcome
    }

    /// Whether pushes that skip the hooks are checked.
    public enum PushRouteOutcome: Sendable {
        /// Every push URL goes through the helper, found at this path.
        case routed(helper: String)
        /// git would not find the helper on PATH, so routing pushes to it would stop every push.
        case helperNotOnPath(link: String)
    }

    /// `configurationFile` is passed on to a restarted watcher; the paths of the secret files
    /// (`secretFiles`) are recorded for the hooks, which would otherwise walk the tree to find them.
    public static func install(_ repository: RepositoryLocation, force: Bool, configurationFile: String?, secretFiles: [PathGlob]) throws -> Report {
        let installer = try HookInstaller(repository: repository)
        let watcher = try WatcherRegistration.stop(repository)
        let hooks = try installer.install(force: force)
        var allowList = try RemoteAllowList(repository: repository)
        var allowed: [(name: String, url: String)] = []
        for (name, urls) in try Remotes.urls(in: repository.root).sorted(by: { $0.key < $1.key }) {
            allowed += allowList.allow(name: name, urls: urls).map { (name, $0) }
        }
        try allowList.save()
        let route = try routePushes(repository)
        try SecretFileValues.record(try SecretFileList.ignored(matching: secretFiles, in: repository.root), in: repository)
        do {
            _ = try OutsideStore(location: repository).update()
        } catch {
            throw GuardError("cannot copy .git to the store outside the tree: \(error)", hint: "is the disk full, or XDG_STATE_HOME not writable?")
        }
        let restarted = watcher == nil ? nil : try WatcherDaemon.start(repository, configurationFile: configurationFile)
        return Report(hooksDirectory: installer.hooksDirectory, sharedFolder: installer.sharedFolder, hooks: hooks, allowedRemotes: allowed, restartedWatcher: restarted, pushRoute: route)
    }

    /// Routes every push through the helper, once git can find it: the link beside the binary, on
    /// the PATH this command runs with.
    private static func routePushes(_ repository: RepositoryLocation) throws -> PushRouteOutcome {
        let link = try PushHelperLink.make(beside: HookInstaller.currentBinary)
        guard let helper = ProgramSearch.find(PushRoute.helperProgram, path: ProcessInfo.processInfo.environment["PATH"]) else {
            return .helperNotOnPath(link: link)
        }
        try PushRouteSettings.route(in: repository.root)
        return .routed(helper: helper)
    }
}
