/// Paths in text meant for people, quoted as git quotes them (`core.quotePath`, its default): a
/// name with a newline in it cannot forge a line of `backstop log`, and one with a tab or bytes
/// that are not ASCII reads the same as in `git status`. A path that needs nothing is printed as
/// it is; any other is wrapped in double quotes, with `\"`, `\\`, the C escapes `\a \b \t \n \v
/// \f \r`, and every other control byte, DEL and byte from 0x80 up as three octal digits.
/// JSON output carries paths raw: JSON escapes them itself.
public enum PathQuoting {
    /// `bytes` as git would print the path.
    public static func quoted(_ bytes: some Collection<UInt8>) -> String {
        guard bytes.contains(where: needsQuoting) else { return String(decoding: bytes, as: UTF8.self) }
        var text = "\""
        for byte in bytes {
            if let letter = letterEscapes[byte] {
                text += "\\" + letter
            } else if needsQuoting(byte) {
                let octal = String(byte, radix: 8)
                text += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
            } else {
                text.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return text + "\""
    }

    /// A path held as text (a finding's path, a path from git's output), quoted by its UTF-8 bytes.
    public static func quoted(_ path: String) -> String { quoted(path.utf8) }

    private static func needsQuoting(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte >= 0x7F
    }

    private static let letterEscapes: [UInt8: String] = [
        0x07: "a", 0x08: "b", 0x09: "t", 0x0A: "n", 0x0B: "v", 0x0C: "f", 0x0D: "r",
        UInt8(ascii: "\""): "\"", UInt8(ascii: "\\"): "\\",
    ]
}

extension RepositoryPath {
    /// The path as git prints it with `core.quotePath` (see `PathQuoting`): for every path shown
    /// in text. `description` is the path decoded for JSON and comparisons.
    public var quoted: String { PathQuoting.quoted(bytes) }
}
