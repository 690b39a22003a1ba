import BackstopCore
import BackstopSystem
import Foundation

/// Scans files on disk in parallel, one fragment per file.
struct FileScanner {
    let detector: SecretDetector
    let maximumBytes: Int

    /// Each file is opened at `open`; findings report it as `show`.
    func scan(_ files: [(open: String, show: String)]) throws -> ScanReport {
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        // Interleaved slices keep big and small files spread across workers without a shared queue.
        let partials = LockedReports(count: workers)
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
                        report.findings += detector.findings(in: Fragment(path: shown, bytes: bytes))
                    case .binary:
                        report.skippedBinary += 1
                    case .tooLarge:
                        report.skippedLarge += 1
                    case .missing:
                        continue
                    }
                } catch {
                    partials.fail(error)
                    return
                }
            }
            partials.set(worker, report)
        }
        if let error = partials.error { throw GuardError("\(error)", hint: "check the file's permissions, or leave it out of the scan") }
        var total = ScanReport()
        for report in partials.reports { total.absorb(report) }
        total.findings.sort { ($0.path, $0.line, $0.column) < ($1.path, $1.line, $1.column) }
        return total
    }
}

/// Per-worker results, written once each from concurrentPerform's threads.
private final class LockedReports: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [ScanReport]
    private var firstError: Error?

    init(count: Int) { stored = Array(repeating: ScanReport(), count: count) }

    func set(_ index: Int, _ report: ScanReport) { lock.withLock { stored[index] = report } }
    func fail(_ error: Error) { lock.withLock { if firstError == nil { firstError = error } } }
    var reports: [ScanReport] { lock.withLock { stored } }
    var error: Error? { lock.withLock { firstError } }
}
