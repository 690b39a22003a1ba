import BackstopSystem
import Clibgit2
import Foundation

/// An index entry's stat cache, as the index file holds it (32 bits each).
struct CachedStat: Equatable {
    var mode: UInt32
    var size: UInt32
    var modifiedSeconds: UInt32
    var modifiedNanoseconds: UInt32
    var changedSeconds: UInt32
    var changedNanoseconds: UInt32
    var inode: UInt32
    var userID: UInt32
    var groupID: UInt32
}

/// An index's entries looked up by path from several threads at once, with the folders they lie
/// in, for `StatCacheCheck`. Built from libgit2's index in memory or straight from the index file.
/// Everything but the seen marks is immutable once built, so the walk threads read it freely.
final class IndexEntryTable: @unchecked Sendable {
    fileprivate struct Slot {
        var hash: UInt64
        var position: Int32
        var length: Int32
    }

    let count: Int
    private let stats: [CachedStat]
    private let pathBytes: [UInt8]
    private let pathStarts: [Int]
    /// Open addressing; a position of -1 is an empty slot.
    private let slots: [Slot]
    private let slotMask: Int
    /// Hashes of every folder an entry lies in; 0 is an empty slot.
    private let folders: [UInt64]
    private let folderMask: Int
    /// Written by the walk threads, each position by the one thread that found its path.
    private let seen: UnsafeMutablePointer<UInt8>

    private init(_ builder: consuming Builder) {
        let built = builder.finish()
        count = built.stats.count
        stats = built.stats
        pathBytes = built.pathBytes
        pathStarts = built.pathStarts
        slots = built.slots
        slotMask = built.slots.count - 1
        folders = built.folders
        folderMask = built.folders.count - 1
        seen = .allocate(capacity: max(1, count))
        seen.initialize(repeating: 0, count: max(1, count))
    }

    deinit { seen.deallocate() }

    /// From libgit2's index in memory; nil when an entry is one the walk does not model (a
    /// conflict stage or a nested repository).
    convenience init?(index: OpaquePointer) {
        let count = backstop_git_index_entrycount(index)
        var builder = Builder(expected: count)
        for position in 0..<count {
            guard let entry = backstop_git_index_get_byindex(index, position), let path = entry.pointee.path,
                  entry.pointee.flags & UInt16(GIT_INDEX_ENTRY_STAGEMASK) == 0 else { return nil }
            let value = entry.pointee
            let stat = CachedStat(mode: value.mode, size: value.file_size,
                                  modifiedSeconds: UInt32(bitPattern: value.mtime.seconds), modifiedNanoseconds: value.mtime.nanoseconds,
                                  changedSeconds: UInt32(bitPattern: value.ctime.seconds), changedNanoseconds: value.ctime.nanoseconds,
                                  inode: value.ino, userID: value.uid, groupID: value.gid)
            guard builder.add(UnsafeRawBufferPointer(start: path, count: strlen(path)), stat) else { return nil }
        }
        self.init(builder)
    }

    /// From an index file's entries (`IndexFile`); nil as above.
    convenience init?(file: IndexFile) {
        var builder = Builder(expected: file.entryCount)
        var failed = false
        file.forEachEntry(into: &builder) { builder, path, stat in
            if builder.add(path, stat) { return true }
            failed = true
            return false
        }
        if failed { return nil }
        self.init(builder)
    }

    func position(of path: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let start = path.baseAddress else { return nil }
        let hash = Self.hash(path)
        var index = Int(truncatingIfNeeded: hash) & slotMask
        while slots[index].position >= 0 {
            let slot = slots[index]
            if slot.hash == hash, Int(slot.length) == path.count {
                let position = Int(slot.position)
                let same = pathBytes.withUnsafeBufferPointer { bytes in
                    bytes.baseAddress.map { memcmp($0 + pathStarts[position], start, path.count) == 0 } ?? false
                }
                if same { return position }
            }
            index = (index + 1) & slotMask
        }
        return nil
    }

    /// Whether some entry lies in `folder` (a hash match: a rare false yes only costs entering it).
    func holdsEntries(folder path: UnsafeBufferPointer<UInt8>) -> Bool {
        let hash = Self.nonZero(Self.hash(path))
        var index = Int(truncatingIfNeeded: hash) & folderMask
        while folders[index] != 0 {
            if folders[index] == hash { return true }
            index = (index + 1) & folderMask
        }
        return false
    }

    func markSeen(_ position: Int) { seen[position] = 1 }
    func wasSeen(_ position: Int) -> Bool { seen[position] != 0 }

