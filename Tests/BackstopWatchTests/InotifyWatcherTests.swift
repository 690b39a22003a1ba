import BackstopCore
import BackstopWatch
import Foundation
import Glibc
import Testing

/// The real kernel's inotify in a temporary folder. Every test synchronises on a cookie file, with
/// the watcher's own fence: it writes one last and reads events until the cookie's own event
/// arrives, never sleeping.
final class WatchedFolder {
    let root: String
    let watcher: InotifyWatcher
    private var cookies = 0
    private(set) var seen: [FileEvent] = []

    init(excluding excluded: [String] = []) throws {
        root = NSTemporaryDirectory() + "backstop-watch-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root + "/src/deep", withIntermediateDirectories: true)
        for name in ["src/a.txt", "src/b.txt", "src/deep/c.txt", "top.txt"] {
            try "start\n".write(toFile: root + "/" + name, atomically: false, encoding: .utf8)
        }
        try FileManager.default.createDirectory(atPath: root + "/node_modules/pkg", withIntermediateDirectories: true)
        let excludedPaths = Set(excluded.map(RepositoryPath.init))
        watcher = try InotifyWatcher(root: root, isExcluded: { excludedPaths.contains($0) })
        watcher.start()
    }

    deinit {
        watcher.stop()
        try? FileManager.default.removeItem(atPath: root)
    }

    func write(_ path: String, _ text: String) throws {
        try text.write(toFile: root + "/" + path, atomically: false, encoding: .utf8)
    }

    /// Writes a cookie file and collects events until its creation is seen; returns what came
    /// before it. A 20 s guard turns a lost event into a failure instead of a hang.
    func settle() -> [FileEvent] {
        cookies += 1
        let fenced = watcher.fence(cookie: RepositoryPath(".cookie-\(cookies)"), timeoutMilliseconds: 20_000)
        if fenced.after.isEmpty { Issue.record("the cookie's event never came") }
        seen += fenced.before
        return fenced.before.filter { !$0.path.description.hasPrefix(".cookie-") }
    }
}

@Suite struct InotifyWatcherTests {
    private func paths(_ events: [FileEvent], _ kind: FileEvent.Kind) -> Set<String> {
        Set(events.filter { $0.kind == kind }.map(\.path.description))
    }

    @Test func watchesEveryFolderButExcludedOnes() throws {
        let folder = try WatchedFolder(excluding: ["node_modules"])
        #expect(folder.watcher.watchCount == 3)  // root, src, src/deep
        try folder.write("node_modules/pkg/index.js", "x\n")
        try folder.write("src/deep/c.txt", "changed\n")
        let events = folder.settle()
        #expect(paths(events, .written) == ["src/deep/c.txt"])
    }

    @Test func deletionsOfAWholeTreeAreEachSeen() throws {
        let folder = try WatchedFolder()
        try FileManager.default.removeItem(atPath: folder.root + "/src")
        let events = folder.settle()
        #expect(paths(events, .deleted) == ["src/a.txt", "src/b.txt", "src/deep/c.txt", "src/deep", "src"])
        // The kernel drops a deleted folder's watch when its inode goes, which under load can come
        // after the deletion's events: another fence or two waits for it, without sleeping.
        for _ in 0..<5 where folder.watcher.watchCount != 3 { _ = folder.settle() }
        #expect(folder.watcher.watchCount == 3)  // root, node_modules, node_modules/pkg
    }

    @Test func aNewFolderFilledAtOnceIsSeenWhole() throws {
        let folder = try WatchedFolder()
        try FileManager.default.createDirectory(atPath: folder.root + "/fresh/inner", withIntermediateDirectories: true)
        for index in 0..<300 { try folder.write("fresh/inner/file\(index).txt", "\(index)\n") }
        let events = folder.settle()
        let created = paths(events, .created).union(paths(events, .written))
        for index in 0..<300 { #expect(created.contains("fresh/inner/file\(index).txt")) }
        try folder.write("fresh/inner/file0.txt", "again\n")
        #expect(paths(folder.settle(), .written) == ["fresh/inner/file0.txt"])
    }

    @Test func renamesCarryOneCookieAndAMovedFolderIsWatchedAtItsNewPlace() throws {
        let folder = try WatchedFolder()
        #expect(rename(folder.root + "/src", folder.root + "/lib") == 0)
        let events = folder.settle()
        let from = events.first { if case .movedFrom = $0.kind { true } else { false } }
        let to = events.first { if case .movedTo = $0.kind { true } else { false } }
        #expect(from?.path == RepositoryPath("src") && to?.path == RepositoryPath("lib"))
        if case .movedFrom(let first) = from?.kind, case .movedTo(let second) = to?.kind { #expect(first == second) }
        try folder.write("lib/deep/c.txt", "after the move\n")
        #expect(paths(folder.settle(), .written) == ["lib/deep/c.txt"])
    }
}
