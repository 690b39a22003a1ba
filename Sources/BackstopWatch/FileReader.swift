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

/// Reads files whole with plain system calls: scanning reads many small files, and Foundation's
/// `Data(contentsOf:)` costs more per file than the read itself.
public enum FileReader {
    public static func read(_ path: String, maximumBytes: Int) throws(SystemError) -> FileContent {
        let descriptor: Int32
        do {
            descriptor = try retryingInterrupts("open", path: path) { open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW) }
        } catch {
            if [ENOENT, ENOTDIR, ELOOP].contains(error.errno) { return .missing }
            throw error
        }
        defer { close(descriptor) }
        var status = stat()
        try retryingInterrupts("fstat", path: path) { fstat(descriptor, &status) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { return .missing }
        let size = Int(status.st_size)
        if size > maximumBytes { return .tooLarge(bytes: size) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = try retryingInterrupts("read", path: path) {
                bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress.map { $0 + filled }, size - filled) }
            }
            if count == 0 { break }
            filled += count
        }
        if filled < size { bytes.removeLast(size - filled) }
        if bytes.prefix(8000).contains(0) { return .binary }
        return .text(bytes)
    }

    /// Writes `bytes` to `path` atomically: a temporary file in the same folder, then a rename, so a
    /// reader never sees half a file and a crash leaves the old one.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, mode: mode_t = 0o644) throws(SystemError) {
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = try retryingInterrupts("open", path: temporary) { open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode) }
        var written = 0
        do {
            while written < bytes.count {
                let count = try retryingInterrupts("write", path: temporary) {
                    bytes.withUnsafeBytes { write(descriptor, $0.baseAddress.map { $0 + written }, bytes.count - written) }
                }
                written += count
            }
            try retryingInterrupts("fsync", path: temporary) { fsync(descriptor) }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        do {
            try retryingInterrupts("rename", path: path) { rename(temporary, path) }
        } catch {
            unlink(temporary)
            throw error
        }
    }
}
