extension Array where Element == UInt8 {
    /// Whether `needle` occurs in these bytes: a plain byte search, far cheaper than Foundation's
    /// locale-aware `contains` on text.
    func containsBytes(_ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= count else { return needle.isEmpty }
        var start = 0
        let last = count - needle.count
        while start <= last {
            guard let found = self[start...last].firstIndex(of: first) else { return false }
            if self[found..<(found + needle.count)].elementsEqual(needle) { return true }
            start = found + 1
        }
        return false
    }

    /// Every offset where `needle` starts, overlapping matches included.
    func offsets(of needle: [UInt8]) -> [Int] {
        guard let first = needle.first, needle.count <= count else { return [] }
        var found: [Int] = []
        var start = 0
        let last = count - needle.count
        while start <= last {
            guard let candidate = self[start...last].firstIndex(of: first) else { break }
            if self[candidate..<(candidate + needle.count)].elementsEqual(needle) { found.append(candidate) }
            start = candidate + 1
        }
        return found
    }
}
