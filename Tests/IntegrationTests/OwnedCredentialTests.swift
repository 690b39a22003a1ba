import BackstopTestSupport
import Foundation
import Testing

/// The credentials the person keeps in their home folder are found where they do not belong, in
/// their encoded forms too, by `scan` and the pre-commit hook, and never shown.
@Suite struct OwnedCredentialTests {
    /// A repository whose HOME holds an AWS credentials file and a `.netrc`.
    static func repositoryWithCredentials() throws -> (TemporaryRepository, awsSecret: String, netrcPassword: String) {
        let repository = try TemporaryRepository()
        var random = SampleRandom(seed: 0xA5E)
        let awsSecret = random.string(36, .base64) + "Ab3/"
        let netrcPassword = random.string(18, .base62) + "7q!"
        try FileManager.default.createDirectory(atPath: repository.home + "/.aws", withIntermediateDirectories: true)
        try "[default]\naws_secret_access_key = \(awsSecret)\n".write(toFile: repository.home + "/.aws/credentials", atomically: true, encoding: .utf8)
        try "machine ci.example login deploy password \(netrcPassword)\n".write(toFile: repository.home + "/.netrc", atomically: true, encoding: .utf8)
        try repository.write("README.md", "hello\n")
        try repository.commitAll("first")
        return (repository, awsSecret, netrcPassword)
    }

    @Test func scanFindsThemInAnyForm() throws {
        let (repository, awsSecret, netrcPassword) = try Self.repositoryWithCredentials()
        let encoded = Data("deploy:\(netrcPassword)".utf8).base64EncodedString()
        try repository.write("deploy/ci.yml", "env:\n  UPLOAD: \(awsSecret)\n  AUTH: \(encoded)\n")
        let scan = try repository.backstop("scan")
        #expect(scan.status == 1, "\(scan.all)")
        #expect(scan.all.contains("a value from ~/.aws/credentials"), "\(scan.all)")
        #expect(scan.all.contains("a value from ~/.netrc (base64-encoded)"), "\(scan.all)")
        #expect(!scan.all.contains(awsSecret) && !scan.all.contains(netrcPassword) && !scan.all.contains(encoded.prefix(16)))
    }

    @Test func theHookBlocksACommitThatCarriesOne() throws {
        let (repository, _, netrcPassword) = try Self.repositoryWithCredentials()
        try repository.backstop("install").expectSuccess()
        let hex = netrcPassword.utf8.map { String(format: "%02x", $0) }.joined()
        try repository.write("src/fixture.txt", "blob=\(hex)\n")
        try repository.git("add", "src/fixture.txt").expectSuccess()
        let commit = try repository.git("commit", "-m", "fixture")
        #expect(commit.status != 0, "\(commit.all)")
        #expect(commit.all.contains("credential-copy"), "\(commit.all)")
        #expect(commit.all.contains("~/.netrc"), "\(commit.all)")
        #expect(!commit.all.contains(netrcPassword) && !commit.all.contains(hex.prefix(16)))
    }
}
