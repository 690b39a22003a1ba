import BackstopCore

/// The settings in the repository's own configuration that send every push through the push helper
/// (`PushRoute`): `url.backstop::.pushInsteadOf` with an empty prefix, and each remote's explicit
/// `pushurl` in the `backstop::` form. Only the repository's file is read and written: a global or
/// system setting would route other repositories' pushes too.
public enum PushRouteSettings {
    /// How far the routing is in place.
    public enum State: Sendable, Equatable {
        /// Neither setting is there: the repository's pushes do not go through the helper.
        case absent
        /// Every push URL is routed.
        case complete
        /// Some is there, some not: a push can go around the helper.
        case partial
    }

    public static func state(in root: String) throws(GitError) -> State {
        let settings = try read(in: root)
        let routesAll = settings.insteadOf
        let pushURLs = settings.pushURLs.values.joined()
        if !routesAll && pushURLs.allSatisfy({ !PushRoute.isRouted($0) }) { return .absent }
        return routesAll && pushURLs.allSatisfy(PushRoute.isRouted) ? .complete : .partial
    }

    /// Puts the routing in place; true when something changed.
    @discardableResult
    public static func route(in root: String) throws(GitError) -> Bool {
        let git = GitCommandLine(directory: root)
        let settings = try read(in: root)
        var changed = false
        if !settings.insteadOf {
            _ = try git.run(["config", "--local", PushRoute.insteadOfKey, ""])
            changed = true
        }
        for (remote, urls) in settings.pushURLs where !urls.allSatisfy(PushRoute.isRouted) {
            try replacePushURLs(of: remote, with: urls.map(PushRoute.routed), git: git)
            changed = true
        }
        return changed
    }

    /// Takes the routing out again, leaving each remote's push URLs as they were before.
    public static func unroute(in root: String) throws(GitError) {
        let git = GitCommandLine(directory: root)
        let settings = try read(in: root)
        if settings.insteadOf {
            _ = try git.run(["config", "--local", "--unset-all", PushRoute.insteadOfKey])
        }
        for (remote, urls) in settings.pushURLs where urls.contains(where: PushRoute.isRouted) {
            try replacePushURLs(of: remote, with: urls.map(PushRoute.destination), git: git)
        }
    }

    private static func replacePushURLs(of remote: String, with urls: [String], git: GitCommandLine) throws(GitError) {
        let key = "remote.\(remote).pushurl"
        _ = try git.run(["config", "--local", "--unset-all", key])
        for url in urls { _ = try git.run(["config", "--local", "--add", key, url]) }
    }

    private static func read(in root: String) throws(GitError) -> (insteadOf: Bool, pushURLs: [String: [String]]) {
        let outcome = try GitCommandLine(directory: root).runAllowingFailure(
            ["config", "--local", "-z", "--get-regexp", #"^url\.backstop::\.pushinsteadof$|^remote\..*\.pushurl$"#])
        var insteadOf = false
        var pushURLs: [String: [String]] = [:]
        for entry in outcome.output.split(separator: 0) {
            let text = String(decoding: entry, as: UTF8.self)
            let parts = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let key = parts[0], value = parts.count > 1 ? parts[1] : ""
            if key == PushRoute.insteadOfKey.lowercased() {
                insteadOf = insteadOf || value.isEmpty
            } else if key.hasPrefix("remote."), key.hasSuffix(".pushurl") {
                pushURLs[String(key.dropFirst(7).dropLast(8)), default: []].append(value)
            }
        }
        return (insteadOf, pushURLs)
    }
}
