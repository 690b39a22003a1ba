import BackstopTestSupport
import Foundation
import Testing

/// Running out of inotify watches, for real: in a user namespace whose watch limit is set low.
@Suite struct WatchLimitTests {
    static let userNamespacesWork: Bool = {
        guard let result = try? TestProcess.run("/usr/bin/unshare", ["--user", "--map-root-user", "sh", "-c", "echo 8 > /proc/sys/user/max_inotify_watches"],
                                                environment: ProcessInfo.processInfo.environment) else { return false }
        return result.status == 0
    }()

    @Test(.enabled(if: userNamespacesWork)) func outOfWatchesTheWatcherSaysSoAndRescans() throws {
        let watched = try WatchedRepository(files: WatchedRepository.sourceFiles(120, folders: 12))
        try watched.repository.backstop("watch", "--stop").expectSuccess()
        let start = try TestProcess.run("/usr/bin/unshare", ["--user", "--map-root-user", "sh", "-c",
            "echo 6 > /proc/sys/user/max_inotify_watches && exec '\(BuiltBinary.path)' -C '\(watched.root)' watch --daemon"],
            environment: watched.repository.environment)
        #expect(start.status == 0, "\(start.all)")
        let output = try String(contentsOfFile: watched.storeDirectory + "/watch.out", encoding: .utf8)
        #expect(output.contains("No space left on device") && output.contains("max_user_watches"))
        // Files deleted inside folders that have no watch: only a rescan finds them.
        try watched.shell("for folder in $(seq 0 11); do rm src/m$folder/f$((folder + 12)).txt src/m$folder/f$((folder + 24)).txt; done").expectSuccess()
        let entries = try watched.sync()
        #expect(entries.first?.event == .error, "the watch failure is logged")
        let actions = entries.filter { $0.event == .action }
        #expect(actions.map(\.verdict) == [.block], "\(actions.map(\.summary))")
        #expect(actions.first?.overflowed == true)
        #expect(try watched.repository.git("status", "--porcelain").output.isEmpty)
    }
}
