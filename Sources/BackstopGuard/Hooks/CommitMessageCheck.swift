import BackstopCore
import BackstopSystem

/// commit-msg: scans the message of the commit being made for secrets and for the values of the
/// ignored secret files, and asks Core's `CommitClassifier`. Decides nothing itself and prints nothing.
public struct CommitMessageCheck {
    /// The working tree's top folder, where git runs the hook and the secret files are looked for.
    public let workingTreeRoot: String

    public init(workingTreeRoot: String) {
        self.workingTreeRoot = workingTreeRoot
    }

    /// git's scissors line: with `commit -v` the diff follows it, and git drops everything from it on.
    static let scissors = Array("# ------------------------ >8 ------------------------".utf8)

    /// `messageFile` is the path git passes (relative to the working tree's top).
    public func run(messageFile: String, configuration: Configuration, detector: SecretDetector) throws -> PreCommitCheck.Outcome {
        let path = messageFile.hasPrefix("/") ? messageFile : workingTreeRoot + "/" + messageFile
        let content: [UInt8]
        do {
            guard let read = try Files.contents(path) else { throw GuardError("there is no commit message file at \(path)") }
            content = read
        } catch let error as SystemError {
            throw GuardError("cannot read the commit message \(path): \(error.reason)")
        }
        let credentials = try SecretFileValues.read(root: workingTreeRoot, globs: configuration.secretFiles,
                                                    maximumBytes: configuration.snapshots.maximumSecretFileBytes)
        let report = PatchScanner(detector: detector, windowBytes: configuration.maximumScanFileBytes, credentials: credentials)
            .scan(messages: [(commit: nil, text: Self.message(in: content))])
        var facts = CommitFacts(files: [], indexedFiles: 0)
        facts.secrets = report.findings
        facts.credentialCopies = report.credentialCopies
        let classifier = CommitClassifier(threshold: configuration.massDeletion, verdicts: configuration.verdicts)
        return PreCommitCheck.Outcome(facts: facts, classification: classifier.classify(facts))
    }

    /// The message as git will keep it, as near as the hook can tell: everything before the
    /// scissors line. Comment lines stay in: `git commit -m` keeps them (the default cleanup strips
    /// them only from a message typed in the editor), and the hook cannot tell which it was.
    static func message(in content: [UInt8]) -> [UInt8] {
        var start = 0
        while start < content.count {
            var end = start
            while end < content.count, content[end] != UInt8(ascii: "\n") { end += 1 }
            if content[start..<end].elementsEqual(scissors) { return Array(content[..<start]) }
            start = end + 1
        }
        return content
    }
}
