import BackstopCore
import BackstopGit

/// pre-push: reads git's ref lines, gathers the facts of the push through git, the allow list and
/// the scanner, and asks Core's `PushClassifier`. Decides nothing itself and prints nothing.
public struct PrePushCheck {
    /// What the check found and what it means.
    public struct Outcome: Sendable {
        public let facts: PushFacts
        public let classification: Classification
    }

    public let repository: RepositoryLocation
    /// The folder the hook runs in.
    public let directory: String
    public let remote: String
    public let url: String

    public init(repository: RepositoryLocation, directory: String, remote: String, url: String) {
        self.repository = repository
        self.directory = directory
        self.remote = remote
        self.url = url
    }

    /// `refLines` is what git writes on the hook's standard input.
    public func run(refLines: String, configuration: Configuration, detector: SecretDetector) throws -> Outcome {
        let root = repository.root
        let remotes = try Remotes.urls(in: root)
        let approved = try RemoteAllowList(repository: repository).allows(url, configured: configuration.allowedRemoteURLs)
        var updates = try Self.parse(refLines)
        for index in updates.indices where updates[index].replacesRemoteCommit {
            updates[index].ancestry = try Remotes.ancestry(of: updates[index].remoteID, to: updates[index].localID, in: root)
        }
        var facts = PushFacts(remote: remote, url: url, remoteIsConfigured: remotes[remote] != nil, isApproved: approved, updates: updates)
        let outgoing = facts.outgoing
        if !outgoing.including.isEmpty {
            let patches = try CommitPatches.read(including: outgoing.including, excluding: outgoing.excluding,
                                                 remote: facts.remoteIsConfigured ? remote : nil, in: directory)
            facts.secrets = PatchScanner(detector: detector, maximumBytes: configuration.maximumScanFileBytes).scan(patches).findings
        }
        let classifier = PushClassifier(blocksBranchDeletion: configuration.blocksBranchDeletion, blocksForcePush: configuration.blocksForcePush,
                                        verdicts: configuration.verdicts)
        return Outcome(facts: facts, classification: classifier.classify(facts))
    }

    /// git's input: one `<local ref> <local id> <remote ref> <remote id>` line per ref.
    static func parse(_ text: String) throws -> [RefUpdate] {
        try text.split(whereSeparator: \.isNewline).compactMap { line in
            let words = line.split(separator: " ").map(String.init)
            if words.isEmpty { return nil }
            guard words.count == 4 else {
                throw GuardError("unexpected pre-push input line '\(line)'", hint: "git writes four words per ref; was the hook run by hand?")
            }
            return RefUpdate(localRef: words[0], localID: words[1], remoteRef: words[2], remoteID: words[3])
        }
    }
}
