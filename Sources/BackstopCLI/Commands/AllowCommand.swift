import BackstopCore
import BackstopGuard

struct AllowCommand: Command {
    static let name = "allow"
    static let summary = "a person accepts one finding (written to .backstopignore), or the deletion a commit is about to make"
    static let usage = """
        Usage: backstop allow FINGERPRINT [-m REASON]
               backstop allow --deletion
        Appends the fingerprint a finding printed to .backstopignore at the repository's root, so that
        secret is no longer reported by that rule, wherever it moves. Commit .backstopignore to share it.
          -m, --message REASON   why it is not a secret (kept beside the fingerprint)
          --deletion             lets the next commit delete the tracked files deleted now (staged with
                                 `git rm`, or gone from the working tree), however many: the pre-commit
                                 hook counts them no more until HEAD moves
        Only a person runs it, at a terminal: it asks for a code shown there.
        """

    enum Request {
        case finding(fingerprint: String, reason: String?)
        case deletion
    }

    let request: Request

    init(parsing arguments: inout Arguments) throws(UsageError) {
        let deletion = arguments.flag("--deletion")
        let reason = try arguments.option("-m", "--message")
        let words = try arguments.positionals()
        if deletion {
            guard words.isEmpty, reason == nil else {
                throw UsageError(message: "backstop allow --deletion: takes no FINGERPRINT and no -m; it allows the deletions made now")
            }
            request = .deletion
            return
        }
        guard words.count == 1 else {
            throw UsageError(message: "backstop allow: give exactly one FINGERPRINT, as a finding prints it (rule-id:hex), or --deletion")
        }
        guard IgnoreFile.isFingerprint(words[0]) else {
            throw UsageError(message: "backstop allow: '\(words[0])' is not a fingerprint; copy it from the finding (rule-id:20 hex digits)")
        }
        request = .finding(fingerprint: words[0], reason: reason)
    }

    func run(in context: CommandContext) throws -> ExitStatus {
        let repository = try context.repository()
        let needed = try context.configuration().configuration.personOnly.needsPerson(.allow)
        switch request {
        case .finding(let fingerprint, let reason):
            guard PersonGate.admits(Self.name, needed: needed, doing: "accepts a finding: it is no longer reported anywhere in this repository",
                                    commandLine: "backstop allow \(fingerprint)", in: repository.root) else { return .blocked }
            let added = try FindingAllowList.accept(fingerprint, reason: reason, repository: repository)
            let path = repository.root + "/" + IgnoreFile.name
            Terminal.say(added ? "backstop: allowed \(fingerprint) in \(path)" : "backstop: \(fingerprint) is already allowed in \(path)")
        case .deletion:
            let pending = try DeletionAllowanceFile.pending(repository)
            guard !pending.paths.isEmpty else {
                throw UsageError(message: "backstop allow --deletion: no tracked file is deleted now; delete them first (`git rm -r PATH`), then allow")
            }
            let count = pending.paths.count
            guard PersonGate.admits(Self.name, needed: needed, doing: "lets the next commit delete the \(count) tracked files deleted now",
                                    commandLine: "backstop allow --deletion", in: repository.root) else { return .blocked }
            try DeletionAllowanceFile.grant(pending, in: repository)
            Terminal.say("backstop: the next commit may delete these \(count) files; the allowance ends when HEAD moves")
        }
        return .clean
    }
}
