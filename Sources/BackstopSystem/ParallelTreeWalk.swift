import Glibc

/// Lists a folder tree and `lstat`s every entry on several threads: on a large tree the time is
/// almost all in the kernel's `lstat`, which one thread does one at a time. Links are never
/// followed; the caller decides, entry by entry, which folders to enter.
public enum ParallelTreeWalk {
    /// A folder that could not be listed.
    public struct Failure: Sendable {
        /// Relative to the root; empty for the root itself.
        public let path: [UInt8]
        public let errno: Int32
    }

    /// Calls `visit` for every entry below `root` but `.` and `..`, with its path relative to
    /// `root` (no leading slash; the buffer is valid during the call only) and its status, from up
    /// to `threads` threads at once; a folder is entered when `visit` returns true for it. An entry
    /// gone between the listing and its `lstat` is left out. Returns the folders that could not be
    /// listed (an empty list: every folder asked for was).
    public static func walk(root: String, threads: Int,
                            visit: @escaping @Sendable (UnsafeBufferPointer<UInt8>, StatData) -> Bool) -> [Failure] {
        let rootDescriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard rootDescriptor >= 0 else { return [Failure(path: [], errno: errno)] }
        defer { close(rootDescriptor) }
        let queue = FolderQueue()
        let workers = max(1, threads)
        ShortLivedThreads.run(workers) { _ in
            var path: [UInt8] = []
            path.reserveCapacity(4_096)
            while let folder = queue.next() {
                var found: [[UInt8]] = []
                let failure = list(folder, under: rootDescriptor, path: &path, found: &found, visit: visit)
                queue.finish(adding: found, failure: failure)
            }
        }
        return queue.failures
    }

    /// Lists one folder, visiting each entry; the folders to enter go to `found`.
    private static func list(_ folder: [UInt8], under rootDescriptor: Int32, path: inout [UInt8], found: inout [[UInt8]],
                             visit: (UnsafeBufferPointer<UInt8>, StatData) -> Bool) -> Failure? {
        let descriptor = folder.isEmpty
            ? openat(rootDescriptor, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            : openat(rootDescriptor, folder.map { CChar(bitPattern: $0) } + [0], O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return Failure(path: folder, errno: errno) }
        guard let directory = fdopendir(descriptor) else {
            let code = errno
            close(descriptor)
            return Failure(path: folder, errno: code)
        }
        defer { closedir(directory) }
        path.removeAll(keepingCapacity: true)
        path.append(contentsOf: folder)
        if !folder.isEmpty { path.append(UInt8(ascii: "/")) }
        let prefixLength = path.count
        var status = stat()
        while let entry = readdir(directory) {
            let isSkipped = withUnsafeBytes(of: entry.pointee.d_name) { name -> Bool in
                guard let start = name.baseAddress?.assumingMemoryBound(to: CChar.self) else { return true }
                let length = strnlen(start, name.count)
                if length == 1 && name[0] == UInt8(ascii: ".") || length == 2 && name[0] == UInt8(ascii: ".") && name[1] == UInt8(ascii: ".") {
                    return true
                }
                guard fstatat(descriptor, start, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return true }
                path.removeSubrange(prefixLength...)
                path.append(contentsOf: UnsafeRawBufferPointer(rebasing: name[0..<length]))
                return false
            }
            if isSkipped { continue }
            let data = StatData(status)
            let enter = path.withUnsafeBufferPointer { visit($0, data) }
            if enter, data.isDirectory { found.append(path) }
        }
        return nil
    }
}

/// The folders still to list, shared by the walk's threads: a worker that finds none waits until
/// another adds some or the last busy one finishes.
private final class FolderQueue: @unchecked Sendable {
    private var pending: [[UInt8]] = [[]]
    private var busy = 0
    private(set) var failures: [ParallelTreeWalk.Failure] = []
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    /// The next folder to list; nil once every folder is listed.
    func next() -> [UInt8]? {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while true {
            if let folder = pending.popLast() {
                busy += 1
                return folder
            }
            if busy == 0 { return nil }
            pthread_cond_wait(condition, mutex)
        }
    }

    func finish(adding folders: [[UInt8]], failure: ParallelTreeWalk.Failure?) {
        pthread_mutex_lock(mutex)
        pending.append(contentsOf: folders)
        if let failure { failures.append(failure) }
        busy -= 1
        if !folders.isEmpty || busy == 0 { pthread_cond_broadcast(condition) }
        pthread_mutex_unlock(mutex)
    }
}
