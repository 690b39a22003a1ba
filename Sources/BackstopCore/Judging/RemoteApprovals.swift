/// A remote as git's configuration has it now: its `url`s and `pushurl`s.
public struct ConfiguredRemote: Sendable, Equatable {
    public let name: String
    public let urls: [String]
    public let pushURLs: [String]

    public init(name: String, urls: [String], pushURLs: [String]) {
        self.name = name
        self.urls = urls
        self.pushURLs = pushURLs
    }

    /// Where `git push NAME` goes: the `pushurl`s when there are any, else the `url`s.
    public var pushTargets: [String] { pushURLs.isEmpty ? urls : pushURLs }
}

/// What `status` says about remotes: each configured remote by name, with the URL a push to it
/// goes to and whether that URL is approved. Approvals are kept per URL and outlive the remote's
/// URL (`git remote set-url`, `git remote remove`): those no remote uses any more are only
/// counted, not listed as if they were remotes. Pure: the remotes and the approvals in.
public struct RemoteApprovals: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public let name: String
        public let url: String
        public let isApproved: Bool

        public init(name: String, url: String, isApproved: Bool) {
            self.name = name
            self.url = url
            self.isApproved = isApproved
        }
    }

    /// One row per push URL of each remote, sorted by remote name.
    public let rows: [Row]
    /// Approved URLs (recorded by `install` or `allow-remote`) that no remote has now.
    public let unusedApprovals: Int

    /// `approvedURLs`: the allow list's URLs; `configuredURLs`: `push.allowedRemoteURLs`. A URL
    /// is approved when either holds it, as the pre-push hook decides.
    public init(remotes: [ConfiguredRemote], approvedURLs: [String], configuredURLs: [String]) {
        let approved = Set((approvedURLs + configuredURLs).map(Self.normalized))
        // A push URL in the push helper's form (`backstop::URL`) is shown as where the push ends.
        rows = remotes.sorted { $0.name < $1.name }.flatMap { remote in
            remote.pushTargets.map { Row(name: remote.name, url: PushRoute.destination($0), isApproved: approved.contains(Self.normalized($0))) }
        }
        let inUse = Set(remotes.flatMap { $0.urls + $0.pushURLs }.map(Self.normalized))
        unusedApprovals = Set(approvedURLs.map(Self.normalized)).subtracting(inUse).count
    }

    /// `https://host/a/b.git/` and `https://host/a/b` are the same remote, and so is
    /// `backstop::https://host/a/b`, the URL routed through the push helper. The pre-push hook
    /// and the push helper compare URLs by this too.
    public static func normalized(_ url: String) -> String {
        var text = PushRoute.destination(url)
        while text.hasSuffix("/") { text.removeLast() }
        if text.hasSuffix(".git") { text.removeLast(4) }
        return text
    }
}
