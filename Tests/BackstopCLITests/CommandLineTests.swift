import BackstopTestSupport
import Foundation
import Testing

@Suite("command line: parsing, help, exit codes, scan, config")
struct CommandLineTests {
    static let commands = ["install", "uninstall", "scan", "hook", "watch", "status", "snapshot", "snapshots", "restore", "undo", "log", "allow",
                           "allow-remote", "config"]

    @Test(arguments: commands)
    func everyCommandHasHelp(_ command: String) throws {
        let repository = try TemporaryRepository()
        let result = try repository.backstop(command, "--help")
        #expect(result.status == 0)
        #expect(result.output.contains("backstop \(command)"))
    }

    @Test(arguments: [
        (["frobnicate"], "frobnicate"), (["scan", "--bogus"], "--bogus"), (["scan", "--format", "xml"], "--format"),
        (["scan", "--staged", "--history"], "--staged"), (["allow", "not-a-fingerprint"], "not-a-fingerprint"),
        (["hook", "pre-push"], "REMOTE"), (["restore", "a", "b"], "SNAPSHOT"), (["snapshot", "-m"], "-m"),
    ])
    func usageErrorsExitTwoAndNameTheFlag(_ words: [String], _ named: String) throws {
        let repository = try TemporaryRepository()
        let result = try TestProcess.run(BuiltBinary.path, ["-C", repository.root] + words, environment: repository.environment)
        #expect(result.status == 2)
        #expect(result.errorText.contains(named))
    }

    @Test func watcherCommandsWithoutAWatcher() throws {
        let repository = try TemporaryRepository()
        #expect(try repository.backstop("watch", "--daemon", "--stop").status == 2)
        #expect(try repository.backstop("log", "-n", "many").errorText.contains("-n"))
        let stop = try repository.backstop("watch", "--stop")
        #expect(stop.status == 0 && stop.errorText.contains("no watcher runs"))
        let log = try repository.backstop("log")
        #expect(log.status == 0 && log.errorText.contains("the audit log is empty"))
        #expect(try repository.backstop("status").output.contains("watcher: not running"))
    }

    @Test func scanReportsWorkFilesOnlyAndRedacts() throws {
        let repository = try TemporaryRepository()
        let token = FakeSecrets.gitHubToken(seed: 99)
        try repository.write("src/app.js", "const client = new Client(\"\(token)\");\n")
        try repository.write(".gitignore", "build/\n")
        try repository.write("build/out.js", "const t = \"\(FakeSecrets.gitHubToken(seed: 100))\";\n")
        let result = try repository.backstop("scan", "--format", "json")
        #expect(result.status == 1)
        #expect(!result.all.contains(token))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(findings.count == 1)
        #expect(findings.first?["ruleID"] as? String == "github-pat")
        #expect(findings.first?["path"] as? String == "src/app.js")
        #expect(findings.first?["line"] as? Int == 1)
    }

    @Test func scanReadsANamedFolderEvenWhenGitIgnoresIt() throws {
        let repository = try TemporaryRepository()
        try repository.write(".gitignore", "vendor/\n")
        try repository.write("vendor/lib/config.txt", "id = \(FakeSecrets.awsAccessKeyID(seed: 31))\n")
        #expect(try repository.backstop("scan").status == 0)
        let named = try repository.backstop("scan", "vendor")
        #expect(named.status == 1)
        #expect(named.errorText.contains("vendor/lib/config.txt:1"))
    }

    @Test func scanHonoursInlineAllowsAndPathAllowlists() throws {
        let repository = try TemporaryRepository()
        try repository.write("a.txt", "key \(FakeSecrets.awsAccessKeyID(seed: 1)) # backstop:allow\n")
        try repository.write("fixtures/b.txt", "key \(FakeSecrets.awsAccessKeyID(seed: 2))\n")
        #expect(try repository.backstop("scan").status == 1)
        try repository.write(".backstop.json", "{\"scan\": {\"allowPaths\": [\"fixtures/**\"]}}")
        // A team file loosens only as committed (or accepted by a person).
        #expect(try repository.backstop("scan").status == 1)
        try repository.commitAll("settings")
        let result = try repository.backstop("scan")
        #expect(result.status == 0, "\(result.all)")
    }

    @Test func scanWritesSarif() throws {
        let repository = try TemporaryRepository()
        try repository.write("a.txt", "key \(FakeSecrets.awsAccessKeyID(seed: 4))\n")
        let result = try repository.backstop("scan", "--format", "sarif")
        #expect(result.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(document["version"] as? String == "2.1.0")
        let runs = try #require(document["runs"] as? [[String: Any]])
        #expect((runs.first?["results"] as? [Any])?.count == 1)
    }

