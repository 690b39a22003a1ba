import BackstopCore

enum HistoryScanner {
    static func scan(in context: CommandContext, detector: SecretDetector, maximumBytes: Int) throws -> ScanReport {
        throw CommandFailure("backstop scan --history is not built yet")
    }
}
