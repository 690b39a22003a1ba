import BackstopCore
import BackstopGit
import Foundation

/// Scans what commits add: the added lines of patch files (a staged change, or commits), whatever
/// their size (in windows of `windowBytes` past it), the names of the files they add, and their
/// messages; for secrets, and for the values of the ignored secret files (`credentials`).
struct PatchScanner {
    let detector: SecretDetector
    let windowBytes: Int
    var credentials = CredentialValues()

    func scan(_ files: [PatchFile]) -> ScanReport {
        var report = ScanReport()
        var commits = Set<String>()
        var sightings = FirstSightings()
        var copies = FirstSightings()
        for file in files where file.status != .deleted {
            if let commit = file.commit { commits.insert(commit) }
            if detector.isAllowedPath(file.path) { continue }
            // A new file's name is scanned too: a token can be a file name. When it holds one, the
            // file is named masked in every finding.
            var shownPath = file.path
            if file.status == .added {
                let name = Fragment(path: file.path, bytes: Array(file.path.utf8) + [UInt8(ascii: "\n")], commit: file.commit, part: .name)
                let secrets = detector.findings(in: name)
                let values = credentials.findings(in: name, ignoredFingerprints: detector.options.ignoredFingerprints)
                shownPath = (secrets + values).first?.path ?? file.path
                report.findings += secrets.filter { sightings.isNew($0) }
                report.credentialCopies += values.filter { copies.isNew($0) }
            }
            if file.isBinary {
                report.skip(shownPath, binary: true)
                continue
            }
            if file.addedBytes.isEmpty { continue }
            report.files += 1
            report.bytes += file.addedBytes.count
            let fragment = file.fragment
            let shown = { (finding: Finding) in shownPath == file.path ? finding : finding.shown(at: shownPath) }
            for finding in detector.findings(in: fragment, windowBytes: windowBytes) where sightings.isNew(finding) {
                report.findings.append(shown(finding))
            }
            for finding in credentials.findings(in: fragment, ignoredFingerprints: detector.options.ignoredFingerprints) where copies.isNew(finding) {
                report.credentialCopies.append(shown(finding))
            }
        }
        report.commits = commits.count
        return report
    }

    /// Scans commit messages (`commit` nil: the message of the commit being made).
    func scan(messages: [(commit: String?, text: [UInt8])]) -> ScanReport {
        var report = ScanReport()
        var sightings = FirstSightings()
        for message in messages where !message.text.isEmpty {
            let fragment = Fragment(path: "", bytes: message.text, commit: message.commit, part: .message)
            report.findings += detector.findings(in: fragment, windowBytes: windowBytes).filter { sightings.isNew($0) }
            report.credentialCopies += credentials.findings(in: fragment, ignoredFingerprints: detector.options.ignoredFingerprints)
                .filter { sightings.isNew($0) }
        }
        return report
    }
}
