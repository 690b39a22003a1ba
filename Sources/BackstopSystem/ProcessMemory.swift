import Glibc

/// glibc's `malloc_trim`, which the Glibc module does not import (it lives in `malloc.h`).
@_silgen_name("malloc_trim")
private func mallocTrim(_ padding: Int) -> Int32

/// The watcher's own memory between actions.
public enum ProcessMemory {
    /// Hands freed heap pages back to the kernel. glibc keeps them after a large action (a rollback
    /// of 10,000 files frees tens of megabytes of arrays), so a watcher that went through one would
    /// otherwise stay that large while it sits idle for hours.
    public static func releaseFreePages() {
        _ = mallocTrim(0)
    }

    /// Lets go of the touched pages of read-only shared mappings of files below `folder`: libgit2
    /// maps a pack file whole and reads it in place, and has no call to close its windows, so after
    /// a rollback tens of megabytes of pack pages would stay counted against the watcher. The pages
    /// are the file's (shared, never written): they stay in the page cache, and the next read
    /// faults them back in. Best effort: a mapping that cannot be let go simply stays.
    public static func releaseMappedPages(below folder: String) {
        guard let maps = try? Files.contents("/proc/self/maps") else { return }
        // The kernel names mapped files by their real path.
        let real = realpath(folder, nil).map { path in
            defer { free(path) }
            return String(cString: path)
        } ?? folder
        let prefix = real.hasSuffix("/") ? real : real + "/"
        for line in String(decoding: maps, as: UTF8.self).split(separator: "\n") {
            // "start-end perms offset device inode path"
            let fields = line.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: true)
            guard fields.count == 6, isReadOnlyShared(fields[1]), fields[5].drop(while: { $0 == " " }).hasPrefix(prefix) else { continue }
            let bounds = fields[0].split(separator: "-").compactMap { UInt(String($0), radix: 16) }
            guard bounds.count == 2, bounds[1] > bounds[0], let start = UnsafeMutableRawPointer(bitPattern: bounds[0]) else { continue }
            _ = madvise(start, Int(bounds[1] - bounds[0]), MADV_DONTNEED)
        }
    }

    /// `r--s`, how libgit2 maps packs: read-only and shared, so every page is the file's. A private
    /// mapping can hold pages this process wrote before making them read-only (a library's
    /// relocated data), which letting go would lose.
    private static func isReadOnlyShared(_ permissions: Substring) -> Bool {
        permissions == "r--s"
    }
}
