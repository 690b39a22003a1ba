import BackstopCore
import BackstopGit
import BackstopSystem

/// `backstop hook agent`: one agent hook call, already translated into a `ToolCall`. Before a
/// tool it gathers the facts and asks `PreToolPolicy`, and drops a sync cookie so the watcher
/// opens an action boundary; after a tool it waits, bounded, for the watcher to judge everything
/// up to now and tells the agent what was rolled back. Reports no call claimed go out with the
/// next answer that can carry them, and at the end of a turn. At session start it starts a
/// watcher when none guards the repository.
public struct AgentHook {
    /// The settings and detector, loaded by the caller from the repository's configuration.
    public struct Settings {
        public let configuration: Configuration
        public let detector: () throws -> SecretDetector
        public let configurationFile: String?

        public init(configuration: Configuration, detector: @escaping () throws -> SecretDetector, configurationFile: String?) {
            self.configuration = configuration
            self.detector = detector
            self.configurationFile = configurationFile
        }
    }

    let dialect: AgentDialect
    let location: RepositoryLocation
    let settings: Settings
    let home: String

    public init(dialect: AgentDialect, location: RepositoryLocation, settings: Settings, home: String) {
        self.dialect = dialect
        self.location = location
        self.settings = settings
        self.home = home
    }

    /// Tools whose effect the watcher sees in the tree: their calls are fenced with a cookie.
    static func changesTree(_ tool: ToolCall.Tool?) -> Bool {
        switch tool {
        case .shell?, .write?, .edit?, .patch?, .mcp?: true
        default: false
        }
    }

    public func answer(_ call: ToolCall) throws -> AgentAnswer {
        let store = try AgentSessionStore(location, session: call.session)
        var state = store.read()
        let log = AuditLog(location)
        let entries = try log.entries().entries
        if state.reportedThrough == nil { state.reportedThrough = entries.count }
        let answer: AgentAnswer
        switch call.event {
        case .beforeTool: answer = try beforeTool(call, state: &state, entries: entries)
        case .afterTool: answer = try afterTool(call, state: &state)
        case .sessionStart: answer = try sessionStart(call, state: &state, entries: entries)
        case .stop: answer = try stop(call, state: &state, entries: entries)
        case .other: answer = .noOpinion
        }
        try store.write(state)
        return answer
    }

    private func beforeTool(_ call: ToolCall, state: inout AgentSessionState, entries: [AuditEntry]) throws -> AgentAnswer {
        state.calls += 1
        let facts = try preToolFacts(tainted: state.tainted)
        let verdict = PreToolPolicy.judge(call, facts: facts)
        if PreToolPolicy.taints(call, facts: facts) { state.tainted = true }
        if case .deny(let rule, _) = verdict.decision { try record(call, "denied before it ran (\(rule))") }
        var cookie: String?
        if Self.changesTree(call.tool), WatcherRegistration.running(location) != nil {
            cookie = "agent-\(CurrentProcess.identifier)-\(MonotonicClock.milliseconds())"
            // Not waited for: the watcher answers it in the log, and the post-tool hook waits.
            try? Files.touch(location.root + "/.git/" + WatcherSync.cookiePrefix + (cookie ?? ""))
        }
        if verdict.decision == .none {
            state.open.append(.init(toolCallID: call.toolCallID, cookie: cookie, logMark: entries.count))
            state.open = Array(state.open.suffix(16))
        }
        // What was rolled back since the last report, when this answer can carry it.
        guard let report = pending(call, state: &state, entries: entries, atCall: true) else { return verdict }
        if dialect.carriesContext(at: .beforeTool) { return AgentAnswer(verdict.decision, context: [verdict.context, report].compactMap { $0 }.joined(separator: "\n\n")) }
        if case .deny = verdict.decision { return verdict }
        // Copilot reads nothing but a deny's reason before a tool: the call waits for the report.
        return AgentAnswer(.deny(rule: "rolled-back", reason: report + "\nThis call was not run; call again once you have re-planned."))
    }

    private func afterTool(_ call: ToolCall, state: inout AgentSessionState) throws -> AgentAnswer {
        let open = state.close(call.toolCallID)
        if let cookie = open?.cookie { try? Files.remove(location.root + "/.git/" + WatcherSync.cookiePrefix + cookie) }
        var problem: String?
        if WatcherRegistration.running(location) != nil {
            do {
                _ = try WatcherSync(location).sync(timeoutMilliseconds: Int64(2 * settings.configuration.maximumActionMilliseconds) + 1_000)
            } catch {
                problem = "backstop could not confirm that the watcher judged this call's effect: \(error). `backstop log` shows what it judged."
            }
        }
        guard dialect.carriesContext(at: call.event) else { return problem.map { AgentAnswer(context: $0) } ?? .noOpinion }
        let entries = try AuditLog(location).entries().entries
        let mark = open.map { max($0.logMark, state.reportedThrough ?? 0) } ?? entries.count
        let report = report(call, state: &state, entries: entries, mark: mark)
        let context = [report, problem].compactMap { $0 }.joined(separator: "\n\n")
        return context.isEmpty ? .noOpinion : AgentAnswer(context: context)
    }

