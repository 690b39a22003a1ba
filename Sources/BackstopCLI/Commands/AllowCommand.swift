import BackstopCore
import Foundation

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
        let path = try context.repository().root + "/" + IgnoreFile.name
        let existing = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
        if IgnoreFile.fingerprints(in: existing).contains(fingerprint) {
            Terminal.say("backstop: \(fingerprint) is already allowed in \(path)")
            return .clean
        }
        var text = existing
        if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
        if text.isEmpty { text = "# Findings a person accepted: one fingerprint a line (`backstop allow FINGERPRINT`).\n" }
        text += fingerprint + (reason.map { "  # \($0.replacingOccurrences(of: "\n", with: " "))" } ?? "") + "\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        Terminal.say("backstop: allowed \(fingerprint) in \(path)")
        return .clean
    }
}
