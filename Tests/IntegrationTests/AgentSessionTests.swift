import BackstopTestSupport
import Foundation
import Testing

/// Recorded agent sessions (scenarios/agents/): each step a tool call in one agent's own payload,
/// before the tool, the tool run for real in a guarded fixture, and after it; the answer the agent
/// would see must be the one the session names, in every dialect.
@Suite struct AgentSessionTests {
    struct Result: Decodable {
        let session: String
        let dialect: String
        let problems: [String]
    }

    @Test func everyRecordedSessionGetsTheAnswersItNames() throws {
        let run = try TestProcess.run("/usr/bin/env", ["python3", BuiltBinary.packageRoot + "/scenarios/agents/run.py", "--backstop", BuiltBinary.path,
                                                       "--format", "json"],
                                      environment: ProcessInfo.processInfo.environment)
        let results = try JSONDecoder().decode([Result].self, from: Data(run.outputBytes))
        #expect(Set(results.map(\.dialect)) == ["claude", "codex", "gemini", "copilot", "cursor", "opencode"])
        for result in results {
            for problem in result.problems { Issue.record("\(result.session) (\(result.dialect)): \(problem)") }
        }
        #expect(run.status == (results.allSatisfy { $0.problems.isEmpty } ? 0 : 1), "\(run.errorText)")
    }
}
