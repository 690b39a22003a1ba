import BackstopCore
import BackstopSystem
import Foundation
import Glibc

/// The inotify backend: one watch per directory of the working tree, a reader thread that drains
/// the kernel's queue into an `EventQueue`, and nothing else. It translates kernel events into
/// `FileEvent`s (names as bytes, paths relative to the root); deciding what they mean is the
/// batcher's and the classifier's job, as in watchman.
public final class InotifyWatcher: EventSource, @unchecked Sendable {
    // The kernel's constants, spelled out: Glibc imports them with mixed integer types.
    static let created: UInt32 = 0x100, deleted: UInt32 = 0x200, deletedSelf: UInt32 = 0x400, movedSelf: UInt32 = 0x800
    static let modified: UInt32 = 0x2, attributes: UInt32 = 0x4, closedWrite: UInt32 = 0x8
    static let movedFrom: UInt32 = 0x40, movedTo: UInt32 = 0x80, overflow: UInt32 = 0x4000, ignored: UInt32 = 0x8000
    static let isDirectory: UInt32 = 0x4000_0000, onlyDirectory: UInt32 = 0x0100_0000, dontFollow: UInt32 = 0x0200_0000, excludeUnlinked: UInt32 = 0x0400_0000
    static let mask = created | deleted | deletedSelf | movedSelf | modified | attributes | closedWrite | movedFrom | movedTo
        | onlyDirectory | dontFollow | excludeUnlinked

    public let root: String
    private let queue = EventQueue()
    /// Folders not to watch or descend into (ignored folders, most of `.git`).
    private let isExcluded: @Sendable (RepositoryPath) -> Bool
    private let descriptor: Int32
    /// Requests to the reader thread, one byte each: stop, or walk the tree again.
    private let requestPipe: [Int32]
    // Touched only by the thread that called `init` (before `start`) and then the reader thread.
    private var paths: [Int32: RepositoryPath] = [:]
    private var watches: [RepositoryPath: Int32] = [:]
    private let statistics = NSLock()
    private var watchCountValue = 0
    private var watchFailure: SystemError?
    private var unreadable: [SystemError] = []
    private var reader: Thread?
    /// Runs before each read of the kernel's queue: tests slow the reader down with it to make the
    /// queue overflow for real.
    public var beforeEachRead: (@Sendable () -> Void)?

    /// Sets up watches over the tree below `root`, adding each directory's watch before listing it,
    /// so nothing created meanwhile is missed.
    public init(root: String, isExcluded: @escaping @Sendable (RepositoryPath) -> Bool) throws(SystemError) {
        self.root = root
        self.isExcluded = isExcluded
        descriptor = try retryingInterrupts("inotify_init1") { inotify_init1(Int32(IN_CLOEXEC)) }
        var ends: [Int32] = [0, 0]
        try retryingInterrupts("pipe") { pipe(&ends) }
        requestPipe = ends
        var discovered: [FileEvent] = []
        watchTree(RepositoryPath(bytes: []), reportingInto: &discovered, reportFiles: false)
    }

    /// Watches one folder outside the tree as well (not below it), reporting its events as paths
    /// under `label`: the user's configuration folder, which guards the tree too. False when the
    /// folder cannot be watched.
    @discardableResult
    public func watchOutside(_ folder: String, as label: RepositoryPath) -> Bool {
        let watch = inotify_add_watch(descriptor, folder, Self.mask)
        guard watch >= 0 else { return false }
        if paths[watch] == nil { statistics.withLock { watchCountValue += 1 } }
        paths[watch] = label
        return true
    }

    deinit {
        Glibc.close(descriptor)
        Glibc.close(requestPipe[0])
        Glibc.close(requestPipe[1])
    }

    /// Directories watched now.
    public var watchCount: Int { statistics.withLock { watchCountValue } }

    /// The first watch that could not be added (`ENOSPC`: out of `fs.inotify.max_user_watches`);
    /// what it would have seen is reported as an overflow, so the watcher rescans.
    public var firstWatchFailure: SystemError? { statistics.withLock { watchFailure } }

