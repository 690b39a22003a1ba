import Glibc

/// What reading a file for scanning found.
public enum FileContent: Sendable {
    case text([UInt8])
    /// A NUL byte in the first 8 KiB, git's own test for binary content.
    case binary
    case tooLarge(bytes: Int)
    /// Gone between listing and reading, or not a regular file: nothing to scan.
    case missing
}

/// What `lstat` says of a path: links are not followed.
public struct FileStatus: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case regular, directory, symbolicLink, other
    }

    public let kind: Kind
    /// The permission bits (`0o755`), setuid and sticky bits included.
    public let permissions: UInt32
    public let size: Int
    /// Which file this is (`st_dev`, `st_ino`): two hard links to one file have the same identity.
    public let identity: FileIdentity
    /// Names the file has (`st_nlink`): 1 when no other hard link shares its content.
    public let linkCount: Int
    /// When its content last changed, in nanoseconds since the epoch.
    public let modifiedNanoseconds: Int64

    public var isExecutableByOwner: Bool { permissions & 0o100 != 0 }
}

/// A file's device and inode numbers.
public struct FileIdentity: Sendable, Hashable {
    public let device: UInt64
    public let inode: UInt64
}

/// Files read and written with plain system calls, each through `retryingInterrupts`: scanning
/// reads many small files, and Foundation's `Data(contentsOf:)` costs more per file than the read.
public enum Files {
    /// Reads a regular file for scanning, without following a link; large and binary files are
    /// named, not read.
    public static func read(_ path: String, maximumBytes: Int) throws(SystemError) -> FileContent {
        let opened: Int32?
        do {
            opened = try openIfPresent(path, O_NOFOLLOW)
        } catch where error.errno == ELOOP {
            return .missing
        }
        guard let descriptor = opened else { return .missing }
        defer { close(descriptor) }
        var status = stat()
        try retryingInterrupts("fstat", path: path) { fstat(descriptor, &status) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { return .missing }
        let size = Int(status.st_size)
        if size > maximumBytes { return .tooLarge(bytes: size) }
        let bytes = try readToEnd(descriptor, path: path, expected: size, limit: .max)
        if bytes.prefix(8000).contains(0) { return .binary }
        return .text(bytes)
    }

    /// The bytes of `range` in a regular file (fewer at its end), without following a link: how a
    /// file too large to hold at once is read, a window at a time.
    public static func read(_ path: String, range: Range<Int>) throws(SystemError) -> [UInt8] {
        let descriptor = try retryingInterrupts("open", path: path) { open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW) }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: range.count)
        var filled = 0
        while filled < range.count {
            let count = try retryingInterrupts("pread", path: path) {
                bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress.map { $0 + filled }, $0.count - filled, off_t(range.lowerBound + filled)) }
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    /// Whether the first 8 KiB of a file hold a NUL byte, git's own test for binary content.
    public static func isBinary(_ path: String) throws(SystemError) -> Bool {
        try read(path, range: 0..<8000).contains(0)
    }

    /// A file's bytes, or its first `limit` bytes, following links; nil when there is no such file.
    public static func contents(_ path: String, upTo limit: Int = .max) throws(SystemError) -> [UInt8]? {
        guard let descriptor = try openIfPresent(path) else { return nil }
        defer { close(descriptor) }
        var status = stat()
        try retryingInterrupts("fstat", path: path) { fstat(descriptor, &status) }
        return try readToEnd(descriptor, path: path, expected: min(Int(status.st_size), limit), limit: limit)
    }

    /// Opens a file to read; nil when it is not there.
    private static func openIfPresent(_ path: String, _ flags: Int32 = 0) throws(SystemError) -> Int32? {
        do {
            return try retryingInterrupts("open", path: path) { open(path, O_RDONLY | O_CLOEXEC | flags) }
        } catch where error.isNotFound {
            return nil
        }
    }