    func path(_ position: Int) -> [UInt8] { Array(pathBytes[pathStarts[position]..<pathStarts[position + 1]]) }

    /// Whether the file's status differs from the entry's stat cache in anything libgit2's diff
    /// compares, or the entry is racily clean (changed no earlier than the index was written).
    func differs(_ position: Int, from status: StatData, indexWritten: Int64) -> Bool {
        let cached = stats[position]
        let mode: UInt32 = if status.isRegular {
            status.mode & 0o100 != 0 ? 0o100755 : 0o100644
        } else if status.isSymbolicLink {
            0o120000
        } else {
            status.mode
        }
        let current = CachedStat(mode: mode, size: UInt32(truncatingIfNeeded: status.size),
                                 modifiedSeconds: UInt32(truncatingIfNeeded: status.modifiedSeconds),
                                 modifiedNanoseconds: UInt32(truncatingIfNeeded: status.modifiedNanoseconds),
                                 changedSeconds: UInt32(truncatingIfNeeded: status.changedSeconds),
                                 changedNanoseconds: UInt32(truncatingIfNeeded: status.changedNanoseconds),
                                 inode: UInt32(truncatingIfNeeded: status.inode), userID: status.userID, groupID: status.groupID)
        if cached != current { return true }
        let modified = Int64(cached.modifiedSeconds) * 1_000_000_000 + Int64(cached.modifiedNanoseconds)
        return indexWritten != 0 && modified >= indexWritten
    }

    // MARK: Hashing (FNV-1a: a folder's hash is a prefix of its files' hashing)

    fileprivate static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    fileprivate static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }

    fileprivate static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = seed
        for byte in bytes { hash = mix(hash, byte) }
        return hash
    }

    fileprivate static func nonZero(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    /// A power of two at least twice `count`: probes stay short.
    fileprivate static func capacity(for count: Int) -> Int {
        var capacity = 16
        while capacity < count * 2 { capacity <<= 1 }
        return capacity
    }
}

/// Gathers the entries in order, then lays out the lookup tables.
private struct Builder: ~Copyable {
    private var stats: [CachedStat] = []
    private var pathBytes: [UInt8] = []
    private var pathStarts: [Int] = [0]
    private var gathered: [IndexEntryTable.Slot] = []
    private var folders: [UInt64]
    private var folderCount = 0

    init(expected: Int) {
        stats.reserveCapacity(expected)
        pathStarts.reserveCapacity(expected + 1)
        pathBytes.reserveCapacity(expected * 24)
        gathered.reserveCapacity(expected)
        folders = Array(repeating: 0, count: IndexEntryTable.capacity(for: max(16, expected / 8)))
    }

    mutating func add(_ path: UnsafeRawBufferPointer, _ stat: CachedStat) -> Bool {
        guard stat.mode != GIT_FILEMODE_COMMIT.rawValue, !path.isEmpty else { return false }
        var hash = IndexEntryTable.seed
        for byte in path {
            if byte == UInt8(ascii: "/") { insertFolder(IndexEntryTable.nonZero(hash)) }
            hash = IndexEntryTable.mix(hash, byte)
        }
        gathered.append(IndexEntryTable.Slot(hash: hash, position: Int32(stats.count), length: Int32(path.count)))
        stats.append(stat)
        pathBytes.append(contentsOf: path)
        pathStarts.append(pathBytes.count)
        return true
    }

    consuming func finish() -> (stats: [CachedStat], pathBytes: [UInt8], pathStarts: [Int], slots: [IndexEntryTable.Slot], folders: [UInt64]) {
        var slots = Array(repeating: IndexEntryTable.Slot(hash: 0, position: -1, length: 0), count: IndexEntryTable.capacity(for: stats.count))
        let mask = slots.count - 1
        for slot in gathered {
            var index = Int(truncatingIfNeeded: slot.hash) & mask
            while slots[index].position >= 0 { index = (index + 1) & mask }
            slots[index] = slot
        }
        return (stats, pathBytes, pathStarts, slots, folders)
    }

    /// Adds a folder's hash, doubling the set when half full.
    private mutating func insertFolder(_ hash: UInt64) {
        var mask = folders.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while folders[index] != 0 {
            if folders[index] == hash { return }
            index = (index + 1) & mask
        }
        folders[index] = hash
        folderCount += 1
        guard folderCount * 2 > folders.count else { return }
        let old = folders
        folders = Array(repeating: 0, count: old.count * 2)
        mask = folders.count - 1
        for value in old where value != 0 {
            var index = Int(truncatingIfNeeded: value) & mask
            while folders[index] != 0 { index = (index + 1) & mask }
            folders[index] = value
        }
    }
}