    /// Folders that could not be watched because they cannot be read (`EACCES`), in the order met.
    /// Rescanning would not see into them either, so they are only reported.
    public var unreadableFolders: [SystemError] { statistics.withLock { unreadable } }

    public func start() {
        let thread = Thread { [self] in readLoop() }
        thread.name = "backstop-inotify"
        reader = thread
        thread.start()
    }

    public func stop() {
        var byte = Self.stopRequest
        _ = write(requestPipe[1], &byte, 1)
    }

    public func close() { queue.close() }
    public var isClosed: Bool { queue.isClosed }
    public func wait(until deadline: Int64?) { queue.wait(until: deadline) }
    public func take() -> [FileEvent] { queue.take() }

    public func fence(cookie: RepositoryPath, timeoutMilliseconds: Int64) -> (before: [FileEvent], after: [FileEvent]) {
        let file = root + "/" + cookie.description
        guard (try? Files.touch(file)) != nil else { return (queue.take(), []) }
        defer { try? Files.remove(file) }
        let deadline = MonotonicClock.milliseconds() + timeoutMilliseconds
        var before: [FileEvent] = []
        var after: [FileEvent] = []
        var seen = false
        while !seen, !queue.isClosed, MonotonicClock.milliseconds() < deadline {
            for event in take(until: deadline) {
                if event.path == cookie { seen = true }
                if seen { after.append(event) } else { before.append(event) }
            }
        }
        return (before, after)
    }

    /// Asks the reader to walk the tree again, watching folders that `isExcluded` no longer
    /// excludes (a `.gitignore` changed), and to report an overflow, so that the whole tree is
    /// rescanned once the walk is done. Safe from any thread.
    public func rewatch() {
        var byte = Self.rewatchRequest
        _ = write(requestPipe[1], &byte, 1)
    }

    private static let stopRequest: UInt8 = 1, rewatchRequest: UInt8 = 2

    // MARK: Reading

