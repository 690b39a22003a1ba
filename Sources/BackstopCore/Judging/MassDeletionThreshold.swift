/// When deleting files stops being routine: at least `files` of them, or at least `fraction` of the
/// files that were there when that fraction is at least `fractionMinimumFiles`.
public struct MassDeletionThreshold: Sendable, Hashable {
    public let files: Int
    public let fraction: Double
    public let fractionMinimumFiles: Int

    public init(files: Int, fraction: Double, fractionMinimumFiles: Int) {
        self.files = files
        self.fraction = fraction
        self.fractionMinimumFiles = fractionMinimumFiles
    }

    public func isMassDeletion(deleted: Int, outOf existing: Int) -> Bool {
        if deleted >= files { return true }
        return deleted >= fractionMinimumFiles && Double(deleted) >= fraction * Double(existing)
    }

    /// Evidence a person can check, e.g. "deletes 214 of 230 tracked files (threshold: 20 files, or 25% when at least 5)".
    public func evidence(deleted: Int, outOf existing: Int, noun: String) -> String {
        let percent = Int((fraction * 100).rounded())
        return "deletes \(deleted) of \(existing) \(noun) (threshold: \(files) files, or \(percent)% when that is at least \(fractionMinimumFiles))"
    }
}
