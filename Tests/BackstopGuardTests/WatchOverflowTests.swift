import BackstopCore
import BackstopGit
import BackstopGuard
import BackstopTestSupport
import BackstopWatch
import Foundation
import Testing

/// The kernel's event queue overflowing in the middle of a mass deletion: the watcher runs in this
/// process, with its inotify reader held back until `rm -rf` has finished, so more than the
/// kernel's 16,384 queued events pile up and are dropped for real.
@Suite struct WatchOverflowTests {
    final class Gate: @unchecked Sendable {
        private let condition = NSCondition()
        private var closed = false
        private var open = true

        func close() { condition.withLock { open = false; closed = true } }
        func reopen() { condition.withLock { open = true; condition.broadcast() } }
        func pass() { condition.withLock { while !open { condition.wait() } } }
        var wasClosed: Bool { condition.withLock { closed } }
    }

    @Test func overflowDuringMassDeletionMissesNothing() throws {
        let repository = try TemporaryRepository()
        let files = 20_000
        for folder in 0..<200 {
            let path = repository.root + "/src/d\(folder)"
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            for file in 0..<(files / 200) {
                FileManager.default.createFile(atPath: path + "/f\(file).txt", contents: Data("folder \(folder) file \(file)\n".utf8))
            }
        }
        try repository.commitAll("twenty thousand files")
        let location = try RepositoryLocation.locate(from: repository.root)
        // Registered as a watcher, so `WatcherSync` waits for it as for a daemon.
        let registration = try WatcherRegistration(location)
        let gate = Gate()
        let configuration = Configuration.defaults
        let events = try InotifyWatcher.workingTree(location)
        events.beforeEachRead = { gate.pass() }
        let session = try WatchSession(location: location, configuration: configuration, detector: SecretDetector(rules: configuration.rules),
                                       events: events, say: { _ in })
        let finished = Gate()
        finished.close()
        let thread = Thread {
            try? session.run()
            finished.reopen()
        }
        thread.start()
        let log = try WatcherSync(location)
        #expect(try log.sync(timeoutMilliseconds: 60_000).isEmpty)

        gate.close()
        let removal = try TestProcess.run("/bin/rm", ["-rf", repository.root + "/src"], environment: repository.environment)
        #expect(removal.status == 0)
        gate.reopen()
        let actions = try log.sync(timeoutMilliseconds: 60_000)

        #expect(actions.contains { $0.overflowed == true }, "the queue overflowed: \(actions.map(\.summary))")
        #expect(actions.first?.verdict == .block)
        #expect(actions.first?.rollback?.restored == files)
        #expect(actions.first?.rollback?.mismatched == [])
        var missing = 0
        for folder in 0..<200 {
            for file in 0..<(files / 200) where (try? String(contentsOfFile: repository.root + "/src/d\(folder)/f\(file).txt",
                                                             encoding: .utf8)) != "folder \(folder) file \(file)\n" {
                missing += 1
            }
        }
        #expect(missing == 0)
        #expect(try repository.git("status", "--porcelain").output.isEmpty)
        session.stop()
        finished.pass()
        withExtendedLifetime(registration) {}
    }
}
