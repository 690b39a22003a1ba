import BackstopCore
import BackstopGit
import BackstopGuard
import BackstopTestSupport
import Foundation
import Testing

/// A test repository guarded by a real `backstop watch --daemon`. Tests wait for the watcher with
/// `WatcherSync`, as `backstop watch --sync` does: a sync cookie the watcher answers in the audit
/// log once every action before it is judged, and inotify on the log's folder. No sleeps.
final class WatchedRepository {
    let repository: TemporaryRepository
    private var syncs: WatcherSync?

    var root: String { repository.root }
    var logPath: String { root + "/.git/backstop/log.jsonl" }
    var location: RepositoryLocation { RepositoryLocation(root: root, gitDirectory: root + "/.git", commonDirectory: root + "/.git") }
    /// The store outside the tree: the watcher's registration and output, the copy of `.git`.
    var storeDirectory: String { OutsideStore(location: location).directory }

    /// `files` are committed, then the hooks are installed and the watcher started. The user file
    /// lets `watch --stop` run without a terminal: the tests stop their watchers themselves.
    init(files: [String: String], ignored: [String] = ["node_modules/", "build/", ".env"]) throws {
        repository = try TemporaryRepository()
        try repository.relaxPersonOnly(["watch --stop"])
        for (path, text) in files { try repository.write(path, text) }
        try repository.write(".gitignore", ignored.joined(separator: "\n") + "\n")
        try repository.commitAll("start")
        try repository.backstop("install").expectSuccess()
        // Following the log before the watcher starts: what it says when it starts is seen too.
        syncs = try WatcherSync(location)
        try start()
    }

    /// Numbered files `src/m<folder>/f<n>.txt`.
    static func sourceFiles(_ count: Int, folders: Int = 4) -> [String: String] {
        Dictionary(uniqueKeysWithValues: (0..<count).map { ("src/m\($0 % folders)/f\($0).txt", "content of file \($0)\n") })
    }

    func start() throws {
        try repository.backstop("watch", "--daemon").expectSuccess()
    }

    deinit {
        _ = try? repository.backstop("watch", "--stop")
    }

    @discardableResult
    func shell(_ script: String) throws -> ProcessResult { try repository.shell(script) }

    /// Waits until the watcher has judged everything done before this call; returns the actions it
    /// logged since the last sync. A watcher that does not answer is a failed test, with what it said.
    func sync() throws -> [AuditEntry] {
        do {
            return try syncs?.sync(timeoutMilliseconds: 60_000) ?? []
        } catch {
            let output = (try? String(contentsOfFile: storeDirectory + "/watch.out", encoding: .utf8)) ?? ""
            let log = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
            Issue.record("the watcher never answered: \(error); its output:\n\(output)\nits log:\n\(log)")
            return []
        }
    }

    func allEntries() -> [AuditEntry] { (try? AuditLog(location).entries().entries) ?? [] }

    func classes(_ entries: [AuditEntry]) -> [String] {
        entries.flatMap { $0.classes ?? [] }.map(\.actionClass)
    }
}
