import Foundation

/// One file's side of a patch: what it became and the lines it gained.
public struct PatchFile: Sendable, Equatable {
    public enum Status: Sendable, Equatable { case added, modified, deleted }

    /// The commit the patch belongs to (`git log -p`), nil for a staged diff.
    public var commit: String?
    public var path: String
    public var status: Status
    public var isBinary: Bool
    /// The added lines, each followed by a newline.
    public var addedBytes: [UInt8]
    /// The line number, in the new file, of each added line.
    public var addedLineNumbers: [Int]
    /// The blob id the file had before (deleted) or has after (added and modified), from the
    /// patch's `index OLD..NEW` line; nil when the patch has none.
    public var contentID: String?

    /// The added lines as a fragment for the detector.
    public var fragment: Fragment {
        Fragment(path: path, bytes: addedBytes, lineNumbers: addedLineNumbers, commit: commit)
    }
}

/// Parses `git diff -U0` and `git log -p -U0 --format=%x01%H` output into per-file added lines.
///
/// Only header lines before a file's first hunk are headers: inside a hunk a line is content,
/// however it starts, so an added line reading `+++` or `diff --git` cannot confuse the parser.
public enum UnifiedDiff {
    /// The byte that starts a commit line in the `--format=%x01%H` log format.
    public static let commitMarker: UInt8 = 0x01

