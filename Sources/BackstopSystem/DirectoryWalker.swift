import Glibc

/// Lists the regular files below a folder. Symbolic links are never followed; `.git` folders are
/// left out.
public enum DirectoryWalker {
    /// Paths relative to `root`, in no particular order. An unreadable subfolder is a SystemError.
    public static func regularFiles(under root: String) throws(SystemError) -> [String] {
        var files: [String] = []
        var pending: [String] = [""]
        while let relative = pending.popLast() {
            let folder = relative.isEmpty ? root : root + "/" + relative
            guard let entries = DirectoryListing.entries(of: folder) else {
                throw SystemError(call: "opendir", errno: errno, path: folder, hint: "check the folder's permissions, or leave it out of the scan")
            }
            for (nameBytes, kind) in entries {
                let name = String(decoding: nameBytes, as: UTF8.self)
                if name == ".git" { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                switch kind {
                case .directory: pending.append(path)
                case .regular: files.append(path)
                case .other: break
                }
            }
        }
        return files
    }
}
