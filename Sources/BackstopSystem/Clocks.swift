import Glibc

/// Milliseconds on `CLOCK_MONOTONIC`: the batcher's clock, immune to wall-clock changes.
public enum MonotonicClock {
    public static func milliseconds() -> Int64 { nanoseconds() / 1_000_000 }

    public static func nanoseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }
}

/// Seconds since 1970 on the wall clock: what snapshots and the audit log record.
public enum WallClock {
    public static func seconds() -> Int64 { Int64(time(nil)) }
}
