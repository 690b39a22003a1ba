import BackstopCore

/// What a scan covered and found.
public struct ScanReport: Sendable {
    public var findings: [Finding] = []
    public var files = 0
    public var bytes = 0
    public var skippedBinary = 0
    public var skippedLarge = 0
    public var commits = 0
    public var elapsedSeconds = 0.0

    mutating func absorb(_ other: ScanReport) {
        findings += other.findings
        files += other.files
        bytes += other.bytes
        skippedBinary += other.skippedBinary
        skippedLarge += other.skippedLarge
        commits += other.commits
    }
}

/// The first finding of each secret in each path. A secret that stays in a file lives on in later
/// commits and blobs; it is reported where it first appeared.
struct FirstSightings {
    private var seen = Set<String>()

    mutating func isNew(_ finding: Finding) -> Bool {
        seen.insert("\(finding.fingerprint)\u{0}\(finding.path)").inserted
    }
}
