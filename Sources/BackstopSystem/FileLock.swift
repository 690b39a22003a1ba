import Glibc

/// An exclusive `flock` on a file, held until the value goes away. The kernel drops it when its
/// holder dies, even by `kill -9`, so a lock held by nobody is never mistaken for a live one.
/// The file may carry a few bytes about the holder (the watcher's pid and start time).
public final class FileLock {
    public let path: String
    private let descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Takes the lock, waiting while another process holds it.
    public static func exclusive(_ path: String) throws(SystemError) -> FileLock {
        // Without LOCK_NB, flock only returns once the lock is taken (or fails).
        guard let lock = try take(path, LOCK_EX) else { throw SystemError(call: "flock", errno: EWOULDBLOCK, path: path) }
        return lock
    }

    /// Takes the lock if nobody holds it; nil when another process does.
    public static func exclusiveIfFree(_ path: String) throws(SystemError) -> FileLock? {
        try take(path, LOCK_EX | LOCK_NB)
    }

    /// Opens (creating) the lock file and flocks it with `operation`; nil when LOCK_NB found it held.
    private static func take(_ path: String, _ operation: Int32) throws(SystemError) -> FileLock? {
        let descriptor = try retryingInterrupts("open", path: path) { open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600) }
        do {
            try retryingInterrupts("flock", path: path) { flock(descriptor, operation) }
        } catch {
            close(descriptor)
            if error.errno == EWOULDBLOCK { return nil }
            throw error
        }
        return FileLock(path: path, descriptor: descriptor)
    }

    /// The bytes the file holds (what the last holder wrote about itself).
    public var contents: [UInt8] { Self.read(descriptor) }

    /// Replaces what the file holds.
    public func replaceContents(with bytes: [UInt8]) throws(SystemError) {
        try retryingInterrupts("ftruncate", path: path) { ftruncate(descriptor, 0) }
        let written = try retryingInterrupts("pwrite", path: path) { pwrite(descriptor, bytes, bytes.count, 0) }
        if written != bytes.count { throw SystemError(call: "pwrite", errno: EIO, path: path) }
    }

    /// What the holder of the lock on `path` wrote, when a live process holds it; nil when nobody
    /// does (or there is no such file).
    public static func holderContents(_ path: String) -> [UInt8]? {
        guard let descriptor = try? retryingInterrupts("open", path: path, { open(path, O_RDONLY | O_CLOEXEC) }) else { return nil }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_SH | LOCK_NB) != 0, errno == EWOULDBLOCK else { return nil }
        let bytes = read(descriptor)
        return bytes.isEmpty ? nil : bytes
    }

    /// Waits until nobody holds the lock on `path`.
    public static func waitUntilFree(_ path: String) {
        guard let descriptor = try? retryingInterrupts("open", path: path, { open(path, O_RDONLY | O_CLOEXEC) }) else { return }
        defer { close(descriptor) }
        _ = try? retryingInterrupts("flock", path: path) { flock(descriptor, LOCK_SH) }
    }

    private static func read(_ descriptor: Int32) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: 4096)
        let count = (try? retryingInterrupts("pread") { pread(descriptor, &bytes, bytes.count, 0) }) ?? 0
        return Array(bytes[..<count])
    }
}
