import BackstopCore
import BackstopGit
import BackstopSystem
import Foundation

/// Which configuration files a person made: a file whose content a person accepted with
/// `backstop config --accept` (its SHA-256 recorded beside the stores outside the trees, not in any
/// repository), or the team's `.backstop.json` as HEAD commits it. What a file no person made
/// loosens is ignored (`EffectiveConfiguration`), so writing a file switches no check off.
public enum ConfigurationAcceptance {
    /// The user file: `$XDG_CONFIG_HOME/backstop/config.json`, else `~/.config/backstop/config.json`.
    public static func userFilePath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let base = environment["XDG_CONFIG_HOME"], !base.isEmpty { return base + "/backstop/config.json" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/backstop/config.json"
    }

    /// Whether this content of the user file is one the guards may not simply take: it loosens a
    /// check and no person accepted it, or it is no configuration at all.
    public static func isUnacceptedLoosening(_ bytes: [UInt8], path: String) -> Bool {
        guard let layer = try? ConfigurationLayer.parse(Data(bytes), source: path, mayLock: true) else { return true }
        return !layer.loosenedKeys.isEmpty && !isAccepted(bytes, path: path)
    }

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