    public static func parse(_ bytes: [UInt8]) -> [PatchFile] {
        var files: [PatchFile] = []
        var current: PatchFile?
        var commit: String?
        var inHunk = false
        var nextLine = 0
        var oldPath = ""

        func flush() {
            if let file = current { files.append(file) }
            current = nil
        }

        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            let line = bytes[start..<end]
            start = end + 1

            if line.first == commitMarker {
                flush()
                commit = String(decoding: line.dropFirst(), as: UTF8.self)
                inHunk = false
                continue
            }
            if line.starts(with: Array("diff --git ".utf8)) {
                flush()
                // An empty file has no `---`/`+++` lines: its name comes from this header.
                current = PatchFile(commit: commit, path: headerPath(Array(line.dropFirst(11))) ?? "", status: .modified, isBinary: false,
                                    addedBytes: [], addedLineNumbers: [], contentID: nil)
                oldPath = ""
                inHunk = false
                continue
            }
            guard current != nil else { continue }
            if inHunk {
                switch line.first {
                case UInt8(ascii: "+"):
                    current?.addedBytes += line.dropFirst()
                    current?.addedBytes.append(UInt8(ascii: "\n"))
                    current?.addedLineNumbers.append(nextLine)
                    nextLine += 1
                    continue
                case UInt8(ascii: "-"), UInt8(ascii: "\\"), UInt8(ascii: " "):
                    continue
                default:
                    break
                }
            }
            if line.starts(with: Array("@@ ".utf8)) {
                inHunk = true
                nextLine = newStartLine(line)
            } else if line.starts(with: Array("index ".utf8)) {
                let ids = line.dropFirst(6).prefix { $0 != UInt8(ascii: " ") }.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: true)
                // git writes `new file mode` and `deleted file mode` before this line.
                let deleted = current?.status == .deleted
                if ids.count == 2 { current?.contentID = String(decoding: deleted ? ids[0] : ids[1], as: UTF8.self) }
            } else if line.starts(with: Array("new file mode".utf8)) {
                current?.status = .added
            } else if line.starts(with: Array("deleted file mode".utf8)) {
                current?.status = .deleted
            } else if line.starts(with: Array("Binary files ".utf8)) {
                current?.isBinary = true
                if current?.path.isEmpty == true { current?.path = binaryPath(line) ?? "" }
            } else if line.starts(with: Array("--- ".utf8)) {
                oldPath = stripPrefix(unquote(Array(line.dropFirst(4))))
            } else if line.starts(with: Array("+++ ".utf8)) {
                let newPath = stripPrefix(unquote(Array(line.dropFirst(4))))
                current?.path = newPath == "/dev/null" ? oldPath : newPath
            }
        }
        flush()
        return files
    }

    /// `a/P b/P` (or both quoted) → P, when both sides name the same path, as they do without
    /// rename detection; nil when they differ, and the `+++` line names it.
    private static func headerPath(_ rest: [UInt8]) -> String? {
        guard rest.count >= 5, rest.count % 2 == 1 else { return nil }
        let half = rest.count / 2
        let old = Array(rest[..<half]), new = Array(rest[(half + 1)...])
        guard rest[half] == UInt8(ascii: " ") else { return nil }
        let quoted = old.first == UInt8(ascii: "\"")
        let oldName = unquote(old), newName = unquote(new)
        guard oldName.hasPrefix("a/"), newName.hasPrefix("b/"), oldName.dropFirst(2) == newName.dropFirst(2), quoted == (new.first == UInt8(ascii: "\"")) else { return nil }
        return String(newName.dropFirst(2))
    }

    /// `@@ -a,b +c,d @@` → c.
    private static func newStartLine(_ line: ArraySlice<UInt8>) -> Int {
        guard let plus = line.firstIndex(of: UInt8(ascii: "+")) else { return 1 }
        var value = 0
        var index = plus + 1
        while index < line.endIndex, line[index] >= UInt8(ascii: "0"), line[index] <= UInt8(ascii: "9") {
            value = value * 10 + Int(line[index] - UInt8(ascii: "0"))
            index += 1
        }
        return value
    }

    /// `Binary files a/x and b/y differ` → y (or x when y is /dev/null). Quoted names are not split.
    private static func binaryPath(_ line: ArraySlice<UInt8>) -> String? {
        let text = String(decoding: line, as: UTF8.self)
        guard let and = text.range(of: " and "), text.hasSuffix(" differ") else { return nil }
        let old = String(text["Binary files ".endIndex..<and.lowerBound])
        let new = String(text[and.upperBound..<text.index(text.endIndex, offsetBy: -" differ".count)])
        let chosen = new == "/dev/null" ? old : new
        return stripPrefix(unquote(Array(chosen.utf8)))
    }

    private static func stripPrefix(_ path: String) -> String {
        if path.hasPrefix("a/") || path.hasPrefix("b/") { return String(path.dropFirst(2)) }
        return path
    }

    /// Undoes git's C-style quoting of unusual path names: `"a\tb\303\251"`.
    static func unquote(_ bytes: [UInt8]) -> String {
        var bytes = bytes
        while bytes.last == UInt8(ascii: "\t") || bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        guard bytes.count >= 2, bytes.first == UInt8(ascii: "\""), bytes.last == UInt8(ascii: "\"") else {
            return String(decoding: bytes, as: UTF8.self)
        }
        var output: [UInt8] = []
        var index = 1
        while index < bytes.count - 1 {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < bytes.count - 1 else {
                output.append(byte)
                index += 1
                continue
            }
            let escaped = bytes[index + 1]
            switch escaped {
            case UInt8(ascii: "n"): output.append(0x0A); index += 2
            case UInt8(ascii: "t"): output.append(0x09); index += 2
            case UInt8(ascii: "r"): output.append(0x0D); index += 2
            case UInt8(ascii: "a"): output.append(0x07); index += 2
            case UInt8(ascii: "b"): output.append(0x08); index += 2
            case UInt8(ascii: "f"): output.append(0x0C); index += 2
            case UInt8(ascii: "v"): output.append(0x0B); index += 2
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = 0
                var digits = 0
                while digits < 3, index + 1 + digits < bytes.count - 1,
                      (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[index + 1 + digits]) {
                    value = value * 8 + Int(bytes[index + 1 + digits] - UInt8(ascii: "0"))
                    digits += 1
                }
                output.append(UInt8(truncatingIfNeeded: value))
                index += 1 + digits
            default:
                output.append(escaped)
                index += 2
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
