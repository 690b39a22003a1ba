import BackstopCore
import BackstopGit

/// The push check that does not depend on hooks: `git-remote-backstop`, the remote helper every push
/// URL is routed through (`PushRoute`). It lists the remote's refs, checks a batch of ref updates
/// exactly as pre-push does, and only then pushes with git's own transport. Decides nothing itself
/// and prints nothing: the command line speaks the protocol.
public struct PushHelper {
    public let repository: RepositoryLocation
    /// The folder git runs the helper in.
    public let directory: String
    /// The remote's name, or the URL when the push named none.
    public let remote: String
    /// Where the push goes in the end, `backstop::` taken off.
    public let destination: String
    private var remoteReferences: [String: String] = [:]

    public init(repository: RepositoryLocation, directory: String, remote: String, url: String) {
        self.repository = repository
        self.directory = directory
        self.remote = remote
        destination = PushRoute.destination(url)
    }

    /// What became of a batch of ref updates.
    public enum Outcome {
        /// The check blocked the push; nothing was sent.
        case blocked(PrePushCheck.Outcome)
        /// The push ran; git's report for each ref and its messages.
        case pushed(check: PrePushCheck.Outcome, references: [PushedRef], messages: String)
    }

    /// The answer to `list for-push`: the remote's refs, then its HEAD as a symref.
    public mutating func listing() throws -> [String] {
        let listed = try RoutedPush.references(at: destination, in: directory)
        remoteReferences = Dictionary(listed.references.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
        return listed.references.map { "\($0.id) \($0.name)" } + (listed.head.map { ["@\($0) HEAD"] } ?? [])
    }

    /// Checks the batch as pre-push would, and pushes it if nothing blocks it.
    public func push(_ batch: [RemoteHelperLine.RefSpec], options: PushHelperOptions, configuration: Configuration,
                     detector: SecretDetector) throws -> Outcome {
        let zero = String(repeating: "0", count: 40)
        var lines: [String] = []
        for spec in batch {
            let localID = spec.deletes ? zero : try RoutedPush.resolve(spec.source, in: directory)
            let localRef = spec.deletes ? "(delete)" : spec.source
            lines.append("\(localRef) \(localID) \(spec.destination) \(remoteReferences[spec.destination] ?? zero)")
        }
        let check = PrePushCheck(repository: repository, directory: directory, remote: remote, url: destination)
        let outcome = try check.run(refLines: lines.joined(separator: "\n"), configuration: configuration, detector: detector)
        if outcome.classification.verdict == .block { return .blocked(outcome) }
        let pushed = try RoutedPush.push(to: destination, batch.map(\.text), options: options.arguments, in: directory)
        var references = PushedRef.parse(porcelain: pushed.porcelain)
        for spec in batch where !references.contains(where: { $0.destination == spec.destination }) {
            // git said nothing of this ref: the push failed before it reached the remote.
            references.append(PushedRef(destination: spec.destination, succeeded: false, summary: pushed.status == 0 ? "not reported" : "push failed"))
        }
        return .pushed(check: outcome, references: references, messages: pushed.messages)
    }
}
