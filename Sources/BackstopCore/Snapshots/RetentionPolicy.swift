/// Which snapshots to keep as they age: every one of the last `keepAllHours`, then the newest of
/// each hour up to `hourlyDays`, then the newest of each day up to `dailyDays`; older ones go. The
/// newest snapshot is always kept, so an idle repository never loses its last state. Hours and days
/// are UTC buckets of the snapshot's time.
public struct RetentionPolicy: Sendable, Equatable {
    public let keepAllHours: Int
    public let hourlyDays: Int
    public let dailyDays: Int

    public init(keepAllHours: Int, hourlyDays: Int, dailyDays: Int) {
        self.keepAllHours = keepAllHours
        self.hourlyDays = hourlyDays
        self.dailyDays = dailyDays
    }

    /// The positions in `times` (seconds since 1970, any order) of the snapshots to keep at `now`.
    public func kept(times: [Int64], now: Int64) -> Set<Int> {
        let hour: Int64 = 3_600
        let day: Int64 = 86_400
        var kept = Set<Int>()
        var newestInBucket: [Int64: Int] = [:]
        for (position, time) in times.enumerated() {
            let age = now - time
            let bucket: Int64
            if age < Int64(keepAllHours) * hour {
                kept.insert(position)
                continue
            } else if age < Int64(hourlyDays) * day {
                bucket = time / hour
            } else if age < Int64(dailyDays) * day {
                // Negative keys keep daily buckets apart from hourly ones.
                bucket = -(time / day) - 1
            } else {
                continue
            }
            if let other = newestInBucket[bucket], times[other] >= time { continue }
            newestInBucket[bucket] = position
        }
        kept.formUnion(newestInBucket.values)
        if let newest = times.indices.max(by: { times[$0] < times[$1] }) { kept.insert(newest) }
        return kept
    }
}
