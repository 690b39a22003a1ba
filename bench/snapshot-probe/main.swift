// snapshot-probe REPO ROUNDS
//
// Benchmark probe for bench/snapshot.sh, not part of the installed product: times snapshots the way
// a long-lived process (the watcher) takes them. It opens one SnapshotStore on REPO with
// writesIndexLazily, takes a warm-up whole-tree snapshot, then for each of ROUNDS rounds:
//   (a) rewrites 10 tracked files and times `take(paths: those 10)`      (path-limited)
//   (b) rewrites 10 other tracked files and times `take(paths: nil)`      (whole tree)
// Files are picked deterministically from `git ls-files`, spread over the tree, never the same file
// twice in one run; each rewrite keeps the file's text and appends one line, so content changes.
// Every timed snapshot must be a new one (created), or the probe fails. Times come from
// clock_gettime(CLOCK_MONOTONIC) around `take` alone. Prints `key value` lines (times in ms):
//   files, rounds, open_ms, warmup_ms, path_limited_{median,p90,min,max}_ms, whole_tree_{...}_ms,
//   and path_limited_all_ms / whole_tree_all_ms: every round's time, in order, comma-separated
// It leaves the rewritten files changed; the caller resets the repository.

import BackstopCore
import BackstopGit
import BackstopSystem
import Foundation

/// Milliseconds on the monotonic clock, to the microsecond.
func monotonicMilliseconds() -> Double {
    Double(MonotonicClock.nanoseconds()) / 1_000_000
}

/// The value at `fraction` (0.5 = median) of sorted `values`, by nearest rank; 0 when empty.
func percentile(_ values: [Double], _ fraction: Double) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    if fraction == 0.5, sorted.count % 2 == 0 {
        return (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
    let rank = Int((fraction * Double(sorted.count - 1)).rounded())
    return sorted[min(max(rank, 0), sorted.count - 1)]
}

struct ProbeFailure: Error, CustomStringConvertible {
    let description: String
}

/// Appends a line to each file (repository-relative paths under `root`).
func rewrite(_ paths: [String], root: String, round: Int) throws {
    for path in paths {
        let url = URL(fileURLWithPath: root + "/" + path)
        var data = try Data(contentsOf: url)
        data.append(contentsOf: Array("# snapshot-probe round \(round) \(path)\n".utf8))
        try data.write(to: url)
    }
}

func printStats(_ name: String, _ times: [Double]) {
    print("\(name)_median_ms \(String(format: "%.3f", percentile(times, 0.5)))")
    print("\(name)_p90_ms \(String(format: "%.3f", percentile(times, 0.9)))")
    print("\(name)_min_ms \(String(format: "%.3f", times.min() ?? 0))")
    print("\(name)_max_ms \(String(format: "%.3f", times.max() ?? 0))")
    print("\(name)_all_ms \(times.map { String(format: "%.1f", $0) }.joined(separator: ","))")
}

func probe(repository: String, rounds: Int) throws {
    let perBatch = 10
    let opened = monotonicMilliseconds()
    let location = try RepositoryLocation.locate(from: repository)
    let store = try SnapshotStore(location: location, settings: Configuration.defaults.snapshots)
    store.writesIndexLazily = true
    let openMilliseconds = monotonicMilliseconds() - opened

    // The generated repository is clean, so its work files are its tracked files.
    let tracked = try WorkFileList.paths(in: location.root).filter { !$0.hasPrefix(".") }
    let needed = rounds * 2 * perBatch
    guard needed <= tracked.count else {
        throw ProbeFailure(description: "\(rounds) rounds need \(needed) distinct files; \(repository) tracks \(tracked.count)")
    }
    // Batch b (0 = round 0's path-limited one, 1 = its whole-tree one, ...) takes file k of the batch
    // from position (k * batches + b) of `needed` evenly spaced positions: spread over the tree.
    let batches = rounds * 2
    func batch(_ number: Int) -> [String] {
        (0..<perBatch).map { file in tracked[(file * batches + number) * tracked.count / needed] }
    }

    let warm = monotonicMilliseconds()
    _ = try store.take(reason: "snapshot-probe warm-up", paths: nil)
    let warmupMilliseconds = monotonicMilliseconds() - warm

    var pathLimited: [Double] = []
    var wholeTree: [Double] = []
    for round in 0..<rounds {
        let scoped = batch(round * 2)
        try rewrite(scoped, root: location.root, round: round)
        var start = monotonicMilliseconds()
        let first = try store.take(reason: "snapshot-probe path-limited \(round)", paths: scoped.map(RepositoryPath.init))
        pathLimited.append(monotonicMilliseconds() - start)
        guard first.created else { throw ProbeFailure(description: "round \(round): the path-limited snapshot saw no change") }

        try rewrite(batch(round * 2 + 1), root: location.root, round: round)
        start = monotonicMilliseconds()
        let second = try store.take(reason: "snapshot-probe whole tree \(round)", paths: nil)
        wholeTree.append(monotonicMilliseconds() - start)
        guard second.created else { throw ProbeFailure(description: "round \(round): the whole-tree snapshot saw no change") }
    }
    try store.flush()

    print("files \(tracked.count)")
    print("rounds \(rounds)")
    print("open_ms \(String(format: "%.3f", openMilliseconds))")
    print("warmup_ms \(String(format: "%.3f", warmupMilliseconds))")
    printStats("path_limited", pathLimited)
    printStats("whole_tree", wholeTree)
}

let arguments = CommandLine.arguments
guard arguments.count == 3, let rounds = Int(arguments[2]), rounds > 0 else {
    FileHandle.standardError.write(Data("usage: snapshot-probe REPO ROUNDS\n".utf8))
    exit(2)
}
do {
    try probe(repository: arguments[1], rounds: rounds)
} catch {
    FileHandle.standardError.write(Data("snapshot-probe: \(error)\n".utf8))
    exit(1)
}
