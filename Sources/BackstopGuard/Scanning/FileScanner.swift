import BackstopCore
import BackstopSystem
import Foundation

/// Scans files on disk in parallel, one fragment per file; a file larger than `maximumBytes` is
/// read and scanned in overlapping windows of that size, so memory stays bounded whatever its size.
/// A file that cannot be read is skipped and named, with the reason.
struct FileScanner {
    let detector: SecretDetector
    let maximumBytes: Int
    /// Values matched exactly in every file but the ones they come from (`OwnedCredentials`).
    var credentials = CredentialValues()

    /// Each file is opened at `open`; findings report it as `show`.
    func scan(_ files: [(open: String, show: String)]) throws -> ScanReport {
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        // Interleaved slices keep big and small files spread across workers without a shared queue.
        let partials = LockedReports(count: workers)
        let ownFiles = Set(OwnedCredentials.files().map { ($0.path as NSString).standardizingPath })
        let ownNames = Set(ownFiles.map { ($0 as NSString).lastPathComponent })
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var report = ScanReport()
            var index = worker
            while index < files.count {
                let (path, shown) = files[index]
                index += workers
                if detector.isAllowedPath(shown) { continue }
                do {
                    switch try Files.read(path, maximumBytes: maximumBytes) {
                    case .text(let bytes):
                        report.files += 1
                        report.bytes += bytes.count
                        let fragment = Fragment(path: shown, bytes: bytes)
                        report.findings += detector.findings(in: fragment)
                        // Resolving a path costs system calls: only files named like a credential file are resolved.
                        if !ownNames.contains((path as NSString).lastPathComponent) || !ownFiles.contains((path as NSString).standardizingPath) {
                            report.findings += credentials.findings(in: fragment, ignoredFingerprints: detector.options.ignoredFingerprints)
                        }
                    case .binary:
                        report.skip(shown, binary: true)
                    case .tooLarge(let size):
                        if try Files.isBinary(path) {
                            report.skip(shown, binary: true)
                            continue
                        }
                        report.files += 1
                        report.bytes += size
                        report.findings += try detector.findings(at: Fragment(path: shown, bytes: []), count: size, windowBytes: maximumBytes) { range in
                            try Files.read(path, range: range)
                        }
                    case .missing:
                        continue
                    }
                } catch {
                    report.skip(shown, binary: false, reason: "unreadable: \((error as? SystemError)?.reason ?? "\(error)")")
                }
            }
            partials.set(worker, report)
        }
        var total = ScanReport()
        for report in partials.reports { total.absorb(report) }
        total.findings.sort { ($0.path, $0.line, $0.column) < ($1.path, $1.line, $1.column) }
        total.skipped.sort { $0.path < $1.path }
        return total
    }
}

/// Per-worker results, written once each from concurrentPerform's threads.
private final class LockedReports: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [ScanReport]

    init(count: Int) { stored = Array(repeating: ScanReport(), count: count) }

    func set(_ index: Int, _ report: ScanReport) { lock.withLock { stored[index] = report } }
    var reports: [ScanReport] { lock.withLock { stored } }
}
