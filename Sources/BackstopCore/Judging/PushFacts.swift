/// One line of git's pre-push input: `<local ref> <local id> <remote ref> <remote id>`, ids in hex,
/// all zeros where there is none.
public struct RefUpdate: Sendable, Equatable {
    /// How the remote's commit relates to the one pushed, as git's history tells.
    public enum Ancestry: Sendable, Equatable {
        /// The remote's commit is an ancestor: a fast-forward.
        case fastForward
        /// It is not: the push replaces it.
        case rewrite
        /// This repository does not have it, so the push cannot be checked.
        case unknownRemoteCommit
    }

    public let localRef: String
    public let localID: String
    public let remoteRef: String
    public let remoteID: String
    /// Looked up for updates that `replacesRemoteCommit`; nil for the others.
    public var ancestry: Ancestry?

    public init(localRef: String, localID: String, remoteRef: String, remoteID: String, ancestry: Ancestry? = nil) {
        self.localRef = localRef
        self.localID = localID
        self.remoteRef = remoteRef
        self.remoteID = remoteID
        self.ancestry = ancestry
    }

    public var deletes: Bool { localID.allSatisfy { $0 == "0" } }
    public var creates: Bool { remoteID.allSatisfy { $0 == "0" } }
    /// Backstop's snapshots and records, which never leave the repository.
    public var isPrivate: Bool { localRef.hasPrefix("refs/backstop/") || remoteRef.hasPrefix("refs/backstop/") }
    /// Whether commits go out with it (and are scanned).
    public var sendsCommits: Bool { !deletes && !isPrivate }
    /// Whether it moves an existing remote ref, so whether it is a fast-forward matters.
    public var replacesRemoteCommit: Bool { sendsCommits && !creates }
}

/// What the pre-push hook found out about a push: the facts the push classifier judges that only
/// git, the allow list and the scanner can tell.
public struct PushFacts: Sendable, Equatable {
    /// The remote's name as git passed it (a URL when the push named no remote).
    public let remote: String
    public let url: String
    /// Whether `remote` is a configured remote's name.
    public let remoteIsConfigured: Bool
    /// Whether the URL was allowed (`install`, `allow-remote`, `push.allowedRemoteURLs`).
    public let isApproved: Bool
    public var updates: [RefUpdate]
    /// Secrets in what the outgoing commits add: lines, the names of added files, their messages.
    public var secrets: [Finding] = []
    /// Values of the ignored secret files (`.env`) in the same places (`credential-copy`).
    public var credentialCopies: [Finding] = []
    /// Outgoing commits that other remotes of the repository already have, each with the
    /// remote-tracking refs that hold it (`origin/main`): history that is out there already.
    /// Looked up only for commits with findings.
    public var publishedElsewhere: [String: [String]] = [:]

    public init(remote: String, url: String, remoteIsConfigured: Bool, isApproved: Bool, updates: [RefUpdate]) {
        self.remote = remote
        self.url = url
        self.remoteIsConfigured = remoteIsConfigured
        self.isApproved = isApproved
        self.updates = updates
    }

    /// The remote-tracking refs that already hold the commit a finding is in; nil when none does
    /// (the finding is new).
    public func publishedElsewhere(_ finding: Finding) -> [String]? {
        finding.commit.flatMap { publishedElsewhere[$0] }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The commits to scan: those the updates send, less what the remote has (the commits its
    /// refs that are fast-forwarded already point at).
    public var outgoing: (including: [String], excluding: [String]) {
        (updates.filter(\.sendsCommits).map(\.localID), updates.filter { $0.ancestry == .fastForward }.map(\.remoteID))
    }
}
