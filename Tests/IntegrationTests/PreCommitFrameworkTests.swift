import BackstopTestSupport
import Foundation
import Testing

@Suite(".pre-commit-hooks.yaml: the hook the pre-commit framework runs")
struct PreCommitFrameworkTests {
    /// The `backstop` hook's fields, read line by line: the file is a flat list of flat mappings.
    static func hook(id: String) throws -> [String: String] {
        let text = try String(contentsOfFile: BuiltBinary.packageRoot + "/.pre-commit-hooks.yaml", encoding: .utf8)
        var hooks: [[String: String]] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            var body = Substring(line)
            if body.hasPrefix("- ") {
                hooks.append([:])
                body = body.dropFirst(2)
            } else {
                guard body.hasPrefix("  "), !hooks.isEmpty else { continue }
            }
            guard let colon = body.firstIndex(of: ":") else { continue }
            let key = body[..<colon].trimmingCharacters(in: .whitespaces)
            let value = body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            hooks[hooks.count - 1][key] = value
        }
        return try #require(hooks.first { $0["id"] == id })
    }

    /// What pre-commit does with a `language: system` hook: the entry's words, run in the working
    /// tree's top folder, the program found on PATH.
    static func run(_ entry: String, in repository: TemporaryRepository) throws -> ProcessResult {
        try TestProcess.run("/bin/sh", ["-c", "cd '\(repository.root)' && exec \(entry)"], environment: repository.environment)
    }

    @Test func theHookRunsASubcommandTheBinaryHasWithoutFileNames() throws {
        let hook = try Self.hook(id: "backstop")
        #expect(hook["language"] == "system")
        #expect(hook["pass_filenames"] == "false")
        #expect(hook["always_run"] == "true", "a commit of deletions alone names no file the framework would pass")
        let words = try #require(hook["entry"]).split(separator: " ").map(String.init)
        #expect(words.first == "backstop")
        #expect(words.count >= 2)

        let help = try TestProcess.run(BuiltBinary.path, ["--help"], environment: [:])
        let commands = help.all.split(separator: "\n").compactMap { $0.hasPrefix("  ") ? $0.split(separator: " ").first.map(String.init) : nil }
        #expect(commands.contains(words[1]), "\(words[1]) is not among \(commands)")
        let usage = try TestProcess.run(BuiltBinary.path, Array(words[1...]) + ["--help"], environment: [:])
        #expect(usage.status == 0)
        #expect(usage.all.contains(words.joined(separator: " ")), "\(usage.all)")
    }

    @Test func theEntryBlocksAStagedSecretAndPassesACleanStagedChange() throws {
        let entry = try #require(try Self.hook(id: "backstop")["entry"])
        // No `backstop install`: the framework owns the hooks, Backstop is only its program.
        let repository = try TemporaryRepository()
        try repository.write("README.md", "hello\n")
        try repository.commitAll("first")

        try repository.write("notes.txt", "plain notes\n")
        try repository.git("add", "notes.txt").expectSuccess()
        let clean = try Self.run(entry, in: repository)
        #expect(clean.status == 0, "\(clean.all)")

        let token = FakeSecrets.gitHubToken(seed: 21)
        try repository.write("app/settings.py", "GITHUB = \"\(token)\"\n")
        try repository.git("add", "app/settings.py").expectSuccess()
        // The working tree's copy is clean; the staged one is what is judged.
        try repository.write("app/settings.py", "GITHUB = os.environ[\"GITHUB_TOKEN\"]\n")
        let blocked = try Self.run(entry, in: repository)
        #expect(blocked.status == 1, "\(blocked.all)")
        #expect(blocked.all.contains("github-pat"))
        #expect(blocked.all.contains("app/settings.py:1"))
        #expect(!blocked.all.contains(token))

        try repository.git("reset", "-q", "app/settings.py").expectSuccess()
        let cleanAgain = try Self.run(entry, in: repository)
        #expect(cleanAgain.status == 0, "\(cleanAgain.all)")
    }
}
