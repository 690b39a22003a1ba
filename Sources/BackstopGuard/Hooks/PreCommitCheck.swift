import BackstopCore
import BackstopGit
import BackstopSystem

/// pre-commit: gathers the facts of the commit being made through git and the scanner, and asks
/// Core's `CommitClassifier`. Decides nothing itself and prints nothing.
public struct PreCommitCheck {
    /// What the check found and what it means.
    public struct Outcome: Sendable {
        public let facts: CommitFacts
        public let classification: Classification
        /// Files the commit adds that were not scanned (binary), named.
        public var skipped: [ScanReport.Skip] = []
    }

    /// The folder the hook runs in.
    public let directory: String
    /// `GIT_INDEX_FILE`, as git sets it for `commit -a` and `commit PATH`; nil or empty: the index.
    public let indexFile: String?
    /// Finding the repository's folders costs a git process, which a hook with 20 ms in all spends
    /// only on a commit that deletes files.
    private let repository: () throws -> RepositoryLocation

    /// The working tree's top folder, where the ignored secret files are looked for.
    public let workingTreeRoot: String

    /// `workingTreeRoot` defaults to `directory`: git runs hooks at the top of the working tree.
    public init(directory: String, indexFile: String?, workingTreeRoot: String? = nil, repository: @escaping () throws -> RepositoryLocation) {
        self.directory = directory
        self.indexFile = indexFile
        self.workingTreeRoot = workingTreeRoot ?? directory
        self.repository = repository
    }

    /// `configure` loads the configuration and the detector while git reads the index on the
    /// other core (readying the regular expressions is a one-time cost of a few milliseconds).
    public func run(configure: () throws -> (Configuration, SecretDetector)) throws -> Outcome {
        let reading = try StagedPatch.start(in: directory)
        let (configuration, detector) = try configure()
        SecretDetector.prepareRegularExpressions()
        var skipped: [ScanReport.Skip] = []
        let credentials = try SecretFileValues.read(root: workingTreeRoot, globs: configuration.secretFiles,
                                                    maximumBytes: configuration.snapshots.maximumSecretFileBytes)
        var facts = CommitFacts(files: try reading.files(), indexedFiles: 0)
        let report = PatchScanner(detector: detector, windowBytes: configuration.maximumScanFileBytes, credentials: credentials).scan(facts.files)
        facts.secrets = report.findings
        facts.credentialCopies = report.credentialCopies
        skipped = report.skipped
        let classifier = CommitClassifier(threshold: configuration.massDeletion, verdicts: configuration.verdicts)
        if !facts.deletionsLosingContent.isEmpty {
            facts.allowedDeletions = try DeletionAllowanceFile.allowed(try repository())
            facts.indexedFiles = try indexEntryCount()
            let candidates = classifier.deletionsToConfirm(facts)
            if !candidates.isEmpty { facts.confirmedDeletions = try confirmedDeletions(candidates) }
        }
        return Outcome(facts: facts, classification: classifier.classify(facts), skipped: skipped)
    }

    /// The deletions git's rename detection does not pair with an addition, less the files git now
    /// ignores that are still on disk.
    private func confirmedDeletions(_ candidates: [String]) throws -> Set<String> {
        let root = try repository().root
        let deleted = try StagedPatch.deletionsAfterRenameDetection(in: root)
        let remaining = candidates.filter(deleted.contains)
        let onDisk = remaining.filter { Files.exists(root + "/" + $0) }
        let ignored = try WorkFileList.ignored(among: onDisk, in: root)
        return Set(remaining.filter { !ignored.contains($0) })
    }

    /// The entry count in the header of the index git is committing. Reading the header is enough;
    /// there is no need to list 100,000 paths.
    private func indexEntryCount() throws -> Int {
        var path = indexFile ?? ""
        if path.isEmpty {
            path = try repository().gitDirectory + "/index"
        } else if !path.hasPrefix("/") {
            path = directory + "/" + path
        }
        guard let bytes = try Files.contents(path, upTo: 12) else { throw GuardError("cannot read the index at \(path)") }
        guard bytes.count >= 12, bytes.starts(with: Array("DIRC".utf8)) else { throw GuardError("\(path) is not a git index") }
        return bytes[8..<12].reduce(0) { $0 << 8 | Int($1) }
    }
}
