import BackstopCore
import BackstopGuard

struct AllowCommand: Command {
    static let name = "allow"
    static let summary = "accept one finding by its fingerprint (written to .backstopignore)"
    static let usage = """
        Usage: backstop allow FINGERPRINT [-m REASON]
        Appends the fingerprint a finding printed to .backstopignore at the repository's root, so that
        secret is no longer reported by that rule, wherever it moves. Commit .backstopignore to share it.
          -m, --message REASON   why it is not a secret (kept beside the fingerprint)
        """

    let fingerprint: String
    let reason: String?

    init(parsing arguments: inout Arguments) throws(UsageError) {
        reason = try arguments.option("-m", "--message")
        let words = try arguments.positionals()
        guard words.count == 1 else {
            throw UsageError(message: "backstop allow: give exactly one FINGERPRINT, as a finding prints it (rule-id:hex)")
        }
        guard IgnoreFile.isFingerprint(words[0]) else {
            throw UsageError(message: "backstop allow: '\(words[0])' is not a fingerprint; copy it from the finding (rule-id:20 hex digits)")
        }
        fingerprint = words[0]
    }

    func run(in context: CommandContext) throws -> ExitStatus {
        let repository = try context.repository()
        let root = repository.root
        let added = try FindingAllowList.accept(fingerprint, reason: reason, repository: repository)
        let path = root + "/" + IgnoreFile.name
        Terminal.say(added ? "backstop: allowed \(fingerprint) in \(path)" : "backstop: \(fingerprint) is already allowed in \(path)")
        return .clean
    }
}
