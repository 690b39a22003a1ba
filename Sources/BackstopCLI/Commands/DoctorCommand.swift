import BackstopGuard

struct DoctorCommand: Command {
    static let name = "doctor"
    static let summary = "check that each agent's Backstop hook really answers, and what would switch it off"
    static let usage = """
        For each agent configured in the repository (`backstop install --agent NAME`), runs Backstop's
        pre-tool hook command exactly as the configuration writes it, with a probe the check denies
        (`git push --no-verify origin main`), and reports OK or FAILED. Also names what would switch a
        hook off silently (a missing binary, a zero or tiny timeout, Codex hooks not trusted yet) and
        which agents let a tool run when the hook crashes or times out. Exit 1 when any agent fails.
        """

    init(parsing arguments: inout Arguments) throws(UsageError) {
        try arguments.finish()
    }

    func run(in context: CommandContext) throws -> ExitStatus {
        let repository = try context.repository()
        let findings = try AgentDoctor.check(repository, environment: context.environment)
        if findings.isEmpty {
            Terminal.output("no agent hooks are configured in \(repository.root) (`backstop install --agent NAME` writes them)")
            return .clean
        }
        for finding in findings {
            Terminal.output("\(finding.dialect.rawValue): \(finding.failure.map { "FAILED: \($0)" } ?? "OK: the hook denies the probe") (\(finding.path))")
            for warning in finding.warnings { Terminal.output("  warning: \(warning)") }
        }
        return findings.contains { $0.failure != nil } ? .blocked : .clean
    }
}
