import BackstopCore
import BackstopSystem

/// An index file read as bytes, without libgit2: its entries' paths and stat cache, the root
/// tree its cache-tree extension holds, and its trailing checksum. Opening the index through
/// libgit2 also verifies that checksum and builds every entry, several times the cost; a
/// snapshot that finds nothing changed needs neither.
///
/// Versions 2 to 4 of the format; anything it does not follow (another version, a split index,
/// a length past the end) makes `init` return nil and the caller opens the index the usual way.
struct IndexFile {
    let bytes: [UInt8]
    let version: UInt32
    let entryCount: Int
    /// The entries' end: extensions follow, up to the checksum.
    private let entriesEnd: Int
    /// The tree the cache-tree extension records for the root, when it is valid.
    private(set) var rootTree: ObjectID?
    /// When the file was last written, in nanoseconds (for racily clean entries).
    let writtenNanoseconds: Int64

    static let checksumLength = 20

    init?(path: String) {
        guard let status = try? Files.status(Array(path.utf8CString)), status.kind == .regular,
              let bytes = try? Files.contents(path), bytes.count >= 12 + Self.checksumLength,
              bytes.starts(with: Array("DIRC".utf8)) else { return nil }
        self.bytes = bytes
        writtenNanoseconds = status.modifiedNanoseconds
        version = Self.word(bytes, 4)
        entryCount = Int(Self.word(bytes, 8))
        guard (2...4).contains(version), let end = Self.entriesEnd(bytes, version: version, count: entryCount) else { return nil }
        entriesEnd = end
        guard readExtensions() else { return nil }
    }

    /// The file's last 20 bytes: libgit2's `git_index_checksum` of the index it read from it.
    var checksum: ArraySlice<UInt8> { bytes[(bytes.count - Self.checksumLength)...] }

    /// Calls `body` with `state`, each entry's path (valid during the call only) and stat cache, in
    /// order; false from `body` stops.
    func forEachEntry<State: ~Copyable>(into state: inout State, _ body: (inout State, UnsafeRawBufferPointer, CachedStat) -> Bool) {
        bytes.withUnsafeBytes { raw in
            var offset = 12
            var previous: [UInt8] = []
            for _ in 0..<entryCount {
                let stat = CachedStat(mode: Self.word(raw, offset + 24), size: Self.word(raw, offset + 36),
                                      modifiedSeconds: Self.word(raw, offset + 8), modifiedNanoseconds: Self.word(raw, offset + 12),
                                      changedSeconds: Self.word(raw, offset), changedNanoseconds: Self.word(raw, offset + 4),
                                      inode: Self.word(raw, offset + 20), userID: Self.word(raw, offset + 28), groupID: Self.word(raw, offset + 32))
                let flags = Int(raw[offset + 60]) << 8 | Int(raw[offset + 61])
                var cursor = offset + 62 + (flags & 0x4000 != 0 ? 2 : 0)
                if version == 4 {
                    // A varint of bytes to drop from the previous path, then the rest, NUL-ended.
                    let (strip, afterNumber) = Self.varint(raw, cursor)
                    cursor = afterNumber
                    let suffixEnd = Self.nul(raw, from: cursor)
                    previous.removeLast(min(strip, previous.count))
                    previous.append(contentsOf: raw[cursor..<suffixEnd])
                    guard previous.withUnsafeBytes({ body(&state, $0, stat) }) else { return }
                    offset = suffixEnd + 1
                } else {
                    let pathEnd = Self.nul(raw, from: cursor)
                    guard body(&state, UnsafeRawBufferPointer(rebasing: raw[cursor..<pathEnd]), stat) else { return }
                    // Entries are padded with 1 to 8 NULs to a multiple of 8 bytes.
                    let length = pathEnd - offset
                    offset += (length + 8) & ~7
                }
            }
        }
    }

    // MARK: Reading

    /// Checks every entry fits and none is a conflict stage; the offset after the last.
    private static func entriesEnd(_ bytes: [UInt8], version: UInt32, count: Int) -> Int? {
        bytes.withUnsafeBytes { raw -> Int? in
            let limit = raw.count - checksumLength
            var offset = 12
            for _ in 0..<count {
                guard offset + 62 <= limit else { return nil }
                let flags = Int(raw[offset + 60]) << 8 | Int(raw[offset + 61])
                guard flags & 0x3000 == 0 else { return nil }
                var cursor = offset + 62 + (flags & 0x4000 != 0 ? 2 : 0)
                guard cursor < limit else { return nil }
                if version == 4 {
                    var byte: UInt8
                    repeat {
                        guard cursor < limit else { return nil }
                        byte = raw[cursor]
                        cursor += 1
                    } while byte & 0x80 != 0
                    guard let end = raw[cursor..<limit].firstIndex(of: 0) else { return nil }
                    offset = end + 1
                } else {
                    guard let end = raw[cursor..<limit].firstIndex(of: 0) else { return nil }
                    offset += ((end - offset) + 8) & ~7
                    guard offset <= limit else { return nil }
                }
            }
            return offset
        }
    }

    /// Walks the extensions for the cache tree's root; false when one runs past the end or is a
    /// link to a shared index (a split index, whose entries are not all here).
    private mutating func readExtensions() -> Bool {
        let limit = bytes.count - Self.checksumLength
        var offset = entriesEnd
        while offset + 8 <= limit {
            let signature = Array(bytes[offset..<offset + 4])
            let size = Int(Self.word(bytes, offset + 4))
            let start = offset + 8
            guard size >= 0, start + size <= limit else { return false }
            if signature == Array("link".utf8) { return false }
            if signature == Array("TREE".utf8) { rootTree = Self.rootTree(bytes[start..<start + size]) }
            offset = start + size
        }
        return offset == limit
    }

    /// The root entry of a cache tree: an empty path, "ENTRIES SUBTREES\n", and the id when
    /// ENTRIES is not -1 (an invalidated tree).
    private static func rootTree(_ extensionBytes: ArraySlice<UInt8>) -> ObjectID? {
        guard extensionBytes.first == 0 else { return nil }
        let headerStart = extensionBytes.startIndex + 1
        guard let newline = extensionBytes[headerStart...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let header = String(decoding: extensionBytes[headerStart..<newline], as: UTF8.self).split(separator: " ")
        guard header.count == 2, let entries = Int(header[0]), entries >= 0, newline + 1 + 20 <= extensionBytes.endIndex else { return nil }
        return ObjectID(bytes: Array(extensionBytes[(newline + 1)..<(newline + 21)]))
    }

    private static func word(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        bytes.withUnsafeBytes { word($0, offset) }
    }

    private static func word(_ raw: UnsafeRawBufferPointer, _ offset: Int) -> UInt32 {
        UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    private static func nul(_ raw: UnsafeRawBufferPointer, from start: Int) -> Int {
        var end = start
        while raw[end] != 0 { end += 1 }
        return end
    }

    /// Git's offset varint (`decode_varint`): each continuation adds one before shifting.
    private static func varint(_ raw: UnsafeRawBufferPointer, _ start: Int) -> (value: Int, next: Int) {
        var cursor = start
        var byte = raw[cursor]
        cursor += 1
        var value = Int(byte & 0x7f)
        while byte & 0x80 != 0 {
            byte = raw[cursor]
            cursor += 1
            value = ((value + 1) << 7) | Int(byte & 0x7f)
        }
        return (value, cursor)
    }
}
