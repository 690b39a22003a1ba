import BackstopCore
import BackstopGit
import BackstopSystem
import Foundation

/// `backstop doctor`: for each agent configured in the repository, runs Backstop's pre-tool hook
/// command exactly as the configuration writes it with a probe the check denies, and names the
/// settings that would silently switch the hook off. Registration can be dead without a sound: a
/// mistyped path, a zero timeout, a hook the agent has not trusted yet.
public enum AgentDoctor {
    public struct Finding: Sendable {
        public let dialect: AgentDialect
        public let path: String
        /// Nil when the probe was denied as the agent reads a deny.
        public let failure: String?
        /// Settings that would switch the hook off, or leave it unable to fail closed.
        public let warnings: [String]
    }

    /// Hooks with less time than this may be killed before they answer.
    public static let minimumTimeoutSeconds = 2.0

    public static func check(_ repository: RepositoryLocation, environment: [String: String]) throws -> [Finding] {
        var findings: [Finding] = []
        for dialect in AgentDialect.allCases {
            let path = repository.root + "/" + AgentHookConfiguration.path(for: dialect)
            let document: JSONValue?
            do {
                document = try AgentInstaller.read(path)
            } catch {
                findings.append(Finding(dialect: dialect, path: path, failure: "the file cannot be read: \(error)", warnings: []))
                continue
            }
            guard let document else { continue }
            let entries = AgentHookConfiguration.entries(dialect, in: document)
            guard !entries.isEmpty else { continue }
            findings.append(check(dialect, path: path, document: document, entries: entries, repository: repository, environment: environment))
        }
        return findings
    }

    static func check(_ dialect: AgentDialect, path: String, document: JSONValue, entries: [AgentHookConfiguration.Entry],
                      repository: RepositoryLocation, environment: [String: String]) -> Finding {
        var warnings: [String] = []
        if AgentHookConfiguration.disablesHooks(dialect, in: document) { warnings.append("the file switches every hook off") }
        for entry in entries {
            if let timeout = entry.timeoutSeconds, timeout < minimumTimeoutSeconds {
                warnings.append("\(entry.event): a timeout of \(timeout) s " + (timeout <= 0 ? "skips the hook" : "may kill it before it answers"))
            }
            if ProgramSearch.find(entry.commandLine.words.first ?? "", path: environment["PATH"]) == nil {
                warnings.append("\(entry.event): \(entry.commandLine.words.first ?? "(no program)") is not an executable file: the hook is silently off")
            }
        }
        if dialect == .codex, !codexTrusts(repository) {
            warnings.append("Codex runs these hooks only once trusted: no [hooks.state] trusted_hash in .codex/config.toml yet; review them in Codex with /hooks")
        }
        if !dialect.failsClosed {
            warnings.append("\(dialect.rawValue) lets a tool run when the hook crashes or times out: the watcher and the git hooks remain")
        } else if let pre = entries.first(where: { $0.event == dialect.probeEvent }), !pre.failClosed {
            warnings.append("\(pre.event) does not fail closed (\(dialect == .claude ? "onFailure: \"block\"" : "failClosed: true") is missing)")
        }
        guard let pre = entries.first(where: { $0.event == dialect.probeEvent }) else {
            return Finding(dialect: dialect, path: path, failure: "no \(dialect.probeEvent) hook runs Backstop: nothing is checked before a tool", warnings: warnings)
        }
        return Finding(dialect: dialect, path: path, failure: probe(dialect, pre.commandLine, root: repository.root, environment: environment), warnings: warnings)
    }

    /// Runs the hook as the agent would; nil when it denied the probe as the agent reads a deny.
    static func probe(_ dialect: AgentDialect, _ commandLine: AgentHookConfiguration.CommandLine, root: String,
                      environment: [String: String]) -> String? {
        let program: String
        let arguments: [String]
        switch commandLine {
        case .exec(let words):
            guard let first = words.first, let found = ProgramSearch.find(first, path: environment["PATH"]) else {
                return "\(words.first ?? "(no program)") cannot be run"
            }
            (program, arguments) = (found, words)
        case .shell(let line):
            (program, arguments) = ("/bin/sh", ["sh", "-c", line])
        }
        let input = Array((dialect.probePayload(root: root).compactText() + "\n").utf8)
        let outcome: Subprocess.Outcome
        do {
            outcome = Subprocess.finish(try Subprocess.start(program, arguments, input: input))
        } catch {
            return "the hook cannot be started: \(error.reason)"
        }
        let reply = AgentReply(exitCode: outcome.status, stdout: String(decoding: outcome.output, as: UTF8.self),
                               stderr: String(decoding: outcome.errorOutput, as: UTF8.self))
        if dialect.isDeny(reply) { return nil }
        if dialect.isSilent(reply) { return "the hook ran but did not deny `\(AgentDialect.probeCommand)`" }
        let said = (reply.stderr + reply.stdout).split(separator: "\n").prefix(3).joined(separator: " / ")
        return "the hook answered exit \(reply.exitCode), not \(dialect.rawValue)'s deny: \(said)"
    }

    /// Whether `.codex/config.toml` records a trusted hash for the hooks.
    static func codexTrusts(_ repository: RepositoryLocation) -> Bool {
        guard let bytes = (try? Files.contents(repository.root + "/.codex/config.toml")) ?? nil else { return false }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let section = text.range(of: "[hooks.state]") else { return false }
        return text[section.upperBound...].contains("trusted_hash")
    }
}
