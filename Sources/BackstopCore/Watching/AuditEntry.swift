import Foundation

/// One line of the audit log (`.git/backstop/log.jsonl`): an action the watcher judged, or the
/// watcher starting or stopping. Paths are sampled and evidence names rules and paths, never a
/// secret: findings carry only redacted excerpts.
public struct AuditEntry: Codable, Sendable, Equatable {
    public enum Event: String, Codable, Sendable {
        case start, stop, action, error
        /// An action the watcher failed to judge, even after healing: what it changed was neither
        /// checked nor snapshotted. `watch --sync` exits 3 and `status` 1 until an action succeeds.
        case unjudged
        /// Refs moved or deleted in a way that loses commits: each kept under
        /// `refs/backstop/journal/`, with the command that brings it back.
        case journal
        /// Work files snapshots leave out (larger than `snapshots.maxFileBytes`, unreadable), named
        /// when they appear and when they are deleted, since nothing can bring those back.
        case leftOut
        /// A push went around every check (no hook, no push helper: `git -c remote.NAME.pushurl=...`,
        /// a hooks folder of its own) and carried a secret to a remote, as the remote-tracking ref it
        /// moved shows. The secret must be rotated; `status` says so until a person runs
        /// `backstop leaks --rotated`.
        case leak
        /// A person said the leaked secrets were rotated.
        case rotated
        /// The watcher reached a sync cookie (`.git/backstop-sync-NAME`) with every action before it
        /// judged: how scripts and tests wait for the watcher without sleeping.
        case sync
        /// A commit a hook judged (pre-commit, commit-msg): logged when blocked.
        case commit
        /// A push the pre-push hook judged: logged when blocked.
        case push
        /// An agent's hook reported rollbacks to the agent, or denied a tool call: which agent,
        /// session and tool call (`agent`, `session`, `toolCallID`), and what it was told.
        case agent
    }

    /// One finding behind a hook's verdict: the rule, where, and the secret redacted.
    public struct FindingRecord: Codable, Sendable, Equatable {
        public let rule: String
        public let place: String
        public let redacted: String
        public let fingerprint: String

        public init(_ finding: Finding) {
            rule = finding.ruleID
            place = finding.place
            redacted = finding.redacted
            fingerprint = finding.fingerprint
        }
    }

    /// One class the classifier gave the action.
    public struct ClassRecord: Codable, Sendable, Equatable {
        public let actionClass: String
        public let verdict: Verdict
        public let evidence: String
        public let paths: [String]

        enum CodingKeys: String, CodingKey {
            case actionClass = "class", verdict, evidence, paths
        }
    }

    /// What the rollback of a blocked action did.
    public struct RollbackRecord: Codable, Sendable, Equatable {
        public let restored: Int
        public let removed: Int
        /// Paths that did not match the snapshot after writing; empty when the rollback is verified.
        public let mismatched: [String]

        public init(restored: Int, removed: Int, mismatched: [String]) {
            self.restored = restored
            self.removed = removed
            self.mismatched = mismatched
        }
    }

    public static let samplePaths = 10
    /// Paths of an action the text log shows; the rest are counted.
    public static let shownPaths = 5

    /// UTC, `2026-11-22T09:30:00Z`.
    public var time: String
    public var event: Event
    public var pid: Int32?
    public var message: String?
    public var created: Int?
    public var modified: Int?
    public var deleted: Int?
    /// Up to `samplePaths` of the paths the action changed.
    public var sample: [String]?
    /// How many paths the action changed, `sample` holding the first of them.
    public var changedPaths: Int?
    public var overflowed: Bool?
    public var classes: [ClassRecord]?
    public var verdict: Verdict?
    /// The snapshot before the action: what a rollback restores from.
    public var before: String?
    /// The snapshot of the action's result (allowed actions) or of the blocked state (blocked ones,
    /// also on `refs/backstop/blocked`, which `backstop undo` puts back).
    public var snapshot: String?
    public var rollback: RollbackRecord?
    /// How many work files snapshots leave out now (on `leftOut` entries).
    public var leftOutTotal: Int?
    /// The hook that judged a commit or push (`pre-commit`, `commit-msg`, `pre-push`).
    public var hook: String?
    /// The findings behind a hook's verdict, redacted.
    public var findings: [FindingRecord]?
    /// The agent whose hook wrote an `agent` entry (`claude`, `codex`, ...).
    public var agent: String?
    /// The agent's session.
    public var session: String?
    /// The tool call the entry is about, when the agent gives its id.
    public var toolCallID: String?

