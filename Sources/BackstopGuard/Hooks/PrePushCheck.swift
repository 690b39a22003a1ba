import BackstopCore
import BackstopGit

/// pre-push: reads git's ref lines, gathers the facts of the push through git, the allow list and
/// the scanner, and asks Core's `PushClassifier`. Decides nothing itself and prints nothing.
public struct PrePushCheck {
    /// What the check found and what it means.
    public struct Outcome: Sendable {
        public let facts: PushFacts
        public let classification: Classification
        /// Files the outgoing commits add that were not scanned (binary), named.
        public var skipped: [ScanReport.Skip] = []
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
        var skipped: [ScanReport.Skip] = []
        if !outgoing.including.isEmpty {
            let revisions = CommitPatches.revisions(including: outgoing.including, excluding: outgoing.excluding,
                                                    remote: facts.remoteIsConfigured ? remote : nil)
            let patches = try CommitPatches.read(revisions: revisions, in: directory)
            let messages = try CommitMessages.read(revisions: revisions, in: directory)
            let credentials = try SecretFileValues.read(root: root, globs: configuration.secretFiles,
                                                        maximumBytes: configuration.snapshots.maximumSecretFileBytes)
            let scanner = PatchScanner(detector: detector, windowBytes: configuration.maximumScanFileBytes, credentials: credentials)
            var report = scanner.scan(patches)
            report.absorb(scanner.scan(messages: messages.map { (commit: $0.commit, text: $0.text) }))
            facts.secrets = report.findings
            facts.credentialCopies = report.credentialCopies
            skipped = report.skipped
            facts.publishedElsewhere = try publishedElsewhere(report.findings + report.credentialCopies, configured: configuration.allowedRemoteURLs)
        }
        let classifier = PushClassifier(blocksBranchDeletion: configuration.blocksBranchDeletion, blocksForcePush: configuration.blocksForcePush,
                                        verdicts: configuration.verdicts)
        return Outcome(facts: facts, classification: classifier.classify(facts), skipped: skipped)
    }

    /// For each commit with a finding, the remote-tracking refs of the other approved remotes that
    /// hold it: history already out there. Only approved remotes count, so a tracking ref made up
    /// for a remote nobody approved does not turn a new secret into an old one.
    private func publishedElsewhere(_ findings: [Finding], configured: [String]) throws -> [String: [String]] {
        let commits = Set(findings.compactMap(\.commit))
        guard !commits.isEmpty else { return [:] }
        let allowList = try RemoteAllowList(repository: repository)
        let approved = try Remotes.urls(in: repository.root).filter { name, urls in
            name != remote && urls.contains { allowList.allows($0, configured: configured) }
        }.keys.sorted()
        var holders: [String: [String]] = [:]
        for commit in commits.sorted() {
            let references = try CommitMessages.remoteReferences(holding: commit, remotes: approved, in: directory)
            if !references.isEmpty { holders[commit] = references }
        }
        return holders
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
