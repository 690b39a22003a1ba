import BackstopCore
import BackstopGit
import Foundation
import Glibc

/// The audit log, `.git/backstop/log.jsonl`: one JSON object per line, mode 0600, appended with one
/// `write` per entry so a reader never sees half a line from a live watcher.
struct AuditLog {
    let path: String

    init(_ location: RepositoryLocation) {
        path = location.stateDirectory + "/log.jsonl"
    }

    func append(_ entry: AuditEntry) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let line = Array(try encoder.encode(entry)) + [UInt8(ascii: "\n")]
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw CommandFailure("cannot open the audit log \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        // A log created by an older version or another umask is made private again.
        _ = fchmod(descriptor, 0o600)
        let end = lseek(descriptor, 0, SEEK_END)
        let written = write(descriptor, line, line.count)
        guard written == line.count else {
            let failure = written < 0 ? String(cString: strerror(errno)) : "wrote \(written) of \(line.count) bytes"
            // A full disk can stop a write part way: the part is cut off again, or the next entry
            // would be glued to it and neither line would parse. Only the watcher appends.
            if written > 0, end >= 0 { _ = ftruncate(descriptor, end) }
            throw CommandFailure("cannot write the audit log \(path): \(failure)", hint: "is the disk full?")
        }
    }

    /// Every entry, oldest first; lines that do not parse (a crash mid-write on a full disk) are
    /// skipped and counted.
    func entries() throws -> (entries: [AuditEntry], unreadable: Int) {
        guard FileManager.default.fileExists(atPath: path) else { return ([], 0) }
        guard let data = FileManager.default.contents(atPath: path) else { throw CommandFailure("cannot read the audit log \(path)") }
        var entries: [AuditEntry] = []
        var unreadable = 0
        let decoder = JSONDecoder()
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            if let entry = try? decoder.decode(AuditEntry.self, from: Data(line)) { entries.append(entry) } else { unreadable += 1 }
        }
        return (entries, unreadable)
    }
}
