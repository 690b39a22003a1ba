import BackstopCore
import BackstopGit
import BackstopSystem

/// What the audit log says beyond the verdict: work files snapshots leave out, and paths a
/// rollback leaves staged.
extension WatchSession {
    /// Files a snapshot left out are named when they first appear; those that were left out and
    /// are gone from `paths` (nil: anywhere) are named as deleted, since no snapshot held them.
    func noteLeftOut(_ skipped: [SkippedFile], within paths: [RepositoryPath]?) {
        var lines: [String] = []
        for file in skipped where leftOut[file.path] == nil {
            leftOut[file.path] = file.reason
            lines.append("left out of snapshots: \(file.path.quoted): \(file.reason)")
        }
        for (path, reason) in leftOut.sorted(by: { $0.key < $1.key }) where paths.map({ path.isCovered(by: $0) }) ?? true {
            guard !Files.exists(location.root + "/" + path.description) else { continue }
            leftOut[path] = nil
            lines.append("deleted, and in no snapshot: \(path.quoted) (\(reason))")
        }
        guard !lines.isEmpty else { return }
        var record = entry(.leftOut, lines.joined(separator: "\n"))
        record.leftOutTotal = leftOut.count
        try? log.append(record)
        say("backstop watch: " + lines.joined(separator: "\n  "))
    }

    /// A rollback leaves the user's index as git left it: a command that also staged what it did
    /// (`git checkout OLD -- .`) leaves those paths staged, and the log says so and how to unstage.
    func noteStillStaged(_ written: [RepositoryPath], in record: inout AuditEntry) throws {
        guard !written.isEmpty else { return }
        let staged = try StagedPaths.all(in: location.root)
        let still = written.filter(staged.contains).sorted()
        guard !still.isEmpty else { return }
        let shown = still.prefix(AuditEntry.samplePaths).map(\.quoted)
        let note = "the rollback leaves the index as it was: \(still.count) of the paths it put back are still staged "
            + "(\(shown.joined(separator: ", "))\(still.count > shown.count ? ", ..." : "")); `git restore --staged -- PATH` unstages one"
        record.message = record.message.map { $0 + "\n" + note } ?? note
    }
}