    @Test func scanStagedAndRangeReadWhatCommitsAdd() throws {
        let repository = try TemporaryRepository()
        try repository.write("a.txt", "one\n")
        try repository.commitAll("first")
        try repository.write("a.txt", "one\nkey \(FakeSecrets.awsAccessKeyID(seed: 8))\n")
        #expect(try repository.backstop("scan", "--staged").status == 0)
        try repository.git("add", "a.txt").expectSuccess()
        let staged = try repository.backstop("scan", "--staged", "--format", "json")
        #expect(staged.status == 1)
        #expect(staged.output.contains("\"line\" : 2"))
        try repository.git("commit", "-q", "--no-verify", "-m", "second").expectSuccess()
        let head = try repository.git("rev-parse", "HEAD").output.trimmingCharacters(in: .whitespacesAndNewlines)
        let range = try repository.backstop("scan", "--range", "HEAD~1..HEAD", "--format", "json")
        #expect(range.status == 1)
        #expect(range.output.contains(head))
        #expect(try repository.backstop("scan", "--range", "HEAD~1..HEAD~1").status == 0)
        #expect(try repository.backstop("scan", "--range", "nothing..here").status == 3)
    }

    @Test func configurationErrorsNameTheKey() throws {
        let repository = try TemporaryRepository()
        try repository.write(".backstop.json", "{\"scan\": {\"maxFileBytes\": \"big\"}}")
        let bad = try repository.backstop("config")
        #expect(bad.status == 2)
        #expect(bad.errorText.contains("scan.maxFileBytes"))
        #expect(bad.errorText.contains(".backstop.json"))

        try repository.write(".backstop.json", "{\"policy\": {\"secrets\": \"allow\"}}")
        let unknown = try repository.backstop("config")
        #expect(unknown.status == 2)
        #expect(unknown.errorText.contains("policy.secrets"))

        try repository.write(".backstop.json", "{ not json")
        let broken = try repository.backstop("config")
        #expect(broken.status == 2)
        #expect(broken.errorText.contains(".backstop.json"))
    }

    @Test func configurationLayersAndLocks() throws {
        let repository = try TemporaryRepository()
        let userFolder = repository.home + "/.config/backstop"
        try FileManager.default.createDirectory(atPath: userFolder, withIntermediateDirectories: true)
        try #"{"commit": {"massDeletionFiles": 10}, "policy": {"secret": "block"}, "locked": ["policy.secret", "commit.massDeletionFiles"]}"#
            .write(toFile: userFolder + "/config.json", atomically: true, encoding: .utf8)
        try repository.write(".backstop.json", #"{"policy": {"secret": "warn", "discard-uncommitted": "block"}, "commit": {"massDeletionFiles": 5}}"#)
        let result = try repository.backstop("config", "--format", "json")
        try result.expectSuccess()
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: [String: Any]])
        #expect(document["policy.secret"]?["value"] as? String == "block")
        #expect((document["policy.secret"]?["source"] as? String)?.hasSuffix("config.json") == true)
        #expect(document["policy.discard-uncommitted"]?["value"] as? String == "block")
        #expect(document["commit.massDeletionFiles"]?["value"] as? Int == 5)
        #expect(result.errorText.contains("policy.secret"))

        let override = repository.base + "/override.json"
        try #"{"scan": {"maxFileBytes": 2048}}"#.write(toFile: override, atomically: true, encoding: .utf8)
        let layered = try repository.backstop("--config", override, "config", "--format", "json")
        #expect(layered.output.contains("2048"))
        #expect(try repository.backstop("--config", repository.base + "/missing.json", "config").status == 2)
    }
}

@Suite("scan --history")
struct HistoryScanTests {
    @Test func findsASecretThatALaterCommitRemovedAndNamesItsCommit() throws {
        let repository = try TemporaryRepository()
        try repository.write("a.txt", "one\n")
        try repository.commitAll("first")
        let key = FakeSecrets.awsAccessKeyID(seed: 21)
        try repository.write("config/keys.txt", "id \(key)\n")
        try repository.commitAll("add key")
        let added = try repository.git("rev-parse", "HEAD").output.trimmingCharacters(in: .whitespacesAndNewlines)
        try repository.write("config/keys.txt", "id \(key)\nmore\n")
        try repository.commitAll("edit around it")
        try repository.git("rm", "-q", "config/keys.txt").expectSuccess()
        try repository.commitAll("remove key")

        #expect(try repository.backstop("scan").status == 0)
        let result = try repository.backstop("scan", "--history", "--format", "json")
        #expect(result.status == 1)
        #expect(!result.all.contains(key))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(findings.count == 1)
        #expect(findings.first?["commit"] as? String == added)
        #expect(findings.first?["path"] as? String == "config/keys.txt")
    }

    @Test func findsASecretInABlobLargerThanTheScanWindow() throws {
        let repository = try TemporaryRepository()
        let key = FakeSecrets.awsAccessKeyID(seed: 22)
        let filler = String(repeating: "{\"id\": 1, \"note\": \"lorem ipsum dolor sit amet\"},\n", count: 40_000)
        try repository.write("fixtures/big.json", filler + "{\"token\": \"\(key)\"}\n" + filler)
        try repository.commitAll("fixture")
        let result = try repository.backstop("scan", "--history")
        #expect(result.status == 1)
        #expect(result.all.contains("aws-access-key-id"))
        #expect(!result.all.contains("no secrets found"))
    }
}