    /// Reads to the end, or to `limit` bytes. `expected` is the size `fstat` gave: one byte more is
    /// room to see the end without growing the buffer.
    private static func readToEnd(_ descriptor: Int32, path: String, expected: Int, limit: Int) throws(SystemError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: min(expected + 1, limit))
        var filled = 0
        while filled < limit {
            if filled == bytes.count { bytes += [UInt8](repeating: 0, count: min(bytes.count, limit - bytes.count)) }
            let count = try retryingInterrupts("read", path: path) {
                bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress.map { $0 + filled }, $0.count - filled) }
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    /// Writes `bytes` to `path` atomically: a temporary file in the same folder, then a rename, so a
    /// reader never sees half a file and a crash leaves the old one.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, permissions: UInt32 = 0o644) throws(SystemError) {
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = try retryingInterrupts("open", path: temporary) { open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, permissions) }
        do {
            try writeAll(bytes, to: descriptor, path: temporary)
            try retryingInterrupts("fsync", path: temporary) { fsync(descriptor) }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        do {
            try retryingInterrupts("rename", path: path) { Glibc.rename(temporary, path) }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Appends `bytes` with one `write`, so a reader never sees half a record from a live writer;
    /// the file is created, and made private, with `permissions`. A write a full disk cut short
    /// is cut off again, or the next record would be glued to the part.
    public static func append(_ bytes: [UInt8], to path: String, permissions: UInt32) throws(SystemError) {
        let descriptor = try retryingInterrupts("open", path: path) { open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, permissions) }
        defer { close(descriptor) }
        // A file created by an older version or under another umask is made private again.
        _ = fchmod(descriptor, permissions)
        let end = lseek(descriptor, 0, SEEK_END)
        let written = try retryingInterrupts("write", path: path) { bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } }
        if written < bytes.count {
            if written > 0, end >= 0 { _ = ftruncate(descriptor, end) }
            throw SystemError(call: "write (\(written) of \(bytes.count) bytes)", errno: ENOSPC, path: path)
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(SystemError) {
        var written = 0
        while written < bytes.count {
            let count = try retryingInterrupts("write", path: path) {
                bytes.withUnsafeBytes { write(descriptor, $0.baseAddress.map { $0 + written }, bytes.count - written) }
            }
            written += count
        }
    }

    /// Creates an empty file, or leaves one that is there (sync cookies).
    public static func touch(_ path: String) throws(SystemError) {
        let descriptor = try retryingInterrupts("open", path: path) { open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600) }
        close(descriptor)
    }

    /// `lstat`: nil when there is no such path.
    public static func status(_ path: String) throws(SystemError) -> FileStatus? {
        try status(Array(path.utf8CString))
    }

    /// `lstat` of a NUL-terminated path as the file system holds it (its bytes need not be UTF-8).
    public static func status(_ path: [CChar]) throws(SystemError) -> FileStatus? {
        var status = stat()
        do {
            try retryingInterrupts("lstat", path: text(path)) { lstat(path, &status) }
        } catch {
            if error.isNotFound { return nil }
            throw error
        }
        let kind: FileStatus.Kind = switch status.st_mode & S_IFMT {
        case S_IFREG: .regular
        case S_IFDIR: .directory
        case S_IFLNK: .symbolicLink
        default: .other
        }
        return FileStatus(kind: kind, permissions: status.st_mode & 0o7777, size: Int(status.st_size),
                          identity: FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino)), linkCount: Int(status.st_nlink),
                          modifiedNanoseconds: Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec))
    }

    /// Whether anything (a link included, not followed) is at `path`.
    public static func exists(_ path: String) -> Bool {
        (try? status(path)) != nil
    }

    /// A symbolic link's target as bytes; nil when `path` is not a link.
    public static func linkTarget(_ path: String) -> [UInt8]? {
        linkTarget(Array(path.utf8CString))
    }

    public static func linkTarget(_ path: [CChar]) -> [UInt8]? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard let count = try? retryingInterrupts("readlink", { readlink(path, &buffer, buffer.count) }) else { return nil }
        return buffer[..<count].map { UInt8(bitPattern: $0) }
    }

    /// A NUL-terminated path as text, for messages.
    static func text(_ path: [CChar]) -> String {
        String(decoding: path.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Makes a folder (not its parents); one that is there already is fine.
    public static func makeDirectory(_ path: String, permissions: UInt32 = 0o755) throws(SystemError) {
        do {
            try retryingInterrupts("mkdir", path: path) { mkdir(path, permissions) }
        } catch where error.errno == EEXIST {
        }
    }

    /// Removes a file or link; one that is gone already is fine.
    public static func remove(_ path: String) throws(SystemError) {
        do {
            try retryingInterrupts("unlink", path: path) { unlink(path) }
        } catch where error.isNotFound {
        }
    }

    /// Makes a folder and the folders above it that are missing (`mkdir -p`).
    public static func makeDirectories(_ path: String, permissions: UInt32 = 0o755) throws(SystemError) {
        var built = ""
        for component in path.split(separator: "/") {
            built += "/" + component
            try makeDirectory(built, permissions: permissions)
        }
    }

    /// Removes an empty folder; one that is gone already is fine.
    public static func removeDirectory(_ path: String) throws(SystemError) {
        do {
            try retryingInterrupts("rmdir", path: path) { rmdir(path) }
        } catch where error.isNotFound {
        }
    }

    public static func rename(_ source: String, to target: String) throws(SystemError) {
        try retryingInterrupts("rename", path: target) { Glibc.rename(source, target) }
    }

    /// Makes `target` a second name of `source` (a hard link); `EXDEV` when they lie on different
    /// file systems.
    public static func link(_ source: String, to target: String) throws(SystemError) {
        try retryingInterrupts("link", path: target) { Glibc.link(source, target) }
    }

    /// Copies a regular file's bytes, permissions and modification time to `target`, which must not
    /// exist: where a hard link cannot be made.
    public static func copy(_ source: String, to target: String) throws(SystemError) {
        let input = try retryingInterrupts("open", path: source) { open(source, O_RDONLY | O_CLOEXEC) }
        defer { close(input) }
        var status = stat()
        try retryingInterrupts("fstat", path: source) { fstat(input, &status) }
        let output = try retryingInterrupts("open", path: target) { open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, status.st_mode & 0o777) }
        defer { close(output) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = try retryingInterrupts("read", path: source) { buffer.withUnsafeMutableBytes { Glibc.read(input, $0.baseAddress, $0.count) } }
            if count == 0 { break }
            try writeAll(Array(buffer[..<count]), to: output, path: target)
        }
        let times = [status.st_atim, status.st_mtim]
        try retryingInterrupts("futimens", path: target) { futimens(output, times) }
    }
}
