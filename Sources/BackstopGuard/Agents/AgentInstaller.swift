import BackstopCore
import BackstopGit
import BackstopSystem

/// `backstop install --agent NAME` and `uninstall --agent NAME`: Backstop's entries written into
/// (or taken out of) the agent's hook configuration in the repository, everything else in the
/// file kept. A running watcher judges a change that removes or alters those entries as
/// `guard-tamper`, so it is stopped around the change and started again.
public enum AgentInstaller {
    public struct Report: Sendable {
        /// The file, absolute.
        public let path: String
        /// Whether the file changed (false: it already said this).
        public let changed: Bool
        /// Whether uninstall removed the file, which held nothing else.
        public let removed: Bool
        public let restartedWatcher: Int32?
    }

    public static func install(_ dialect: AgentDialect, in repository: RepositoryLocation, binary: String = HookInstaller.currentBinary,
                               configurationFile: String?) throws -> Report {
        let path = repository.root + "/" + AgentHookConfiguration.path(for: dialect)
        let existing = try read(path)
        let updated: JSONValue
        do {
            updated = try AgentHookConfiguration.install(dialect, into: existing, binary: binary)
        } catch {
            throw GuardError("cannot add Backstop's hooks to \(path): \(error)", hint: "fix the file by hand, or move it away and run this again")
        }
        let plugin = repository.root + "/" + OpenCodePlugin.path
        let pluginNeeded = dialect == .opencode && (try? Files.contents(plugin)).flatMap({ $0 }).map { String(decoding: $0, as: UTF8.self) } != OpenCodePlugin.text
        if pluginNeeded, let present = (try? Files.contents(plugin)) ?? nil, !OpenCodePlugin.isBackstop(present) {
            throw GuardError("\(plugin) exists and is not Backstop's plugin", hint: "move it away, then run this again")
        }
        guard updated != existing || pluginNeeded else { return Report(path: path, changed: false, removed: false, restartedWatcher: nil) }
        return try aroundWatcher(repository, configurationFile: configurationFile, restart: true) {
            try write(updated, to: path)
            if pluginNeeded { try writeText(OpenCodePlugin.text, to: plugin) }
            return Report(path: path, changed: true, removed: false, restartedWatcher: nil)
        }
    }

    /// Takes Backstop's entries out; the watcher, which would put them back, is stopped and stays
    /// stopped, as with `backstop uninstall`.
    public static func uninstall(_ dialect: AgentDialect, in repository: RepositoryLocation) throws -> (report: Report, stoppedWatcher: Int32?) {
        let path = repository.root + "/" + AgentHookConfiguration.path(for: dialect)
        guard let existing = try read(path), !AgentHookConfiguration.entries(dialect, in: existing).isEmpty else {
            return (Report(path: path, changed: false, removed: false, restartedWatcher: nil), nil)
        }
        let stopped = try WatcherRegistration.stop(repository)?.pid
        let plugin = repository.root + "/" + OpenCodePlugin.path
        if dialect == .opencode, OpenCodePlugin.isBackstop((try? Files.contents(plugin)) ?? nil) {
            do { try Files.remove(plugin) } catch { throw GuardError("cannot remove \(plugin): \(error.reason)") }
        }
        let updated: JSONValue
        do {
            updated = try AgentHookConfiguration.uninstall(dialect, from: existing)
        } catch {
            throw GuardError("cannot take Backstop's hooks out of \(path): \(error)")
        }
        if AgentHookConfiguration.isEmpty(updated) {
            do { try Files.remove(path) } catch { throw GuardError("cannot remove \(path): \(error.reason)") }
            return (Report(path: path, changed: true, removed: true, restartedWatcher: nil), stopped)
        }
        try write(updated, to: path)
        return (Report(path: path, changed: true, removed: false, restartedWatcher: nil), stopped)
    }

    /// The file's document; nil when there is none. A file that is not JSON is an error naming it.
    public static func read(_ path: String) throws -> JSONValue? {
        let bytes: [UInt8]?
        do { bytes = try Files.contents(path) } catch { throw GuardError("cannot read \(path): \(error.reason)") }
        guard let bytes else { return nil }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return nil }
        return try StrictJSONReader.read(bytes, source: path).value
    }

    private static func write(_ document: JSONValue, to path: String) throws {
        try writeText(document.rendered() + "\n", to: path)
    }

    private static func writeText(_ text: String, to path: String) throws {
        let folder = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
        do {
            try Files.makeDirectories(folder)
            try Files.writeAtomically(Array(text.utf8), to: path, permissions: 0o644)
        } catch {
            throw GuardError("cannot write \(path): \(error.reason)")
        }
    }

    /// Runs `change` with the watcher stopped, and starts it again after.
    private static func aroundWatcher(_ repository: RepositoryLocation, configurationFile: String?, restart: Bool,
                                      _ change: () throws -> Report) throws -> Report {
        let stopped = try WatcherRegistration.stop(repository)
        let report = try change()
        guard stopped != nil, restart else { return report }
        let pid = try WatcherDaemon.start(repository, configurationFile: configurationFile)
        return Report(path: report.path, changed: report.changed, removed: report.removed, restartedWatcher: pid)
    }
}
