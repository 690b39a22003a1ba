import BackstopCore
import BackstopWatch
import Foundation
import Testing

/// A test repository guarded by a real `backstop watch --daemon`. Tests wait for the watcher with
/// sync cookies (`.git/backstop-sync-N`): the watcher answers one in the audit log once every
/// action before it is judged, and the test reads the log when inotify says it changed. No sleeps.
final class WatchedRepository {
    let repository: TestRepository
    private var auditLog: AuditLogReader!

    var root: String { repository.root }
    var logPath: String { root + "/.git/backstop/log.jsonl" }

    /// `files` are committed, then the hooks are installed and the watcher started.
    init(files: [String: String], ignored: [String] = ["node_modules/", "build/", ".env"]) throws {
        repository = try TestRepository()
        for (path, text) in files { try repository.write(path, text) }
        try repository.write(".gitignore", ignored.joined(separator: "\n") + "\n")
        try repository.commitAll("start")
        try repository.backstop("install").expectSuccess()
        try start()
    }

    /// Numbered files `src/m<folder>/f<n>.txt`.
    static func sourceFiles(_ count: Int, folders: Int = 4) -> [String: String] {
        Dictionary(uniqueKeysWithValues: (0..<count).map { ("src/m\($0 % folders)/f\($0).txt", "content of file \($0)\n") })
    }

    func start() throws {
        try repository.backstop("watch", "--daemon").expectSuccess()
        if auditLog == nil { auditLog = try AuditLogReader(root: root) }
    }

    deinit {
        _ = try? repository.backstop("watch", "--stop")
    }

    @discardableResult
    func shell(_ script: String) throws -> ProcessResult {
        try TestRepository.run("/bin/sh", ["-c", "cd '\(root)' && " + script], environment: repository.environment, input: nil)
    }

    /// Waits until the watcher has judged everything done before this call; returns the actions it
    /// logged since the last sync.
    func sync() throws -> [AuditEntry] { auditLog.sync() }

    func allEntries() -> [AuditEntry] { auditLog.entries() }

    func classes(_ entries: [AuditEntry]) -> [String] {
        entries.flatMap { $0.classes ?? [] }.map(\.actionClass)
    }
}

/// Reads a watcher's audit log as it grows, woken by inotify on `.git/backstop`, and syncs with the
/// watcher through sync cookies.
final class AuditLogReader {
    let root: String
    private var syncs = 0
    private var readEntries = 0
    private let queue = EventQueue()
    private let watcher: InotifyWatcher

    var logPath: String { root + "/.git/backstop/log.jsonl" }

    init(root: String) throws {
        self.root = root
        watcher = try InotifyWatcher(root: root + "/.git/backstop", queue: queue) { _ in false }
        watcher.start()
    }

    deinit { watcher.stop() }

    func entries() -> [AuditEntry] {
        guard let data = FileManager.default.contents(atPath: logPath) else { return [] }
        return data.split(separator: UInt8(ascii: "\n")).compactMap { try? JSONDecoder().decode(AuditEntry.self, from: Data($0)) }
    }

    /// Writes a sync cookie and waits (60 s at most) for the watcher's answer in the log; returns
    /// the actions and errors logged since the previous sync.
    func sync() -> [AuditEntry] {
        syncs += 1
        let name = "\(syncs)"
        let cookie = root + "/.git/backstop-sync-" + name
        FileManager.default.createFile(atPath: cookie, contents: Data())
        defer { unlink(cookie) }
        let guardTime = MonotonicClock.milliseconds() + 60_000
        while MonotonicClock.milliseconds() < guardTime {
            let entries = entries()
            if let position = entries.firstIndex(where: { $0.event == .sync && $0.message == name }) {
                let fresh = entries[readEntries..<position].filter { $0.event == .action || $0.event == .error }
                readEntries = position + 1
                return Array(fresh)
            }
            _ = queue.take(until: guardTime)
        }
        let output = (try? String(contentsOfFile: root + "/.git/backstop/watch.out", encoding: .utf8)) ?? ""
        let log = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
        Issue.record("the watcher never answered sync cookie \(name); its output:\n\(output)\nits log:\n\(log)")
        return []
    }
}
