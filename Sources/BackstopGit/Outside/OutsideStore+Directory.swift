import BackstopCore
import BackstopSystem
import Foundation

/// Where stores live, and how a store says which repository it holds.
extension OutsideStore {
    /// What `repository.json` says.
    public struct Manifest: Codable, Sendable, Equatable {
        /// The working tree's folder.
        public let root: String
    }

    /// A store found on disk, for `backstop recover --list`.
    public struct Known: Sendable {
        public let directory: String
        public let root: String
        /// When the newest snapshot the store holds was taken (seconds since the epoch), if any.
        public let newestSnapshotTime: Int64?
    }

    /// `${XDG_STATE_HOME:-$HOME/.local/state}/backstop/repositories` (a relative XDG_STATE_HOME is
    /// ignored, as the XDG specification says).
    public static var baseDirectory: String {
        let environment = ProcessInfo.processInfo.environment
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/backstop/repositories" }
        return (environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()) + "/.local/state/backstop/repositories"
    }

    /// `NAME-HASH`: the working tree's folder name, for people, and a digest of its whole path, so
    /// two repositories never share a store and one recreated at the same place finds its own.
    static func directory(forRoot root: String) -> String {
        let name = root.split(separator: "/").last.map { $0.filter { $0.isLetter || $0.isNumber || "-_.".contains($0) } } ?? ""
        let digest = SHA256.hexDigest(Array(root.utf8)).prefix(16)
        return baseDirectory + "/" + (name.isEmpty ? "" : name + "-") + digest
    }

    func writeManifestIfMissing() throws(SystemError) {
        let path = directory + "/repository.json"
        guard !Files.exists(path) else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let bytes = try? encoder.encode(Manifest(root: root)) else { return }
        try Files.writeAtomically(Array(bytes) + [UInt8(ascii: "\n")], to: path, permissions: 0o600)
    }

    /// Every store under `baseDirectory`, by the folder of the repository it holds.
    public static func known() -> [Known] {
        var found: [Known] = []
        for (name, kind) in DirectoryListing.entries(of: baseDirectory) ?? [] where kind == .directory {
            let directory = baseDirectory + "/" + String(decoding: name, as: UTF8.self)
            guard let bytes = try? Files.contents(directory + "/repository.json"),
                  let manifest = try? JSONDecoder().decode(Manifest.self, from: Data(bytes)) else { continue }
            let snapshots = try? Files.status(directory + "/git/" + SnapshotStore.snapshotsReference)
            found.append(Known(directory: directory, root: manifest.root, newestSnapshotTime: snapshots.map { $0.modifiedNanoseconds / 1_000_000_000 }))
        }
        return found.sorted { $0.root < $1.root }
    }
}
