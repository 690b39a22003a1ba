import Foundation

/// Paths as a command line names them, made absolute and plain against the folder the command
/// runs in, and what they mean to the guard: inside the working tree or not, a secret file or not.
struct CommandPaths {
    let root: String
    let home: String
    let secretFiles: [PathGlob]

    /// `~` and `~/x` (when the reader left them), relative paths against `directory`, `.` and `..`
    /// folded. A word the reader could not know (`$X`, `$(...)`) is nil.
    func absolute(_ word: String, in directory: String) -> String? {
        var text = word
        if text.hasPrefix("$") || text.contains("$(") || text.contains("`") { return nil }
        if text == "~" { text = home } else if text.hasPrefix("~/") { text = home + text.dropFirst(1) }
        if !text.hasPrefix("/") { text = directory + "/" + text }
        var parts: [Substring] = []
        for part in text.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    func isInsideTree(_ path: String) -> Bool {
        path.hasPrefix(root + "/")
    }

    /// Scratch folders whose contents nothing else keeps: deleting inside them is no loss, unless
    /// the working tree or HOME lies in one too.
    func isScratch(_ path: String) -> Bool {
        ["/tmp/", "/var/tmp/"].contains { folder in
            path.hasPrefix(folder) && path.count > folder.count && !root.hasPrefix(folder) && !home.hasPrefix(folder)
        }
    }

    /// A file that holds credentials: the ignored secret files of the tree (`.env`, `.env.*` but
    /// not the committed templates), keys, and the credential stores in HOME.
    func isSecretFile(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if ["example", "sample", "template", "dist"].contains(where: { name.hasSuffix("." + $0) }) { return false }
        if name == ".env" || name.hasPrefix(".env.") || name == ".env*" { return true }
        if isInsideTree(path), secretFiles.contains(where: { $0.matches(String(path.dropFirst(root.count + 1))) }) { return true }
        if ["id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", ".netrc", ".git-credentials", ".pgpass"].contains(name) { return true }
        if [".pem", ".key", ".p12", ".pfx", ".keystore", ".jks"].contains(where: { name.hasSuffix($0) }) { return true }
        let inHome = String(path.dropFirst(home.count))
        guard path.hasPrefix(home + "/") else { return false }
        if inHome == "/.ssh" || inHome == "/.aws" || inHome == "/.gnupg" { return true }
        if inHome.hasPrefix("/.ssh/") { return !name.hasSuffix(".pub") && name != "known_hosts" && name != "config" }
        return ["/.aws/credentials", "/.aws/config", "/.docker/config.json", "/.config/gh/hosts.yml", "/.kube/config",
                "/.npmrc", "/.pypirc", "/.config/backstop/config.json"].contains(inHome)
    }

    /// Whether a word names a secret file: as a path, or inside a larger word (`-d @.env`,
    /// `$(cat ~/.ssh/id_rsa)`, `file=@.env`).
    func mentionsSecretFile(_ word: String, in directory: String) -> Bool {
        var candidates = [word]
        for separator in ["@", "=", " ", "(", "<"] { candidates += word.components(separatedBy: separator) }
        return candidates.contains { piece in
            let trimmed = piece.trimmingCharacters(in: CharacterSet(charactersIn: "\"')`;\n"))
            guard !trimmed.isEmpty, let path = absolute(trimmed, in: directory) else { return false }
            return isSecretFile(path)
        }
    }
}
