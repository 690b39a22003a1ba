import BackstopCore
import BackstopSystem
import Foundation

/// The store outside the tree: what rebuilds a repository whose `.git`, or whole folder, was
/// deleted. One folder per repository under `${XDG_STATE_HOME:-~/.local/state}/backstop/repositories/`:
///
/// - `git/`: the git folder, file by file. Each file is a hard link to the repository's own, so
///   the store costs nothing until a file is deleted: git and libgit2 replace refs, the index and
///   the config by renaming a new file over the old, and never change an object, so a link keeps
///   the content as it was when the store last caught up. Across file systems, files are copied.
///   Objects stay when the repository drops them (`gc`): what a deleted branch held is kept.
/// - `repository.json`: where the repository was.
/// - `watch.pid` and `watch.out`: the watcher's registration and output, which must outlive `.git`.
public final class OutsideStore {
    /// What one `update` did.
    public struct Update: Sendable, Equatable {
        public var linked = 0
        public var copied = 0
        public var removed = 0
    }

    /// What `rebuild` put back.
    public struct Rebuild: Sendable, Equatable {
        /// Files of the git folder that were missing and are back.
        public var restoredFiles = 0
    }

    public let directory: String
    public let root: String
    let gitDirectory: String
    var mirror: String { directory + "/git" }
    /// The modification times of the object folders at the last update: a folder whose time has
    /// not changed holds no new object, so it is not listed again. Kept in the store, so a short
    /// process (`backstop snapshot`) does not list every object again.
    private var objectFolderTimes: [String: Int64]?
    private var objectFolderTimesPath: String { directory + "/object-folders.json" }

    public init(location: RepositoryLocation) {
        directory = Self.directory(forRoot: location.root)
        root = location.root
        gitDirectory = location.commonDirectory
    }

    /// The store of the repository whose working tree is (or was) at `root`.
    public init(root: String) {
        directory = Self.directory(forRoot: root)
        self.root = root
        gitDirectory = root + "/.git"
    }

    /// Whether the store holds a copy of the repository.
    public var exists: Bool { Files.exists(mirror + "/HEAD") }

    /// Whether the repository has a store at all: a copy, or only a watcher's registration.
    public var hasDirectory: Bool { Files.exists(directory) }

    /// Makes the store's folder (private to this user), for the watcher's registration.
    public func createDirectory() throws(GitError) {
        do {
            try Files.makeDirectories(directory, permissions: 0o700)
        } catch {
            throw GitError(error)
        }
    }

    // MARK: Keeping up

    /// Brings the store up to date with the git folder: objects first, then everything else, so the
    /// refs it holds never name an object it lacks. Refuses while the git folder is damaged (HEAD,
    /// objects or refs missing): a copy of a damaged folder would replace the good one.
    public func update() throws(GitError) -> Update {
        guard Self.isWhole(gitDirectory) else {
            throw GitError(function: "update the store", code: -1, message: "\(gitDirectory) is damaged (HEAD, objects or refs missing)")
        }
        return try withLock { () throws(GitError) -> Update in
            var update = Update()
            do throws(SystemError) {
                try Files.makeDirectories(directory, permissions: 0o700)
                try writeManifestIfMissing()
                try Files.makeDirectory(mirror, permissions: 0o700)
                if objectFolderTimes == nil { objectFolderTimes = readObjectFolderTimes() }
                let timesBefore = objectFolderTimes
                try updateFolder("/objects", into: &update)
                try updateFolder("", into: &update, skipping: "/objects")
                if objectFolderTimes != timesBefore, let bytes = try? JSONEncoder().encode(objectFolderTimes) {
                    try Files.writeAtomically(Array(bytes), to: objectFolderTimesPath, permissions: 0o600)
                }
            } catch {
                throw GitError(error)
            }
            return update
        }
    }

    private func updateFolder(_ relative: String, into update: inout Update, skipping skipped: String? = nil) throws(SystemError) {
        let source = gitDirectory + relative
        let isObjects = relative.hasPrefix("/objects")
        var folderTime: Int64?
        if isObjects, relative != "/objects" {
            // An object folder changes only when an object is added or removed. Its time is read
            // before the listing: an object added meanwhile changes it again, for the next update.
            folderTime = try Files.status(source)?.modifiedNanoseconds
            if let folderTime, objectFolderTimes?[relative] == folderTime { return }
        }
        try Files.makeDirectory(mirror + relative, permissions: 0o700)
        for (name, kind) in DirectoryListing.entries(of: source) ?? [] where Self.isMirrored(name) {
            let path = relative + "/" + String(decoding: name, as: UTF8.self)
            if path == skipped { continue }
            if kind == .directory { try updateFolder(path, into: &update) } else if kind == .regular { try updateFile(path, into: &update) }
        }
        if !isObjects { try removeVanished(relative, into: &update) }
        if let folderTime { objectFolderTimes?[relative] = folderTime }
    }

    /// Links (or copies) one file unless the store's is the same file, or the same content: objects
    /// never change, and a copy keeps its source's size and time.
    private func updateFile(_ relative: String, into update: inout Update) throws(SystemError) {
        guard let source = try Files.status(gitDirectory + relative), source.kind == .regular else { return }
        if let held = try Files.status(mirror + relative) {
            if held.identity == source.identity || relative.hasPrefix("/objects/") { return }
            if held.size == source.size, held.modifiedNanoseconds == source.modifiedNanoseconds { return }
        }
        switch try Self.place(gitDirectory + relative, at: mirror + relative) {
        case .linked: update.linked += 1
        case .copied: update.copied += 1
        case .vanished: break
        }
    }

