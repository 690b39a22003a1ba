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
}
