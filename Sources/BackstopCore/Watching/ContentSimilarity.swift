/// Whether one file's content became another's with an edit: a refactor that moves a file and
/// changes its imports in the same burst moved its content, it did not delete it. Lines are
/// compared as a multiset, as git's rename detection compares chunks: the share of lines the two
/// contents have in common, out of the longer one. The newline that ends the last line ends it;
/// it does not start an empty line both files would share.
public enum ContentSimilarity {
    /// git's default for `-M`: half the content unchanged.
    public static let threshold = 0.5
    /// Larger contents are not compared (a rename of a large file with edits is rare, the cost is not).
    public static let maximumBytes = 1 << 20

    public static func isSimilar(_ old: [UInt8], _ new: [UInt8]) -> Bool {
        guard !old.isEmpty, !new.isEmpty, old.count <= maximumBytes, new.count <= maximumBytes else { return false }
        var remaining: [ArraySlice<UInt8>: Int] = [:]
        let oldLines = lines(old)
        let newLines = lines(new)
        for line in oldLines { remaining[line, default: 0] += 1 }
        var common = 0
        for line in newLines {
            if let count = remaining[line], count > 0 {
                remaining[line] = count - 1
                common += 1
            }
        }
        return Double(common) >= threshold * Double(max(oldLines.count, newLines.count))
    }

    private static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        return bytes.last == UInt8(ascii: "\n") ? Array(lines.dropLast()) : lines
    }
}
