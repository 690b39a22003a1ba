import BackstopCore
import BackstopGit
import BackstopSystem

/// The values the ignored secret files (`secretFiles`: `.env`, `.env.*`) of the working tree hold
/// now, for the hooks' `credential-copy`: read at hook time, kept in memory only, never shown.
enum SecretFileValues {
    /// `root` is the working tree's top folder. A secret file larger than `maximumBytes` is read up
    /// to there.
    static func read(root: String, globs: [PathGlob], maximumBytes: Int) throws -> CredentialValues {
        var values = CredentialValues()
        for path in try SecretFileList.ignored(matching: globs, in: root) {
            do {
                if let content = try Files.contents(root + "/" + path, upTo: maximumBytes) { values.read(content, from: RepositoryPath(path)) }
            } catch {
                throw GuardError("cannot read the secret file \(root)/\(path): \(error.reason)",
                                 hint: "the hooks compare what a commit adds with its values; make it readable, or move it away")
            }
        }
        return values
    }
}
