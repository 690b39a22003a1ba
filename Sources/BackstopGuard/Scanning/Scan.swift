import BackstopCore
import BackstopGit
import Foundation

/// `backstop scan`: one source of content, scanned, and what was covered and found.
public enum Scan {
    public enum Source: Sendable {
        /// Files and folders relative to the folder the scan runs in; none: the work files.
        case paths([String])
        /// The lines the staged change adds, and the names of the files it adds.
        case staged
        /// The lines each commit of a range (`A..B`) adds, the names of the files it adds, its message.
        case range(String)
        /// Every blob in history, once.
        case history
    }

    /// A path named for the scan that does not exist.
    public struct MissingPath: Error {
        public let path: String
    }

    /// `repository` is nil outside any repository, where only named paths can be scanned.
    public static func run(_ source: Source, in directory: String, repository: RepositoryLocation?, configuration: Configuration,
                           detector: SecretDetector) throws -> ScanReport {
        let started = Date()
        let maximumBytes = configuration.maximumScanFileBytes
        // The person's own credentials, wherever they turn up (history is read for secrets only).
        let owned = OwnedCredentials.read()
        var report: ScanReport
        switch source {
        case .paths(let paths):
            report = try FileScanner(detector: detector, maximumBytes: maximumBytes, credentials: owned)
                .scan(WorkFiles.list(paths, in: directory, repository: repository))
        case .staged:
            report = PatchScanner(detector: detector, windowBytes: maximumBytes, credentials: owned).scan(try StagedPatch.start(in: directory).files())
        case .range(let range):
            let patches: [PatchFile]
            let messages: [CommitMessages.Message]
            do {
                patches = try CommitPatches.read(revisions: [range], in: directory)
                messages = try CommitMessages.read(revisions: [range], in: directory)
            } catch {
                throw GuardError("cannot read the commits of '\(range)': \(error.message.trimmingCharacters(in: .whitespacesAndNewlines))",
                                 hint: "give a range git understands, such as main..HEAD")
            }
            let scanner = PatchScanner(detector: detector, windowBytes: maximumBytes, credentials: owned)
            report = scanner.scan(patches)
            report.absorb(scanner.scan(messages: messages.map { (commit: $0.commit, text: $0.text) }))
        case .history:
            guard let repository else {
                throw GuardError("\(directory) is not inside a git working tree", hint: "run backstop inside a repository, or name one with -C PATH")
            }
            report = try HistoryScanner.scan(repository, detector: detector, windowBytes: maximumBytes)
        }
        report.findings = (report.findings + report.credentialCopies).sorted { ($0.path, $0.line, $0.column) < ($1.path, $1.line, $1.column) }
        report.credentialCopies = []
        report.elapsedSeconds = Date().timeIntervalSince(started)
        return report
    }

    /// The detector with the effective rules, path allowlist and the repository's `.backstopignore`.
    public static func detector(_ configuration: Configuration, root: String?) -> SecretDetector {
        SecretDetector(rules: configuration.rules, options: DetectorOptions(allowedPaths: configuration.allowedPaths, ignoredFingerprints: ignoreFile(root)))
    }

    /// The detector the hooks and the push helper judge what leaves with. What they scan is new (the
    /// lines a commit adds, commits the remote lacks), so an inline marker on such a line arrived
    /// with its secret and excuses nothing; of `.backstopignore`, only the lines a guard trusts count
    /// (`FindingAllowList.trusted`).
    public static func gateDetector(_ configuration: Configuration, root: String?, repository: () throws -> RepositoryLocation) throws -> SecretDetector {
        let trusted = try FindingAllowList.trusted(working: ignoreFile(root), repository: repository)
        return SecretDetector(rules: configuration.rules, options: DetectorOptions(allowedPaths: configuration.allowedPaths, ignoredFingerprints: trusted,
                                                                                    inlineAllowMarkers: []))
    }

    private static func ignoreFile(_ root: String?) -> Set<String> {
        guard let root, let text = try? String(contentsOfFile: root + "/" + IgnoreFile.name, encoding: .utf8) else { return [] }
        return IgnoreFile.fingerprints(in: text)
    }
}
