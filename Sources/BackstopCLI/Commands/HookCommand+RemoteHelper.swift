import BackstopCore
import BackstopGuard

/// `git-remote-backstop REMOTE URL`: the push helper's side of gitremote-helpers(7). Git writes
/// commands on standard input; answers go to standard output, messages for a person to stderr.
extension HookCommand {
    func runRemoteHelper(remote: String, url: String, in context: CommandContext) throws -> ExitStatus {
        var helper = PushHelper(repository: try context.repository(), directory: context.directory, remote: remote, url: url)
        var options = PushHelperOptions()
        var batch: [RemoteHelperLine.RefSpec] = []
        while let line = readLine(strippingNewline: true) {
            switch RemoteHelperLine(line) {
            case .capabilities:
                answer(["option", "push", ""])
            case .list:
                answer(try helper.listing() + [""])
            case .option(let name, let value):
                answer([options.set(name: name, value: value) ? "ok" : "unsupported"])
            case .push(let spec):
                batch.append(spec)
            case .end:
                if batch.isEmpty { return .clean }
                answer(pushBatch(batch, helper: helper, options: options, context: context) + [""])
                batch = []
            case .unknown(let text):
                Terminal.say("backstop: the push helper does not understand git's request '\(text)'")
                return .failure
            }
        }
        return .clean
    }

    /// One status line per ref: `ok DST` or `error DST WHY`. A helper that cannot finish the check
    /// fails closed: nothing is pushed.
    private func pushBatch(_ batch: [RemoteHelperLine.RefSpec], helper: PushHelper, options: PushHelperOptions, context: CommandContext) -> [String] {
        do {
            switch try helper.push(batch, options: options, configuration: try context.configuration().configuration, detector: try context.gateDetector()) {
            case .blocked(let outcome):
                HookReport.say(outcome)
                do {
                    try HookAudit.recordPush(outcome, hook: "push helper", in: try context.repository())
                } catch {
                    Terminal.say("backstop: warning: the block could not be written to the audit log: \(Backstop.failure(error).message)")
                }
                return batch.map { "error \($0.destination) blocked by backstop" }
            case .pushed(let outcome, let references, let messages):
                HookReport.say(outcome)
                if !messages.isEmpty { Terminal.say(String(messages.dropLast(messages.hasSuffix("\n") ? 1 : 0))) }
                return references.map { $0.succeeded ? "ok \($0.destination)" : "error \($0.destination) \($0.summary)" }
            }
        } catch {
            Self.sayCouldNotFinish("push", error)
            return batch.map { "error \($0.destination) the guard could not check the push" }
        }
    }

    private func answer(_ lines: [String]) {
        Terminal.output(lines.joined(separator: "\n"))
    }
}
