import BackstopCore
import BackstopGit
import Foundation
import Glibc

/// pre-commit: blocks a commit whose staged additions hold a secret, or whose staged deletions are a
/// mass deletion. Everything else passes.
struct PreCommitGuard {
    let context: CommandContext

    func run() throws -> ExitStatus {
        // git reads the index while this process loads its configuration and readies the regular
        // expression engine (a one-time cost of a few milliseconds) on the other core.
        let diff = try StagedChange.start(in: context.directory)
        let configuration = try context.configuration().configuration
        let detector = try context.detector()
        SecretDetector.prepareRegularExpressions()
        let change = StagedChange(files: UnifiedDiff.parse(try diff.output()))
        var blocked = false

        let report = PatchScanner(detector: detector, maximumBytes: configuration.maximumScanFileBytes).scan(change.files)
        if !report.findings.isEmpty {
            let verdict = configuration.verdict(for: .secret)
            if verdict != .allow {
                Terminal.say("backstop: \(verdict == .block ? "commit blocked" : "warning"): the staged change adds \(report.findings.count == 1 ? "a secret" : "\(report.findings.count) secrets") [secret]")
                Terminal.say(FindingReporter.text(report.findings))
                Terminal.say(FindingReporter.allowHint(report.findings))
                Terminal.say("To take it out of this commit: `git restore --staged PATH`, edit the file, and `git add` it again.")
                blocked = blocked || verdict == .block
            }
        }

        var lost = change.lostFiles
        if !lost.isEmpty {
            // Tracked files before this commit: the index being committed, plus what it deletes,
            // less what it adds. Reading the index header is enough; no need to list 100,000 paths.
            let indexed = try indexEntryCount()
            let before = indexed + change.deletedCount - change.addedCount
            let threshold = configuration.massDeletion
            let verdict = configuration.verdict(for: .massDeletion)
            if threshold.isMassDeletion(deleted: lost.count, outOf: before) { lost = try confirmedDeletions(lost) }
            let deleted = lost.count
            if threshold.isMassDeletion(deleted: deleted, outOf: before), verdict != .allow {
                Terminal.say("backstop: \(verdict == .block ? "commit blocked" : "warning"): this commit \(threshold.evidence(deleted: deleted, outOf: before, noun: "tracked files")) [mass-deletion]")
                let sample = lost.prefix(10).map { "    \($0.path)" }
                Terminal.say(sample.joined(separator: "\n") + (deleted > 10 ? "\n    ... and \(deleted - 10) more" : ""))
                Terminal.say("""
                    If the deletion is intended, commit it in smaller parts, or raise commit.massDeletionFiles in .backstop.json. \
                    To bring the files back into the index: `git restore --staged --worktree PATH...`.
                    """)
                blocked = blocked || verdict == .block
            }
        }
        return blocked ? .blocked : .clean
    }

    /// The deletions that stand once git's rename detection has paired moves made with edits, less
    /// the files the commit stops tracking because git now ignores them and that are still on disk
    /// (`git rm -r --cached` of a folder committed by mistake). Only run when the exact count
    /// crosses the threshold: rename detection reads every candidate's content.
    private func confirmedDeletions(_ lost: [PatchFile]) throws -> [PatchFile] {
        let root = try context.repository().root
        let git = GitCommandLine(directory: root)
        let renamed = try git.run(["-c", "core.quotepath=false", "diff", "--cached", "-M", "--no-ext-diff", "--name-only", "--diff-filter=D", "-z"])
        let deleted = Set(renamed.split(separator: 0).map { String(decoding: $0, as: UTF8.self) })
        let remaining = lost.filter { deleted.contains($0.path) }
        let onDisk = remaining.map(\.path).filter { path in
            var status = stat()
            return lstat(root + "/" + path, &status) == 0
        }
        guard !onDisk.isEmpty else { return remaining }
        let input: [UInt8] = onDisk.flatMap { Array($0.utf8) + [0] }
        let outcome = try git.runAllowingFailure(["check-ignore", "--no-index", "-z", "--stdin"], input: input)
        let ignored = Set(outcome.output.split(separator: 0).map { String(decoding: $0, as: UTF8.self) })
        return remaining.filter { !ignored.contains($0.path) }
    }

    /// The entry count in the header of the index git is committing (`GIT_INDEX_FILE` during a hook).
    private func indexEntryCount() throws -> Int {
        var path = context.environment["GIT_INDEX_FILE"] ?? ""
        if path.isEmpty {
            path = try context.repository().gitDirectory + "/index"
        } else if !path.hasPrefix("/") {
            path = context.directory + "/" + path
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CommandFailure("cannot read the index at \(path)")
        }
        defer { try? handle.close() }
        let header = [UInt8](handle.readData(ofLength: 12))
        guard header.count == 12, header.starts(with: Array("DIRC".utf8)) else {
            throw CommandFailure("\(path) is not a git index")
        }
        return header[8..<12].reduce(0) { $0 << 8 | Int($1) }
    }
}
