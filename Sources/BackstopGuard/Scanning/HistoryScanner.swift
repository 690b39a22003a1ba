import BackstopCore
import BackstopGit
import Foundation

/// Scans every blob in history once, keyed by its id, each reported with the commit that introduced it.
enum HistoryScanner {
    /// libgit2 holds a whole blob in memory to read it: past this, a blob is named as not scanned.
    static let largestBlobBytes = 256 << 20

    /// Blobs past `windowBytes` are scanned in windows of that size, as files are.
    static func scan(_ repository: RepositoryLocation, detector: SecretDetector, windowBytes: Int) throws -> ScanReport {
        let walk = try HistoryWalk(repositoryPath: repository.root)
        var report = ScanReport()
        var sightings = FirstSightings()
        let summary = try walk.forEachBlob(maximumBytes: max(windowBytes, largestBlobBytes)) { blob in
            if detector.isAllowedPath(blob.path) { return }
            report.files += 1
            report.bytes += blob.bytes.count
            let fragment = Fragment(path: blob.path, bytes: blob.bytes, commit: blob.commit.hex)
            for finding in detector.findings(in: fragment, windowBytes: windowBytes) where sightings.isNew(finding) {
                report.findings.append(finding)
            }
        }
        report.commits = summary.commits
        report.skippedBinary = summary.skippedBinary
        report.skippedLarge = summary.skippedLarge
        report.skipped += summary.skippedLargePlaces.map { ScanReport.Skip(path: $0.path, reason: "over \(largestBlobBytes >> 20) MiB, in commit \($0.commit.short)") }
        return report
    }
}
