import BackstopCore
import BackstopGit
import BackstopSystem
import Foundation

/// The audit log, `.git/backstop/log.jsonl`: one JSON object per line, mode 0600, appended with one
/// `write` per entry so a reader never sees half a line from a live watcher.
public struct AuditLog: Sendable {
    public let path: String

    public init(_ location: RepositoryLocation) {
        path = location.stateDirectory + "/log.jsonl"
    }

    public func append(_ entry: AuditEntry) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let line = Array(try encoder.encode(entry)) + [UInt8(ascii: "\n")]
        do {
            try Files.append(line, to: path, permissions: 0o600)
        } catch {
            throw GuardError("cannot write the audit log \(path): \(error.reason)", hint: "is the disk full?")
        }
    }

    /// Every entry, oldest first; lines that do not parse (a crash mid-write on a full disk) are
    /// skipped and counted.
    public func entries() throws -> (entries: [AuditEntry], unreadable: Int) {
        let data: [UInt8]?
        do {
            data = try Files.contents(path)
        } catch {
            throw GuardError("cannot read the audit log \(path): \(error.reason)")
        }
        guard let data else { return ([], 0) }
        var entries: [AuditEntry] = []
        var unreadable = 0
        let decoder = JSONDecoder()
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            if let entry = try? decoder.decode(AuditEntry.self, from: Data(line)) { entries.append(entry) } else { unreadable += 1 }
        }
        return (entries, unreadable)
    }
}