    private func readLoop() {
        let capacity = 256 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: MemoryLayout<inotify_event>.alignment)
        defer { buffer.deallocate() }
        var polled = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0), pollfd(fd: requestPipe[0], events: Int16(POLLIN), revents: 0)]
        while true {
            if poll(&polled, 2, -1) < 0 {
                if errno == EINTR { continue }
                queue.append([FileEvent(.overflow, RepositoryPath(bytes: []))])
                return
            }
            if polled[1].revents != 0 {
                var request: UInt8 = 0
                guard read(requestPipe[0], &request, 1) == 1, request == Self.rewatchRequest else { return }
                var events = [FileEvent(.overflow, RepositoryPath(bytes: []))]
                watchTree(RepositoryPath(bytes: []), reportingInto: &events, reportFiles: false)
                queue.append(events)
                continue
            }
            beforeEachRead?()
            let count = read(descriptor, buffer, capacity)
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                queue.append([FileEvent(.overflow, RepositoryPath(bytes: []))])
                return
            }
            queue.append(translate(UnsafeRawBufferPointer(start: buffer, count: count)))
        }
    }

    private func translate(_ raw: UnsafeRawBufferPointer) -> [FileEvent] {
        var events: [FileEvent] = []
        var offset = 0
        let header = 16
        while offset + header <= raw.count {
            let watch = raw.loadUnaligned(fromByteOffset: offset, as: Int32.self)
            let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
            let cookie = raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)
            let length = Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            let nameBytes = raw[(offset + header)..<min(offset + header + length, raw.count)]
            let name = Array(nameBytes.prefix { $0 != 0 })
            offset += header + length
            if mask & Self.overflow != 0 {
                events.append(FileEvent(.overflow, RepositoryPath(bytes: [])))
                // Folders created while events were being dropped have no watch yet: walk the tree
                // again (a folder already watched keeps its watch).
                watchTree(RepositoryPath(bytes: []), reportingInto: &events, reportFiles: false)
                continue
            }
            guard let folder = paths[watch] else { continue }
            if mask & Self.ignored != 0 {
                forget(watch)
                continue
            }
            if name.isEmpty { continue }  // events about the watched folder itself
            let path = folder.appending(name)
            let isFolder = mask & Self.isDirectory != 0
            if mask & Self.created != 0 {
                events.append(FileEvent(.created, path, isDirectory: isFolder))
                if isFolder { watchTree(path, reportingInto: &events, reportFiles: true) }
            }
            if mask & Self.movedTo != 0 {
                events.append(FileEvent(.movedTo(cookie: cookie), path, isDirectory: isFolder))
                if isFolder { watchTree(path, reportingInto: &events, reportFiles: true) }
            }
            if mask & Self.modified != 0 { events.append(FileEvent(.modified, path, isDirectory: isFolder)) }
            if mask & Self.attributes != 0 { events.append(FileEvent(.attributesChanged, path, isDirectory: isFolder)) }
            if mask & Self.closedWrite != 0 { events.append(FileEvent(.written, path)) }
            if mask & Self.movedFrom != 0 {
                events.append(FileEvent(.movedFrom(cookie: cookie), path, isDirectory: isFolder))
                // Its watches now see a folder elsewhere (perhaps outside the tree); a move back in
                // is watched afresh as a new folder.
                if isFolder { unwatchTree(path) }
            }
            if mask & Self.deleted != 0 { events.append(FileEvent(.deleted, path, isDirectory: isFolder)) }
        }
        return events
    }

    // MARK: Watches

    /// Watches `top` and every folder below it that is not excluded: the watch first, then the
    /// listing, so a file created in between is seen by one or the other. With `reportFiles`, what
    /// the listing finds is reported as created (a new folder filled before its watch existed).
    private func watchTree(_ top: RepositoryPath, reportingInto events: inout [FileEvent], reportFiles: Bool) {
        var pending = [top]
        while let folder = pending.popLast() {
            guard folder.bytes.isEmpty || !isExcluded(folder) else { continue }
            let cPath = folder.cString(under: root)
            let watch = inotify_add_watch(descriptor, cPath, Self.mask)
            if watch < 0 {
                let code = errno
                if code == ENOSPC || code == ENOMEM {
                    statistics.withLock {
                        if watchFailure == nil {
                            watchFailure = SystemError(call: "inotify_add_watch", errno: code, path: root + "/" + folder.description,
                                                       hint: "raise the limit, e.g. sysctl fs.inotify.max_user_watches=524288; "
                                                           + "until then Backstop rescans the tree every few seconds")
                        }
                    }
                    events.append(FileEvent(.overflow, folder))
                } else if code == EACCES {
                    let path = root + "/" + folder.description
                    statistics.withLock {
                        // An overflow walks the tree again: each folder is reported once.
                        guard !unreadable.contains(where: { $0.path == path }) else { return }
                        unreadable.append(SystemError(call: "inotify_add_watch", errno: code, path: path,
                                                      hint: "a folder this user cannot read: changes inside it are not seen, "
                                                          + "and snapshots keep its files as they last were"))
                    }
                }
                continue  // gone already, or not a folder: nothing to watch
            }
            if let old = watches[folder], old != watch { paths[old] = nil }
            if paths[watch] == nil { statistics.withLock { watchCountValue += 1 } }
            paths[watch] = folder
            watches[folder] = watch
            for (name, kind) in DirectoryListing.entries(of: cPath) ?? [] {
                let path = folder.appending(name)
                if kind == .directory {
                    if reportFiles { events.append(FileEvent(.created, path, isDirectory: true)) }
                    pending.append(path)
                } else if reportFiles {
                    events.append(FileEvent(.created, path))
                }
            }
        }
    }

    private func unwatchTree(_ top: RepositoryPath) {
        for (folder, watch) in watches where folder.isWithin(top) {
            inotify_rm_watch(descriptor, watch)
            forget(watch)
        }
    }

    private func forget(_ watch: Int32) {
        guard let folder = paths.removeValue(forKey: watch) else { return }
        if watches[folder] == watch { watches[folder] = nil }
        statistics.withLock { watchCountValue -= 1 }
    }
}
