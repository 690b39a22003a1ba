import Glibc

/// Lists the regular files below a folder with readdir, trusting `d_type` and calling lstat only
/// when a file system does not fill it in. Symbolic links are never followed; `.git` folders are
/// left out.
public enum DirectoryWalker {
    /// Paths relative to `root`, in no particular order. An unreadable subfolder is a SystemError.
    public static func regularFiles(under root: String) throws(SystemError) -> [String] {
        var files: [String] = []
        var pending: [String] = [""]
        while let relative = pending.popLast() {
            let folder = relative.isEmpty ? root : root + "/" + relative
            guard let directory = opendir(folder) else {
                throw SystemError(call: "opendir", errno: errno, path: folder, hint: "check the folder's permissions, or leave it out of the scan")
            }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." || name == ".git" { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                var type = entry.pointee.d_type
                if type == UInt8(DT_UNKNOWN) {
                    var status = stat()
                    guard lstat(root + "/" + path, &status) == 0 else { continue }
                    type = (status.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : (status.st_mode & S_IFMT) == S_IFREG ? UInt8(DT_REG) : 0
                }
                if type == UInt8(DT_DIR) {
                    pending.append(path)
                } else if type == UInt8(DT_REG) {
                    files.append(path)
                }
            }
        }
        return files
    }
}
