import BackstopCore
import BackstopGuard

struct LeaksCommand: Command {
    static let name = "leaks"
    static let summary = "secrets that reached a remote by a push no check saw; --rotated once they are rotated"
    static let usage = """
        Usage: backstop leaks [--rotated]
        Lists the secrets the watcher saw reach a remote by a push that went around the hooks and
        the push helper. Each must be rotated: revoked at the provider and issued again; taking the
        commit off the remote is not enough. Exits 1 while any is listed.
          --rotated   say that every listed secret was rotated; `status` stops reporting them
        """

    let rotated: Bool

    init(parsing arguments: inout Arguments) throws(UsageError) {
        rotated = arguments.flag("--rotated")
        try arguments.finish()
    }

    func run(in context: CommandContext) throws -> ExitStatus {
        let repository = try context.repository()
        if rotated {
            let needed = try context.configuration().configuration.personOnly.needsPerson(.leaksRotated)
            guard PersonGate.admits(Self.name, needed: needed, doing: "says every leaked secret was rotated: `status` stops reporting them",
                                    commandLine: "backstop leaks --rotated", in: repository.root) else { return .blocked }
            let count = try PushedSecrets.markRotated(repository)
            Terminal.say(count == 0 ? "backstop: no leak to mark" : "backstop: marked \(count == 1 ? "1 leak" : "\(count) leaks") as rotated")
            return .clean
        }
        let leaks = PushedSecrets.unrotated(try AuditLog(repository).entries().entries)
        guard !leaks.isEmpty else {
            Terminal.say("backstop: no secret is known to have reached a remote unchecked")
            return .clean
        }
        for leak in leaks { Terminal.output(leak.summary) }
        return .blocked
    }
}
