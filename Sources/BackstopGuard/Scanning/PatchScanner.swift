import BackstopCore
import Foundation

/// Scans the added lines of patch files (a staged change, or commits).
struct PatchScanner {
    let detector: SecretDetector
    let maximumBytes: Int

    func scan(_ files: [PatchFile]) -> ScanReport {
        var report = ScanReport()
        var commits = Set<String>()
        var sightings = FirstSightings()
        for file in files where file.status != .deleted {
            if let commit = file.commit { commits.insert(commit) }
            if file.isBinary {
                report.skippedBinary += 1
                continue
            }
            if file.addedBytes.count > maximumBytes {
                report.skippedLarge += 1
                continue
            }
            if file.addedBytes.isEmpty { continue }
            report.files += 1
            report.bytes += file.addedBytes.count
            for finding in detector.findings(in: file.fragment) where sightings.isNew(finding) {
                report.findings.append(finding)
            }
        }
        report.commits = commits.count
        return report
    }
}
