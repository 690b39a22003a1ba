import BackstopCore
import BackstopGit
import BackstopSystem
import Foundation

/// The remote URLs pushes may go to, kept in `.git/backstop/remotes.json`: recorded by `install`
/// for the remotes that existed then, and by `allow-remote NAME` afterwards.
public struct RemoteAllowList {
    public let path: String
    public private(set) var entries: [Entry]

    public struct Entry: Codable, Equatable, Sendable {
        public let name: String
        public let url: String
        public let allowedAt: String
    }

    public init(repository: RepositoryLocation) throws {
        path = repository.stateDirectory + "/remotes.json"
        guard let data = FileManager.default.contents(atPath: path) else {
            entries = []
            return
        }
        do {
            entries = try JSONDecoder().decode([Entry].self, from: data)
        } catch {
            throw GuardError("\(path) is damaged (\(error.localizedDescription))",
                             hint: "a person deletes it and runs `backstop allow-remote NAME` at a terminal for each remote they push to")
        }
    }

    public func allows(_ url: String, configured: [String]) -> Bool {
        let wanted = RemoteAllowList.normalized(url)
        return entries.contains { RemoteAllowList.normalized($0.url) == wanted }
            || configured.contains { RemoteAllowList.normalized($0) == wanted }
    }

    /// Adds a remote's URLs; returns those that were new.
    public mutating func allow(name: String, urls: [String]) -> [String] {
        let stamp = ISO8601DateFormatter().string(from: Date())
        var added: [String] = []
        for url in urls.map(PushRoute.destination) where !entries.contains(where: { $0.url == url }) {
            entries.append(Entry(name: name, url: url, allowedAt: stamp))
            added.append(url)
        }
        return added
    }

    public func save() throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try Files.writeAtomically([UInt8](try encoder.encode(entries)) + [0x0A], to: path, permissions: 0o600)
    }

    /// `https://host/a/b.git/` and `https://host/a/b` are the same remote, and so is
    /// `backstop::https://host/a/b`, the URL routed through the push helper.
    static func normalized(_ url: String) -> String { RemoteApprovals.normalized(url) }
}
