import BackstopGit
import BackstopGuard

struct AllowRemoteCommand: Command {
    static let name = "allow-remote"
    static let summary = "a person accepts pushes to one remote's URL"
    static let usage = """
        Usage: backstop allow-remote NAME
        Allows pushes to the URLs the remote NAME has now (its url and pushurl).
        Only a person runs it, at a terminal: it asks for a code shown there.
        """

    let remote: String

    init(parsing arguments: inout Arguments) throws(UsageError) {
        let words = try arguments.positionals()
        guard words.count == 1 else { throw UsageError(message: "backstop allow-remote: give exactly one remote NAME") }
        remote = words[0]
    }

    func run(in context: CommandContext) throws -> ExitStatus {
        let repository = try context.repository()
        let remotes = try Remotes.urls(in: repository.root)
        guard let urls = remotes[remote] else {
            let known = remotes.keys.sorted().joined(separator: ", ")
            throw UsageError(message: "backstop allow-remote: '\(remote)' is not a remote of this repository\(known.isEmpty ? "" : " (remotes: \(known))")")
        }
        let needed = try context.configuration().configuration.personOnly.needsPerson(.allowRemote)
        guard PersonGate.admits(Self.name, needed: needed, doing: "lets pushes go to \(urls.joined(separator: " and "))",
                                commandLine: "backstop allow-remote \(remote)", in: repository.root) else { return .blocked }
        var allowList = try RemoteAllowList(repository: repository)
        let added = allowList.allow(name: remote, urls: urls)
        try allowList.save()
        for url in urls {
            Terminal.say("backstop: pushes to \(remote) (\(url)) \(added.contains(url) ? "are now allowed" : "were already allowed")")
        }
        return .clean
    }
}
