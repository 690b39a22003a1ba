import Foundation

/// Where a shell would find a program: a name with a slash is itself, a bare name the first
/// executable file of that name in PATH's folders, in order.
public enum ProgramSearch {
    public static func find(_ program: String, path: String?) -> String? {
        let candidates = program.contains("/") ? [program] : (path ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/\(program)" }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