    /// Files the git folder no longer has, outside `objects`: a deleted branch, a stale lock.
    private func removeVanished(_ relative: String, into update: inout Update) throws(SystemError) {
        for (name, kind) in DirectoryListing.entries(of: mirror + relative) ?? [] {
            let path = relative + "/" + String(decoding: name, as: UTF8.self)
            guard path != "/objects", !Files.exists(gitDirectory + path) || !Self.isMirrored(name) else { continue }
            if kind == .directory { try Files.removeTree(mirror + path) } else { try Files.remove(mirror + path) }
            update.removed += 1
        }
    }

    /// The folder times the last update recorded; none when the store's copy is gone (each folder is
    /// then listed and compared again).
    private func readObjectFolderTimes() -> [String: Int64] {
        guard exists, let bytes = try? Files.contents(objectFolderTimesPath),
              let times = try? JSONDecoder().decode([String: Int64].self, from: Data(bytes)) else { return [:] }
        return times
    }

    // MARK: Rebuilding

    /// Puts back every file of the git folder that is missing, from the store, into `target` (the
    /// repository's git folder), or only its objects; files that are there are never written over.
    /// Files are linked back, so the rebuild costs what the copies are.
    public func rebuild(into target: String, objectsOnly: Bool = false) throws(GitError) -> Rebuild {
        guard exists else {
            throw GitError(function: "rebuild", code: -1, message: "the store \(directory) holds no copy of \(root)")
        }
        return try withLock { () throws(GitError) -> Rebuild in
            var rebuild = Rebuild()
            do throws(SystemError) {
                try Files.makeDirectories(target)
                // Objects first: a ref put back must name objects that are there.
                try rebuildFolder("/objects", into: target, counting: &rebuild)
                if !objectsOnly { try rebuildFolder("", into: target, counting: &rebuild, skipping: "/objects") }
            } catch {
                throw GitError(error)
            }
            return rebuild
        }
    }

    private func rebuildFolder(_ relative: String, into target: String, counting rebuild: inout Rebuild, skipping skipped: String? = nil) throws(SystemError) {
        try Files.makeDirectory(target + relative, permissions: 0o755)
        for (name, kind) in DirectoryListing.entries(of: mirror + relative) ?? [] {
            let path = relative + "/" + String(decoding: name, as: UTF8.self)
            if path == skipped { continue }
            if kind == .directory {
                try rebuildFolder(path, into: target, counting: &rebuild)
            } else if !Files.exists(target + path), try Self.place(mirror + path, at: target + path) != .vanished {
                rebuild.restoredFiles += 1
            }
        }
    }

    // MARK: Accounting

    /// Bytes only the store holds: files whose every other name is gone (objects the repository
    /// dropped, copies across file systems).
    public func ownBytes() -> Int {
        var total = 0
        var pending = [mirror]
        while let folder = pending.popLast() {
            for (name, kind) in DirectoryListing.entries(of: folder) ?? [] {
                let path = folder + "/" + String(decoding: name, as: UTF8.self)
                if kind == .directory {
                    pending.append(path)
                } else if let status = try? Files.status(path), status.linkCount == 1 {
                    total += status.size
                }
            }
        }
        return total
    }

    // MARK: Parts

    enum Placement { case linked, copied, vanished }

    /// Puts a second name (or a copy) of `source` at `target` atomically: a temporary name, then a
    /// rename over whatever is there.
    static func place(_ source: String, at target: String) throws(SystemError) -> Placement {
        let temporary = target + ".backstop-new"
        try Files.remove(temporary)
        var placement = Placement.linked
        do {
            try Files.link(source, to: temporary)
        } catch where error.isCrossDevice {
            placement = .copied
            do {
                try Files.copy(source, to: temporary)
            } catch {
                try? Files.remove(temporary)
                if error.isNotFound { return .vanished }
                throw error
            }
        } catch where error.isNotFound {
            return .vanished
        }
        try Files.rename(temporary, to: target)
        return placement
    }

    /// Whether a git folder has what every git command needs.
    public static func isWhole(_ gitDirectory: String) -> Bool {
        ["/HEAD", "/objects", "/refs"].allSatisfy { Files.exists(gitDirectory + $0) }
    }

    /// Lock files, temporary files and Backstop's cookies (`backstop-sync-*` and the like, beside
    /// its `backstop` folder) are not part of a repository's state.
    static func isMirrored(_ name: [UInt8]) -> Bool {
        let text = String(decoding: name, as: UTF8.self)
        return !(text.hasSuffix(".lock") || text.hasSuffix(".backstop-new") || text.hasPrefix("tmp_") || text.hasPrefix("incoming-")
            || text.contains(".tmp-") || text.contains(".seed-") || text.hasPrefix("backstop-") || text == "gc.pid")
    }

    private func withLock<Result>(_ body: () throws(GitError) -> Result) throws(GitError) -> Result {
        let lock: FileLock
        do throws(SystemError) {
            try Files.makeDirectories(directory, permissions: 0o700)
            lock = try FileLock.exclusive(directory + "/store.lock")
        } catch {
            throw GitError(error)
        }
        return try withExtendedLifetime(lock) { () throws(GitError) -> Result in try body() }
    }
}
