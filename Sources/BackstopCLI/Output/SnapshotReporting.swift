import BackstopCore
import BackstopGit
import BackstopGuard

/// How commands tell people about snapshots, restores and pruning.
enum SnapshotReporting {
    /// Lists shown in full up to this many lines; the rest are counted.
    static let listLimit = 40

    static func sayRestore(_ report: RestoreReport, verb: String) {
        let plan = report.plan
        let prefix = report.dryRun ? "would be " : ""
        let lists = [("\(prefix)restored", plan.written), ("\(prefix)removed", plan.removed), ("\(prefix)replaced", plan.replaced), ("kept", plan.kept)]
        for (label, items) in lists {
            for item in items.prefix(listLimit) { Terminal.say("  \(label): \(item.path.quoted) (\(item.reason))") }
            if items.count > listLimit { Terminal.say("  \(label): ... and \(items.count - listLimit) more") }
        }
        for path in report.mismatched.prefix(listLimit) {
            Terminal.say("  NOT restored: \(path.quoted) (differs from the snapshot after writing)")
        }
        var summary = "backstop: \(verb) \(report.source.short): \(plan.written.count) restored, \(plan.removed.count) removed, "
            + "\(plan.replaced.count) replaced, \(plan.kept.count) kept"
        if report.dryRun {
            summary = "backstop: dry run, nothing written; from \(report.source.short): \(plan.written.count) to restore, "
                + "\(plan.removed.count) to remove, \(plan.replaced.count) to replace, \(plan.kept.count) kept"
        } else if plan.touched.isEmpty {
            summary = "backstop: the working tree already matches \(report.source.short) here; nothing written"
        } else if let before = report.before {
            summary += "\n  the state before is snapshot \(before.short); `backstop undo` puts it back"
        }
        Terminal.say(summary)
    }

    static func sayPruning(_ report: PruneReport?, settings: SnapshotSettings) {
        guard let report else { return }
        if report.removed > 0 { Terminal.say("backstop: pruned \(report.removed) old snapshots, \(report.kept) kept") }
        if report.snapshotOnlyBytes > settings.diskBudgetBytes {
            Terminal.say("backstop: warning: snapshots hold \(report.snapshotOnlyBytes >> 20) MiB beyond HEAD, over snapshots.diskBudgetBytes "
                         + "(\(settings.diskBudgetBytes >> 20) MiB); shorten snapshots.keep* or raise the budget")
        }
    }

    static func sayMismatch(_ report: RestoreReport) throws -> ExitStatus {
        guard report.mismatched.isEmpty else {
            throw GuardError("\(report.mismatched.count) paths do not match the snapshot after the restore",
                                 hint: "something else is writing to them; run the restore again, or `backstop undo`")
        }
        return .clean
    }
}