    public init(time: Int64, event: Event) {
        self.time = SnapshotMessage.format(time)
        self.event = event
    }

    /// Fills the action fields: counts of work files, a sample of the changed paths, the classes.
    public mutating func describe(created: Int, modified: Int, deleted: Int, changed: [RepositoryPath], overflowed: Bool,
                                  _ classification: Classification) {
        self.created = created
        self.modified = modified
        self.deleted = deleted
        sample = changed.prefix(Self.samplePaths).map(\.description)
        changedPaths = changed.count
        self.overflowed = overflowed ? true : nil
        classes = classification.findings.map { finding in
            ClassRecord(actionClass: finding.actionClass.rawValue, verdict: finding.verdict, evidence: finding.evidence,
                        paths: finding.paths.prefix(Self.samplePaths).map(\.description))
        }
        verdict = classification.verdict
    }

    /// A commit or push a hook judged: `message` says what (`push to origin`), the classes and the
    /// redacted findings say why.
    public static func hookVerdict(time: Int64, event: Event, hook: String, message: String, _ classification: Classification,
                                   findings: [Finding]) -> AuditEntry {
        var entry = AuditEntry(time: time, event: event)
        entry.hook = hook
        entry.message = message
        entry.classes = classification.reported.map { finding in
            ClassRecord(actionClass: finding.actionClass.rawValue, verdict: finding.verdict, evidence: finding.evidence,
                        paths: finding.paths.prefix(Self.samplePaths).map(\.description))
        }
        entry.verdict = classification.verdict
        entry.findings = findings.isEmpty ? nil : findings.prefix(Self.samplePaths * 5).map(FindingRecord.init)
        return entry
    }

    /// A few lines for a person: the watcher's terminal, `watch --sync`, `status` and `backstop log`.
    /// Paths are quoted as git quotes them, so a file name cannot forge a line.
    public var summary: String {
        switch event {
        case .start, .stop, .error, .sync, .unjudged, .journal, .leftOut, .rotated:
            return "\(time) \(event.rawValue): \(message ?? "")"
        case .agent:
            var text = "\(time) agent \(agent ?? "?") session \(session ?? "?")"
            if let toolCallID { text += " call \(toolCallID)" }
            return text + ": \(message ?? "")"
        case .leak, .commit, .push:
            var text = event == .leak ? "\(time) LEAK: \(message ?? "")"
                : "\(time) \(verdict?.rawValue ?? "allow"): \(message ?? event.rawValue) (\(hook ?? "hook"))"
            for record in classes ?? [] { text += "\n  \(record.actionClass) (\(record.verdict.rawValue)): \(record.evidence)" }
            for finding in findings ?? [] { text += "\n    \(finding.rule) \(finding.place): \(finding.redacted) (\(finding.fingerprint))" }
            return text
        case .action:
            var text = "\(time) \(verdict?.rawValue ?? "allow"):"
            text += " \(created ?? 0) created, \(modified ?? 0) modified, \(deleted ?? 0) deleted"
            if overflowed == true { text += " (events lost: found by rescanning)" }
            if rollback == nil, let snapshot { text += " -> snapshot \(snapshot.prefix(12))" }
            if let paths = shownPaths { text += "\n  paths: " + paths }
            for record in classes ?? [] { text += "\n  \(record.actionClass) (\(record.verdict.rawValue)): \(record.evidence)" }
            if let rollback {
                text += "\n  rolled back: \(rollback.restored) restored, \(rollback.removed) removed"
                text += rollback.mismatched.isEmpty ? ", verified" : "; NOT restored: \(rollback.mismatched.map(PathQuoting.quoted).joined(separator: ", "))"
                if let before { text += ", from snapshot \(before.prefix(12))" }
                if let snapshot {
                    text += "\n  the blocked state is kept as snapshot \(snapshot.prefix(12)) (refs/backstop/blocked); "
                        + "a person at a terminal who means it can run `backstop undo` to keep it"
                }
            }
            if let message { text += "\n  \(message)" }
            return text
        }
    }

    /// Up to `shownPaths` of the sample, quoted, then how many more the action changed.
    var shownPaths: String? {
        guard let sample, !sample.isEmpty else { return nil }
        let shown = sample.prefix(Self.shownPaths)
        let total = max(changedPaths ?? sample.count, sample.count)
        let more = total - shown.count
        return shown.map(PathQuoting.quoted).joined(separator: ", ") + (more > 0 ? ", ... and \(more) more" : "")
    }
}
