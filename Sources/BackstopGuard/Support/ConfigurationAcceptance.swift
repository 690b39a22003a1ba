import BackstopCore
import BackstopGit
import BackstopSystem
import Foundation

/// Which configuration files a person made: a file whose content a person accepted with
/// `backstop config --accept` (its SHA-256 recorded beside the stores outside the trees, not in any
/// repository), or the team's `.backstop.json` as HEAD commits it. What a file no person made
/// loosens is ignored (`EffectiveConfiguration`), so writing a file switches no check off.
public enum ConfigurationAcceptance {
    /// The record: one `SHA256 PATH` line per accepted file content.
    static var recordPath: String { (OutsideStore.baseDirectory as NSString).deletingLastPathComponent + "/accepted-configurations" }

    /// Whether a person made this content of the file at `path`. `committedIn` names the working
    /// tree whose HEAD may hold the same content (the team's file).
    public static func isAccepted(_ bytes: [UInt8], path: String, committedIn root: String? = nil) -> Bool {
        if let root, let committed = try? CommittedFile.contents((path as NSString).lastPathComponent, at: "HEAD", in: root), committed == bytes {
            return true
        }
        let line = SHA256.hexDigest(bytes) + " " + path
        let record = (try? Files.contents(recordPath)).flatMap { $0 }.map { String(decoding: $0, as: UTF8.self) } ?? ""
        return record.split(separator: "\n").contains { $0 == line }
    }

    /// Records that a person accepted the file's current content.
    public static func accept(_ bytes: [UInt8], path: String) throws {
        guard !isAccepted(bytes, path: path) else { return }
        try Files.makeDirectories((recordPath as NSString).deletingLastPathComponent)
        try Files.append(Array((SHA256.hexDigest(bytes) + " " + path + "\n").utf8), to: recordPath, permissions: 0o600)
    }
}
