import Glibc

/// What `lstat` (or `fstat`) says of one file, in the fields git's index keeps as its stat cache:
/// enough to know a file unchanged without reading it.
public struct StatData: Sendable, Equatable {
    public var mode: UInt32
    public var size: Int64
    public var device: UInt64
    public var inode: UInt64
    public var userID: UInt32
    public var groupID: UInt32
    public var modifiedSeconds: Int64
    public var modifiedNanoseconds: Int64
    public var changedSeconds: Int64
    public var changedNanoseconds: Int64

    public var isDirectory: Bool { mode & S_IFMT == S_IFDIR }
    public var isRegular: Bool { mode & S_IFMT == S_IFREG }
    public var isSymbolicLink: Bool { mode & S_IFMT == S_IFLNK }

    init(_ status: stat) {
        mode = status.st_mode
        size = Int64(status.st_size)
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        userID = status.st_uid
        groupID = status.st_gid
        modifiedSeconds = Int64(status.st_mtim.tv_sec)
        modifiedNanoseconds = Int64(status.st_mtim.tv_nsec)
        changedSeconds = Int64(status.st_ctim.tv_sec)
        changedNanoseconds = Int64(status.st_ctim.tv_nsec)
    }

    /// Whether `status` (an `lstat` later) is this same file, unchanged: same identity, size and
    /// modification time, git's test for a file it need not read again.
    public func matches(_ status: FileStatus) -> Bool {
        status.identity == FileIdentity(device: device, inode: inode) && Int64(status.size) == size
            && status.modifiedNanoseconds == modifiedSeconds * 1_000_000_000 + modifiedNanoseconds
    }
}
