import BackstopCore

/// What a scan covered and found.
public struct ScanReport: Sendable {
    /// A file a scan did not read, and why: nothing is skipped without being named.
    public struct Skip: Sendable, Equatable {
        public let path: String
        /// `binary`, or `unreadable: ...` with the system's reason.
        public let reason: String
    }

    public var findings: [Finding] = []
    /// Values of the ignored secret files found where they do not belong (the hooks' `credential-copy`).
    public var credentialCopies: [Finding] = []
    public var files = 0
    public var bytes = 0
    public var skippedBinary = 0
    public var skippedLarge = 0
    /// The skipped files by name (a history scan counts its skipped blobs without naming them).
    public var skipped: [Skip] = []
    public var commits = 0
    public var elapsedSeconds = 0.0

    /// Files or blobs not scanned, named or only counted.
    public var notScanned: Int { max(skipped.count, skippedBinary + skippedLarge) }

    mutating func skip(_ path: String, binary: Bool, reason: String? = nil) {
        if binary { skippedBinary += 1 }
        skipped.append(Skip(path: path, reason: reason ?? (binary ? "binary" : "not read")))
    }

    mutating func absorb(_ other: ScanReport) {
        findings += other.findings
        credentialCopies += other.credentialCopies
        files += other.files
        bytes += other.bytes
        skippedBinary += other.skippedBinary
        skippedLarge += other.skippedLarge
        skipped += other.skipped
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
