import BackstopCore
import BackstopSystem

/// The refs the store holds against the repository's: what moved or went since it last caught
/// up, read from the files (loose refs, `packed-refs`, the stash's reflog) before it catches up.
extension OutsideStore {
    /// Branches, tags and the snapshot chain the store holds whose commit the repository's ref no
    /// longer points at. Empty before the store's first copy.
    public func referenceChanges() -> [ReferenceChange] {
        guard exists else { return [] }
        let held = Self.references(in: mirror)
        let current = Self.references(in: gitDirectory)
        return held.compactMap { name, old in
            guard name.hasPrefix("refs/heads/") || name.hasPrefix("refs/tags/") || name == SnapshotStore.snapshotsReference else { return nil }
            let new = current[name]
            return new == old ? nil : ReferenceChange(name: name, old: old, new: new)
        }
    }

    /// Remote-tracking refs that moved or appeared since the store last caught up (where a push
    /// that went through git left its trace), and what every remote-tracking ref pointed at then:
    /// what the remotes were known to have before. The store's copy is read once for both.
    public func remoteTrackingChanges() -> (moved: [(name: String, new: ObjectID)], known: Set<ObjectID>) {
        guard exists else { return ([], []) }
        let held = Self.references(in: mirror).filter { $0.key.hasPrefix("refs/remotes/") }
        let moved = Self.references(in: gitDirectory).compactMap { name, new -> (name: String, new: ObjectID)? in
            guard name.hasPrefix("refs/remotes/"), !name.hasSuffix("/HEAD"), held[name] != new else { return nil }
            return (name, new)
        }
        return (moved.sorted { $0.name < $1.name }, Set(held.values))
    }

    /// Whether the newest entry of a ref's reflog says a push moved it (`update by push`), as git
    /// writes for remote-tracking refs; true when there is no reflog to tell a push from a fetch.
    public func movedByPush(_ name: String) -> Bool {
        guard let bytes = try? Files.contents(gitDirectory + "/logs/" + name) else { return true }
        guard let last = bytes.split(separator: UInt8(ascii: "\n")).last, let tab = last.firstIndex(of: UInt8(ascii: "\t")) else { return true }
        return String(decoding: last[last.index(after: tab)...], as: UTF8.self) == "update by push"
    }

    /// Stash entries the store's copy of the stash's reflog has and the repository's has not.
    public func droppedStashEntries() -> [DroppedStash] {
        guard exists else { return [] }
        let current = Set(Self.stashLog(in: gitDirectory).map(\.id))
        return Self.stashLog(in: mirror).filter { !current.contains($0.id) }
    }

    /// The commits the store's copy of the refs points at: the repository's branch and tag tips as
    /// they were when the store last caught up (before the action being judged).
    public func heldCommits() -> Set<ObjectID> {
        exists ? Set(Self.references(in: mirror).values) : []
    }

    /// The commits the repository's refs point at now (every ref, remote-tracking ones included).
    public func namedCommits() -> Set<ObjectID> {
        Set(Self.references(in: gitDirectory).values)
    }

    /// Every ref of a git folder with an object id: loose refs win over `packed-refs`, as in git.
    static func references(in gitDirectory: String) -> [String: ObjectID] {
        var found: [String: ObjectID] = [:]
        if let packed = try? Files.contents(gitDirectory + "/packed-refs") {
            for line in packed.split(separator: UInt8(ascii: "\n")) where line.first != UInt8(ascii: "#") && line.first != UInt8(ascii: "^") {
                let fields = line.split(separator: UInt8(ascii: " "), maxSplits: 1)
                if fields.count == 2, let id = ObjectID(hex: String(decoding: fields[0], as: UTF8.self)) {
                    found[String(decoding: fields[1], as: UTF8.self)] = id
                }
            }
        }
        var pending = ["refs"]
        while let folder = pending.popLast() {
            for (name, kind) in DirectoryListing.entries(of: gitDirectory + "/" + folder) ?? [] where isMirrored(name) {
                let path = folder + "/" + String(decoding: name, as: UTF8.self)
                if kind == .directory {
                    pending.append(path)
                } else if let bytes = try? Files.contents(gitDirectory + "/" + path, upTo: 100),
                          let id = ObjectID(hex: String(decoding: bytes.prefix(40), as: UTF8.self)) {
                    found[path] = id
                }
            }
        }
        return found
    }

    /// The stash's reflog, oldest first: each line's new id is an entry's commit, its text after
    /// the tab the entry's message.
    static func stashLog(in gitDirectory: String) -> [DroppedStash] {
        guard let bytes = try? Files.contents(gitDirectory + "/logs/refs/stash") else { return [] }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "\t", maxSplits: 1)
            let fields = parts.first?.split(separator: " ") ?? []
            guard fields.count >= 2, let id = ObjectID(hex: String(fields[1])) else { return nil }
            return DroppedStash(id: id, message: parts.count == 2 ? String(parts[1]) : "")
        }
    }
}
