import BackstopTestSupport
import Foundation
import Testing

@Suite("a team's own rules in .backstop.json, through the built binary and real git")
struct CustomRuleTests {
    /// A guarded repository whose team file, not committed and accepted by no one, adds the rule:
    /// adding a rule loosens nothing, so it counts at once.
    private func repositoryWithTheRule() throws -> TemporaryRepository {
        let repository = try TemporaryRepository()
        try repository.write("README.md", "hello\n")
        try repository.commitAll("first")
        try repository.backstop("install").expectSuccess()
        try repository.write(".backstop.json", CustomRuleSamples.teamFile)
        return repository
    }

    @Test func scanFindsTheTeamsTokenFormatAndNeverPrintsIt() throws {
        let repository = try repositoryWithTheRule()
        let token = CustomRuleSamples.acmeToken()
        try repository.write("deploy/settings.yml", "retries: 3\nupstream: \(token)\n")

        let scan = try repository.backstop("scan", "deploy")
        #expect(scan.status == 1, "\(scan.all)")
        #expect(scan.errorText.contains("acme-token  deploy/settings.yml:2:11"), "\(scan.errorText)")
        #expect(scan.errorText.contains("backstop allow acme-token:"))
        #expect(!scan.all.contains(token))
        #expect(!scan.all.contains("warning"), "no acceptance is asked for: \(scan.all)")

        let json = try repository.backstop("scan", "--format", "json", "deploy")
        #expect(json.output.contains(#""ruleID" : "acme-token""#), "\(json.output)")

        let config = try repository.backstop("config")
        #expect(config.output.contains("scan.rules = 1 custom rule (acme-token)"), "\(config.output)")

        // Without the team file the format is nobody's.
        try FileManager.default.removeItem(atPath: repository.root + "/.backstop.json")
        try repository.backstop("scan", "deploy").expectSuccess()
    }

    @Test func thePreCommitHookBlocksACommitOfTheTeamsToken() throws {
        let repository = try repositoryWithTheRule()
        let token = CustomRuleSamples.acmeToken(seed: 9)
        try repository.write("src/client.py", "ENDPOINT = 'https://internal'\nCREDENTIAL = '\(token)'\n")
        try repository.git("add", "src/client.py").expectSuccess()
        let commit = try repository.git("commit", "-m", "client")
        #expect(commit.status != 0)
        #expect(commit.all.contains("acme-token"), "\(commit.all)")
        #expect(commit.all.contains("src/client.py:2"))
        #expect(!commit.all.contains(token))
        #expect(try repository.git("rev-list", "--count", "HEAD").output.trimmingCharacters(in: .whitespacesAndNewlines) == "1")

        try repository.write("src/client.py", "ENDPOINT = 'https://internal'\nCREDENTIAL = os.environ['ACME_TOKEN']\n")
        try repository.git("add", "src/client.py").expectSuccess()
        try repository.git("commit", "-m", "client, with the token from the environment").expectSuccess()
    }

    @Test func aBadRuleStopsScanAndTheCommitNamingTheFileAndTheField() throws {
        let repository = try repositoryWithTheRule()
        try repository.write(".backstop.json", #"{"scan": {"rules": [{"id": "acme-token", "description": "d", "pattern": "(acme_", "keywords": ["acme_"]}]}}"#)
        let scan = try repository.backstop("scan")
        #expect(scan.status == 2)
        #expect(scan.errorText.contains(".backstop.json: key 'scan.rules[0].pattern': does not compile"), "\(scan.errorText)")
        try repository.write("notes.txt", "plain\n")
        try repository.git("add", "notes.txt").expectSuccess()
        let commit = try repository.git("commit", "-m", "notes")
        #expect(commit.status != 0)
        #expect(commit.all.contains("scan.rules[0].pattern"), "\(commit.all)")
    }
}
