import BackstopCore

/// The git command lines of the push helper: what the remote has, and the push itself through git's
/// own transport once the check has passed.
public enum RoutedPush {
    /// A ref the remote has.
    public struct RemoteReference: Equatable, Sendable {
        public let id: String
        public let name: String
    }

    /// The remote's refs (peeled tags left out) and the branch its HEAD names, if any.
    public static func references(at url: String, in directory: String) throws(GitError) -> (references: [RemoteReference], head: String?) {
        let text = String(decoding: try GitCommandLine(directory: directory).run(["ls-remote", "--symref", url]), as: UTF8.self)
        var references: [RemoteReference] = []
        var head: String?
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 2 else { continue }
            if fields[0].hasPrefix("ref: ") {
                if fields[1] == "HEAD" { head = String(fields[0].dropFirst(5)) }
            } else if !fields[1].hasSuffix("^{}") {
                references.append(RemoteReference(id: fields[0], name: fields[1]))
            }
        }
        return (references, head)
    }

    /// The object a push source names (a ref, `HEAD`, an id), unpeeled as pre-push reports it.
    public static func resolve(_ source: String, in directory: String) throws(GitError) -> String {
        try GitCommandLine(directory: directory).text(["rev-parse", "--verify", "--end-of-options", source])
    }

    /// Pushes with git's own transport and returns its porcelain report and messages. The URL is
    /// given as a remote of the command line's own with an explicit push URL, which git exempts from
    /// `pushInsteadOf`, so the push does not come back to the helper. The check ran already, so the
    /// hooks do not run again.
    public static func push(to url: String, _ refspecs: [String], options: [String], in directory: String) throws(GitError) -> (status: Int32, porcelain: String, messages: String) {
        let remote = "backstop-checked"
        let arguments = ["-c", "remote.\(remote).url=\(url)", "-c", "remote.\(remote).pushurl=\(url)",
                         "push", "--no-verify", "--porcelain"] + options + [remote] + refspecs
        let outcome = try GitCommandLine(directory: directory).runAllowingFailure(arguments)
        return (outcome.status, outcome.text, outcome.errorText)
    }
}
