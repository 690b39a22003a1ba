import Glibc

/// A folder held open, so the files made in it are made there and nowhere else: every name is
/// looked up relative to it without following a link, and a folder swapped for a link meanwhile
/// fails (`ELOOP`, `ENOTDIR`) instead of being written through.
public final class OpenFolder {
    private let descriptor: Int32
    private let path: String

    /// Opens the folder at `path`, which must be one (a link to one is refused).
    public init(path: String) throws(SystemError) {
        descriptor = try retryingInterrupts("open", path: path) { open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) }
        self.path = path
    }

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit {
        close(descriptor)
    }

    /// The folder `name` in this one, made first (with `0777` less the umask, as git does) when it
    /// is missing.
    public func child(_ name: [UInt8], creating: Bool) throws(SystemError) -> OpenFolder {
        let cName = Self.cString(name)
        func openChild() throws(SystemError) -> OpenFolder {
            let child = try calling("open", name) { openat(descriptor, cName, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) }
            return OpenFolder(descriptor: child, path: path + "/" + String(decoding: name, as: UTF8.self))
        }
        do {
            return try openChild()
        } catch where creating && error.errno == ENOENT {
            do {
                try calling("mkdir", name) { mkdirat(descriptor, cName, 0o777) }
            } catch where error.errno == EEXIST {
                // Made by someone else meanwhile: opening it says whether it is a folder.
            }
            return try openChild()
        }
    }

    /// Makes the file `name`, which must not exist, holding `content`; executable (`0777` less the
    /// umask) or not (`0666` less the umask), as git writes files.
    public func createFile(_ name: [UInt8], content: UnsafeRawBufferPointer, executable: Bool) throws(SystemError) -> StatData {
        let cName = Self.cString(name)
        let file = try calling("open", name) { openat(descriptor, cName, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, executable ? 0o777 : 0o666) }
        defer { close(file) }
        var written = 0
        while written < content.count {
            written += try calling("write", name) { write(file, content.baseAddress.map { $0 + written }, content.count - written) }
        }
        var status = stat()
        try calling("fstat", name) { fstat(file, &status) }
        return StatData(status)
    }

    /// Makes the symbolic link `name`, which must not exist, pointing at `target`.
    public func createLink(_ name: [UInt8], target: [UInt8]) throws(SystemError) -> StatData {
        let cName = Self.cString(name), cTarget = Self.cString(target)
        try calling("symlink", name) { symlinkat(cTarget, descriptor, cName) }
        var status = stat()
        try calling("lstat", name) { fstatat(descriptor, cName, &status, AT_SYMLINK_NOFOLLOW) }
        return StatData(status)
    }

    /// Removes the file or link `name`; one that is gone already is fine.
    public func removeFile(_ name: [UInt8]) throws(SystemError) {
        let cName = Self.cString(name)
        do {
            try calling("unlink", name) { unlinkat(descriptor, cName, 0) }
        } catch where error.errno == ENOENT {
        }
    }

    /// Moves the entry `name` of this folder to `newName` in `target` (same file system), in one
    /// step: a folder moved in appears whole. A folder with entries, or anything but a folder,
    /// already at the new name is not replaced (`ENOTEMPTY`, `ENOTDIR`).
    public func move(_ name: [UInt8], to target: OpenFolder, as newName: [UInt8]) throws(SystemError) {
        let cName = Self.cString(name), cNewName = Self.cString(newName)
        try target.calling("rename", newName) { renameat(descriptor, cName, target.descriptor, cNewName) }
    }

    /// Which file system the folder is on (`st_dev`): a move between two is not possible.
    public func device() throws(SystemError) -> UInt64 {
        var status = stat()
        try retryingInterrupts("fstat", path: path) { fstat(descriptor, &status) }
        return UInt64(status.st_dev)
    }

    /// A system call on the entry `name`, whose full path is spelled out only when it fails (a
    /// restore makes thousands of calls).
    @discardableResult
    private func calling<Result: BinaryInteger>(_ call: String, _ name: [UInt8], _ body: () -> Result) throws(SystemError) -> Result {
        do {
            return try retryingInterrupts(call, body)
        } catch {
            throw SystemError(call: error.call, errno: error.errno, path: path + "/" + String(decoding: name, as: UTF8.self))
        }
    }

    private static func cString(_ bytes: [UInt8]) -> [CChar] {
        bytes.map { CChar(bitPattern: $0) } + [0]
    }
}

/// Folders under one open folder, opened (and made where missing) for paths that come in tree
/// order: the folders of the last path stay open, so the next path in the same folder costs no
/// lookup at all.
public struct FolderChain {
    private var open: [(name: [UInt8], folder: OpenFolder)]

    public init(_ top: OpenFolder) {
        open = [([], top)]
    }

    /// The folder at `components` below the top, made where missing.
    public mutating func folder(_ components: ArraySlice<[UInt8]>) throws(SystemError) -> OpenFolder {
        var kept = 1
        var next = components.startIndex
        while kept < open.count, next < components.endIndex, open[kept].name == components[next] {
            kept += 1
            next += 1
        }
        open.removeSubrange(kept...)
        do {
            for name in components[next...] { open.append((name, try open[open.count - 1].folder.child(name, creating: true))) }
        } catch {
            // A folder that failed is not kept half-open.
            open.removeSubrange(1...)
            throw error
        }
        return open[open.count - 1].folder
    }
}
