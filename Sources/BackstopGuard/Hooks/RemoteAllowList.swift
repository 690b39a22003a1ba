import BackstopCore
import BackstopGit
import BackstopWatch
import Foundation

/// The remote URLs pushes may go to, kept in `.git/backstop/remotes.json`: recorded by `install`
/// for the remotes that existed then, and by `allow-remote NAME` afterwards.
struct RemoteAllowList {
    let path: String
    private(set) var entries: [Entry]

    struct Entry: Codable, Equatable {
        let name: String
        let url: String
        let allowedAt: String
    }

    init(repository: RepositoryLocation) throws {
        path = repository.stateDirectory + "/remotes.json"
        guard let data = FileManager.default.contents(atPath: path) else {
            entries = []
            return
        }
        do {
            entries = try JSONDecoder().decode([Entry].self, from: data)
        } catch {
            throw CommandFailure("\(path) is damaged (\(error.localizedDescription))", hint: "delete it and run `backstop allow-remote NAME` for each remote you push to")
        }
    }

    func allows(_ url: String, configured: [String]) -> Bool {
        let wanted = RemoteAllowList.normalized(url)
        return entries.contains { RemoteAllowList.normalized($0.url) == wanted }
            || configured.contains { RemoteAllowList.normalized($0) == wanted }
    }

    /// Adds a remote's URLs; returns those that were new.
    mutating func allow(name: String, urls: [String]) -> [String] {
        let stamp = ISO8601DateFormatter().string(from: Date())
        var added: [String] = []
        for url in urls where !entries.contains(where: { $0.url == url }) {
            entries.append(Entry(name: name, url: url, allowedAt: stamp))
            added.append(url)
        }
        return added
    }

    func save() throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try FileReader.writeAtomically([UInt8](try encoder.encode(entries)) + [0x0A], to: path, mode: 0o600)
    }

    /// `https://host/a/b.git/` and `https://host/a/b` are the same remote.
    static func normalized(_ url: String) -> String {
        var text = url
        while text.hasSuffix("/") { text.removeLast() }
        if text.hasSuffix(".git") { text.removeLast(4) }
        return text
    }

    /// Every URL git pushes to for each remote: its `url`s and `pushurl`s, by remote name.
    static func remoteURLs(_ git: GitCommandLine) throws -> [String: [String]] {
        let outcome = try git.runAllowingFailure(["config", "--get-regexp", #"^remote\..*\.(url|pushurl)$"#])
        var result: [String: [String]] = [:]
        for line in outcome.text.split(separator: "\n") {
            guard let space = line.firstIndex(of: " ") else { continue }
            let key = line[..<space]
            let value = String(line[line.index(after: space)...])
            let parts = key.split(separator: ".")
            guard parts.count >= 3 else { continue }
            let name = parts[1..<(parts.count - 1)].joined(separator: ".")
            result[name, default: []].append(value)
        }
        return result
    }
}
