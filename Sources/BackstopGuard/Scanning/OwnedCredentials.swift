import BackstopCore
import BackstopSystem
import Foundation

/// The credentials the person already keeps in their home folder, where present: matched exactly,
/// in every form, wherever Backstop looks (`credential-copy`). Read when needed, kept in memory
/// only, never written anywhere.
enum OwnedCredentials {
    /// Files larger than this are not credential files; they are not read.
    static let maximumBytes = 1 << 20

    /// The files, by the name they are shown under, with their layout; environment variables that
    /// move them are followed.
    static func files(environment: [String: String] = ProcessInfo.processInfo.environment) -> [(path: String, shown: String, format: CredentialValues.Format)] {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let configuration = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
        return [
            (environment["AWS_SHARED_CREDENTIALS_FILE"] ?? home + "/.aws/credentials", "~/.aws/credentials", .assignments),
            (environment["NETRC"] ?? home + "/.netrc", "~/.netrc", .netrc),
            ((environment["DOCKER_CONFIG"] ?? home + "/.docker") + "/config.json", "~/.docker/config.json", .dockerConfiguration),
            ((environment["GH_CONFIG_DIR"] ?? configuration + "/gh") + "/hosts.yml", "~/.config/gh/hosts.yml", .assignments),
            (home + "/.git-credentials", "~/.git-credentials", .gitCredentials),
            (configuration + "/git/credentials", "~/.config/git/credentials", .gitCredentials),
        ]
    }

    /// The values of the files that exist and can be read; one that cannot is left out (it is the
    /// person's, and a hook must not fail for it).
    static func read() -> CredentialValues {
        var values = CredentialValues()
        for file in files() {
            guard let content = (try? Files.contents(file.path, upTo: maximumBytes)) ?? nil else { continue }
            values.read(content, from: RepositoryPath(file.shown), format: file.format)
        }
        return values
    }
}
