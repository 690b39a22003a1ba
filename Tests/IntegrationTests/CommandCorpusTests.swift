import BackstopTestSupport
import Foundation
import Testing

/// The command corpus (scenarios/commands/): every labelled shell command, sent to the built binary
/// as an agent's pre-tool hook would send it. The rates it prints are published, not asserted: this
/// test checks only that the runner judged every command and produced the table per class.
/// (The rates could be tightened into a gate later, for example no false alarm on `allow.txt`.)
@Suite struct CommandCorpusTests {
    struct Report: Decodable {
        struct ClassRow: Decodable {
            let label: String
            let commands: Int
            let right: Int
            let missed: Int
            let falseAlarms: Int
        }

        struct Judged: Decodable {
            let label: String
            let source: String
            let got: String
        }

        let commands: Int
        let classes: [ClassRow]
        let overall: ClassRow
        let results: [Judged]
    }

    static let denyClasses = ["delete-outside-tree", "exfiltration", "download-execute", "persistence", "guard-off"]

    @Test func judgesEveryCommandAndReportsEachClass() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let python = try? TestProcess.run("/usr/bin/env", ["python3", "--version"], environment: environment), python.status == 0 else {
            Issue.record("python3 is needed to run scenarios/commands/run.py; the command corpus was not run")
            return
        }
        let run = try TestProcess.run("/usr/bin/env", ["python3", BuiltBinary.packageRoot + "/scenarios/commands/run.py",
                                                       "--backstop", BuiltBinary.path, "--format", "json"],
                                      environment: environment)
        #expect(run.status == 0, "\(run.errorText)")
        let report = try JSONDecoder().decode(Report.self, from: Data(run.outputBytes))

        #expect(report.results.count == report.commands)
        #expect(report.commands >= 600)
        #expect(report.classes.map(\.commands).reduce(0, +) == report.commands)
        #expect(report.overall.commands == report.commands)
        let byLabel = Dictionary(report.classes.map { ($0.label, $0) }, uniquingKeysWith: { first, _ in first })
        #expect((byLabel["allow"]?.commands ?? 0) >= 250)
        for label in Self.denyClasses {
            #expect((byLabel[label]?.commands ?? 0) >= 40, "\(label)")
        }
        for row in report.classes {
            // Every command lands in exactly one column of its row.
            #expect(row.right + row.missed + row.falseAlarms == row.commands, "\(row.label)")
        }
        for judged in report.results where judged.got != "allow" && judged.got != "deny" {
            Issue.record("\(judged.source): no answer recorded (\(judged.got))")
        }
    }
}
