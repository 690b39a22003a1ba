import BackstopTestSupport
import Foundation
import Testing

@Suite("configuration files that a lenient reader crashed on or misread")
struct ConfigurationFileTests {
    /// A file's text, the key its error names, and words the message holds.
    static let badFiles = [
        (#"{"commit": {"massDeletionFiles": 99999999999999999999999}}"#, "commit.massDeletionFiles",
         "99999999999999999999999 is out of range (1 ... 1000000)"),
        (#"{"commit": {"massDeletionFiles": 1e400}}"#, "commit.massDeletionFiles", "1e400 is out of range"),
        ("{\"commit\": {\"massDeletionFiles\": 5,\n  \"massDeletionFiles\": 500}}", "commit.massDeletionFiles",
         #"duplicate key "commit.massDeletionFiles" (lines 1 and 2)"#),
    ]

    /// `config`, `scan`, `watch --daemon` and a real `git commit` through the pre-commit hook exit 2
    /// (the commit stops) with the file and the key named, where they died of SIGILL before.
    @Test(arguments: badFiles)
    func theTeamFileStopsCommandsAndTheCommitWithTheKeyNamed(_ text: String, _ key: String, _ words: String) throws {
        let repository = try TemporaryRepository()
        try repository.write("README.md", "hello\n")
        try repository.commitAll("first")
        try repository.backstop("install").expectSuccess()
        try repository.write(".backstop.json", text)
        for command in [["config"], ["scan"], ["watch", "--daemon"]] {
            let result = try TestProcess.run(BuiltBinary.path, ["-C", repository.root] + command, environment: repository.environment)
            #expect(result.status == 2, "\(command): \(result.all)")
            #expect(result.errorText.contains(".backstop.json: key '\(key)': \(words)"), "\(command): \(result.errorText)")
        }
        defer { _ = try? repository.backstop("watch", "--stop") }
        try repository.write("notes.txt", "plain\n")
        try repository.git("add", "notes.txt").expectSuccess()
        let commit = try repository.git("commit", "-m", "notes")
        #expect(commit.status != 0)
        #expect(commit.all.contains(".backstop.json: key '\(key)': \(words)"), "\(commit.all)")
        #expect(!commit.all.contains("signal"))
        #expect(try repository.git("rev-list", "--count", "HEAD").output.trimmingCharacters(in: .whitespacesAndNewlines) == "1")
    }

    @Test(arguments: badFiles)
    func theUserFileAndConfigFileAreReadAsStrictly(_ text: String, _ key: String, _ words: String) throws {
        let repository = try TemporaryRepository()
        let userFolder = repository.home + "/.config/backstop"
        try FileManager.default.createDirectory(atPath: userFolder, withIntermediateDirectories: true)
        try text.write(toFile: userFolder + "/config.json", atomically: true, encoding: .utf8)
        let user = try repository.backstop("config")
        #expect(user.status == 2)
        #expect(user.errorText.contains("config.json: key '\(key)': \(words)"), "\(user.errorText)")
        try FileManager.default.removeItem(atPath: userFolder + "/config.json")

        let given = repository.base + "/given.json"
        try text.write(toFile: given, atomically: true, encoding: .utf8)
        let named = try repository.backstop("--config", given, "config")
        #expect(named.status == 2)
        #expect(named.errorText.contains("given.json: key '\(key)': \(words)"), "\(named.errorText)")
    }
}
