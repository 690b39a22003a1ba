import Glibc

/// One folder's entries by `readdir`, trusting `d_type` and calling `lstat` only when a file system
/// leaves it unknown. Symbolic links are never followed (a link is `other`); names are bytes.
public enum DirectoryListing {
    public enum Kind: Sendable {
        case directory, regular, other
    }

    public static func entries(of folder: String) -> [(name: [UInt8], kind: Kind)]? {
        entries(of: Array(folder.utf8CString))
    }

    /// The entries of `folder` (a NUL-terminated path) but `.` and `..`; nil, with errno set, when
    /// the folder cannot be opened.
    public static func entries(of folder: [CChar]) -> [(name: [UInt8], kind: Kind)]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var result: [(name: [UInt8], kind: Kind)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                var status = stat()
                let path = Array(folder.dropLast()) + [CChar(bitPattern: UInt8(ascii: "/"))] + name.map { CChar(bitPattern: $0) } + [0]
                guard lstat(path, &status) == 0 else { continue }
                type = (status.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : (status.st_mode & S_IFMT) == S_IFREG ? UInt8(DT_REG) : 0
            }
            result.append((name, type == UInt8(DT_DIR) ? .directory : type == UInt8(DT_REG) ? .regular : .other))
        }
        return result
    }

    /// Whether `folder` can be listed; the failure (`EACCES`: not for this user) when it cannot.
    public static func openingFailure(_ folder: [CChar]) -> SystemError? {
        guard let directory = opendir(folder) else { return SystemError.last("opendir", path: Files.text(folder)) }
        closedir(directory)
        return nil
    }
}
