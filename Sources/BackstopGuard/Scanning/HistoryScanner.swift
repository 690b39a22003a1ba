import BackstopCore
import BackstopGit
import Foundation

/// Scans every blob in history once, keyed by its id, each reported with the commit that introduced it.
enum HistoryScanner {
    static func scan(_ repository: RepositoryLocation, detector: SecretDetector, maximumBytes: Int) throws -> ScanReport {
        let walk = try HistoryWalk(repositoryPath: repository.root)
        var report = ScanReport()
        var sightings = FirstSightings()
        let summary = try walk.forEachBlob(maximumBytes: maximumBytes) { blob in
            if detector.isAllowedPath(blob.path) { return }
            report.files += 1
            report.bytes += blob.bytes.count
            for finding in detector.findings(in: Fragment(path: blob.path, bytes: blob.bytes, commit: blob.commit.hex)) where sightings.isNew(finding) {
                report.findings.append(finding)
            }
        }
        report.commits = summary.commits
        report.skippedBinary = summary.skippedBinary
        report.skippedLarge = summary.skippedLarge
        return report
    }
}
