import BackstopCore
import BackstopGit
import Foundation

/// Scans every blob in history once, keyed by its id, each reported with the commit that introduced it.
enum HistoryScanner {
    static func scan(in context: CommandContext, detector: SecretDetector, maximumBytes: Int) throws -> ScanReport {
        let repository = try context.repository()
        let walk = try HistoryWalk(repositoryPath: repository.root)
        var report = ScanReport()
        var reported = Set<String>()
        let summary = try walk.forEachBlob(maximumBytes: maximumBytes) { blob in
            if detector.isAllowedPath(blob.path) { return }
            report.files += 1
            report.bytes += blob.bytes.count
            for finding in detector.findings(in: Fragment(path: blob.path, bytes: blob.bytes, commit: blob.commit)) {
                // A secret that stays in a file across edits lives in many blobs: report where it first
                // appeared in each path.
                if reported.insert("\(finding.fingerprint)\u{0}\(finding.path)").inserted {
                    report.findings.append(finding)
                }
            }
        }
        report.commits = summary.commits
        report.skippedBinary = summary.skippedBinary
        report.skippedLarge = summary.skippedLarge
        return report
    }
}
