import BackstopCore
import BackstopGit
import BackstopGuard
import BackstopTestSupport
import Foundation

/// A watch session over a real temporary repository, driven by hand: the test changes the files,
/// pushes the events the kernel would have reported for the change, and moves a clock it owns.
/// No inotify, no threads, no sleeping.
final class SteppedSession {
    /// The test's clock, in monotonic milliseconds.
    final class Clock: @unchecked Sendable {
        private let lock = NSLock()
        private var value: Int64 = 1_000
        var now: Int64 { lock.withLock { value } }
        func advance(_ milliseconds: Int64) { lock.withLock { value += milliseconds } }
    }

    let repository: TemporaryRepository
    let events = FakeEventSource()
    let clock = Clock()
    let session: WatchSession
    let location: RepositoryLocation
    let settle: Int64 = Int64(Configuration.defaults.settleMilliseconds)
    private var logged = 0

    init(files: [String: String], ignored: [String] = ["node_modules/", "build/", ".env"]) throws {
        repository = try TemporaryRepository()
        for (path, text) in files { try repository.write(path, text) }
        try repository.write(".gitignore", ignored.joined(separator: "\n") + "\n")
        try repository.commitAll("start")
        location = try RepositoryLocation.locate(from: repository.root)
        let configuration = Configuration.defaults
        let clock = clock
        session = try WatchSession(location: location, configuration: configuration, detector: SecretDetector(rules: configuration.rules),
                                   events: events, clock: { clock.now }, say: { _ in })
    }

    /// Runs `script` in the working tree and queues `reported`, the events it raised.
    func perform(_ script: String, reporting reported: [FileEvent]) throws {
        try repository.shell(script).expectSuccess()
        events.push(reported)
    }

    /// Steps the session now (taking the queued events), then once the settle period has passed:
    /// the action closes and is judged. Returns the audit entries logged since the last call.
    func settleAndJudge() throws -> [AuditEntry] {
        session.step(now: clock.now)
        clock.advance(settle)
        session.step(now: clock.now)
        clock.advance(1)
        let entries = try AuditLog(location).entries().entries
        defer { logged = entries.count }
        return Array(entries.dropFirst(logged))
    }

    /// The paths where the newest snapshot and the working tree differ, with git as the oracle:
    /// `git add -A` into a temporary index, its tree against the snapshot's (`.env` and the other
    /// ignored secret files, which snapshots keep and git ignores, left out).
    func snapshotDifferences() throws -> [String] {
        let index = repository.base + "/oracle-index"
        defer { try? FileManager.default.removeItem(atPath: index) }
        let oracle = ["GIT_INDEX_FILE": index]
        try repository.git(["add", "-A", "."], environment: oracle).expectSuccess()
        let tree = try repository.git(["write-tree"], environment: oracle).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let differences = try repository.git("diff", "--no-renames", "--name-only", "refs/backstop/snapshots", tree, "--", ".", ":(exclude).env*")
        return differences.output.split(separator: "\n").map(String.init)
    }

    // The events the inotify adapter reports, by path.

    static func created(_ paths: [String]) -> [FileEvent] {
        paths.flatMap { [FileEvent(.created, RepositoryPath($0)), FileEvent(.written, RepositoryPath($0))] }
    }

    static func modified(_ paths: [String]) -> [FileEvent] {
        paths.flatMap { [FileEvent(.modified, RepositoryPath($0)), FileEvent(.written, RepositoryPath($0))] }
    }

    static func deleted(_ paths: [String]) -> [FileEvent] {
        paths.map { FileEvent(.deleted, RepositoryPath($0)) }
    }

    static func folder(created path: String) -> FileEvent { FileEvent(.created, RepositoryPath(path), isDirectory: true) }
    static func folder(deleted path: String) -> FileEvent { FileEvent(.deleted, RepositoryPath(path), isDirectory: true) }

    /// A folder renamed inside the tree: both halves, then what the adapter finds listing the new
    /// folder (its subfolders and files, as created).
    static func moved(folder source: String, to target: String, holding files: [String]) -> [FileEvent] {
        let subfolders = Set(files.map { ($0 as NSString).deletingLastPathComponent }).subtracting([""]).sorted()
        return [FileEvent(.movedFrom(cookie: 7), RepositoryPath(source), isDirectory: true),
                FileEvent(.movedTo(cookie: 7), RepositoryPath(target), isDirectory: true)]
            + subfolders.map { FileEvent(.created, RepositoryPath(target + "/" + $0), isDirectory: true) }
            + files.map { FileEvent(.created, RepositoryPath(target + "/" + $0)) }
    }
}