    private func sessionStart(_ call: ToolCall, state: inout AgentSessionState, entries: [AuditEntry]) throws -> AgentAnswer {
        var lines: [String] = []
        if WatcherRegistration.running(location) == nil {
            do {
                let pid = try WatcherDaemon.start(location, configurationFile: settings.configurationFile)
                lines.append("backstop started a watcher for this repository (pid \(pid)): it judges every change to the working tree and rolls "
                             + "back mass deletions, secrets written into work files and changes to its guards; what it rolls back is reported here.")
                try record(call, "started a watcher (pid \(pid)) at session start")
            } catch {
                lines.append("backstop could not start a watcher for this repository: \(error). Changes are not judged until a person starts one "
                             + "(`backstop watch --daemon`).")
            }
        }
        if let report = pending(call, state: &state, entries: entries, atCall: false) { lines.append(report) }
        return lines.isEmpty ? .noOpinion : AgentAnswer(context: lines.joined(separator: "\n\n"))
    }

    private func stop(_ call: ToolCall, state: inout AgentSessionState, entries: [AuditEntry]) throws -> AgentAnswer {
        // A turn already continued once for a report ends now: the report waits for the next call.
        guard !call.stopHookActive, dialect.carriesContext(at: .stop) else { return .noOpinion }
        guard let report = pending(call, state: &state, entries: entries, atCall: false) else { return .noOpinion }
        return AgentAnswer(.continueTurn(reason: report))
    }

    /// Rollbacks logged since the session's last report, all unclaimed by a call.
    private func pending(_ call: ToolCall, state: inout AgentSessionState, entries: [AuditEntry], atCall: Bool) -> String? {
        let since = min(state.reportedThrough ?? entries.count, entries.count)
        guard entries[since...].contains(where: AgentRollbackReport.reportable) else { return nil }
        if !atCall, !dialect.carriesContext(at: call.event) { return nil }
        return report(call, state: &state, entries: entries, mark: entries.count)
    }

    /// The report of what was logged since the last one: entries from `mark` on are this call's.
    /// Moves the session's mark and records what was said in the audit log.
    private func report(_ call: ToolCall, state: inout AgentSessionState, entries: [AuditEntry], mark: Int) -> String? {
        let since = min(state.reportedThrough ?? entries.count, entries.count)
        let split = min(max(mark, since), entries.count)
        state.reportedThrough = entries.count
        let earlier = Array(entries[since..<split]), own = Array(entries[split...])
        let reported = (earlier + own).filter(AgentRollbackReport.reportable)
        guard !reported.isEmpty else { return nil }
        let classes = reported.flatMap { ($0.classes ?? []).filter { $0.verdict == .block }.map(\.actionClass) }
        let repeated = state.recordRollbacks(classes)
        let text = AgentRollbackReport.text(thisCall: own, earlier: earlier, repeated: repeated)
        let times = reported.map(\.time).joined(separator: ", ")
        try? record(call, "told the agent of \(reported.count) rolled-back action(s) (\(times)): \(Set(classes).sorted().joined(separator: ", "))"
                    + (repeated.isEmpty ? "" : "; retried \(repeated.joined(separator: ", ")): a person is needed"))
        return text
    }

    /// An `agent` audit entry: which agent, session and call, and what the hook did.
    private func record(_ call: ToolCall, _ message: String) throws {
        var entry = AuditEntry(time: SnapshotStore.now(), event: .agent)
        entry.agent = dialect.rawValue
        entry.session = call.session
        entry.toolCallID = call.toolCallID
        entry.message = message
        try AuditLog(location).append(entry)
    }

    /// What the pre-tool check knows besides the call.
    private func preToolFacts(tainted: Bool) throws -> PreToolFacts {
        let configuration = settings.configuration
        let allowList = try RemoteAllowList(repository: location)
        var approved: [String: String] = [:]
        for (name, urls) in try Remotes.urls(in: location.root) {
            if let url = urls.first(where: { allowList.allows($0, configured: configuration.allowedRemoteURLs) }) { approved[name] = url }
        }
        let values = try SecretFileValues.read(root: location.root, globs: configuration.secretFiles,
                                               maximumBytes: configuration.snapshots.maximumSecretFileBytes)
        return PreToolFacts(root: location.root, home: home, approvedRemotes: approved, secretFiles: configuration.secretFiles,
                            secretValues: values, detector: try settings.detector(), sessionTainted: tainted, allowedHosts: configuration.agentAllowedHosts)
    }
}
