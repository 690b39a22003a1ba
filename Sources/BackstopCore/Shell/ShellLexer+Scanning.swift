/// Finding where a nested construct ends without reading it yet: the inside of `$(...)` is read
/// later, as a script of its own, with the variables known at that point.
extension ShellLexer {
    /// The index of the `)` closing a parenthesis opened just before `start`, skipping quotes,
    /// escapes, comments and nested substitutions; nil when it is never closed.
    func closingParenthesis(from start: Int) -> Int? {
        closing(")", from: start)
    }

    /// The index of the `}` closing `${`.
    func closingBrace(from start: Int) -> Int? {
        closing("}", from: start)
    }

    /// One scan for both: a parenthesis also skips backticks and comments, where inside `${...}` a
    /// `#` is an operator (`${#var}`, `${var#prefix}`) and a nested `$(...)` is skipped whole.
    private func closing(_ close: Unicode.Scalar, from start: Int) -> Int? {
        let isParenthesis = close == ")"
        let open: Unicode.Scalar = isParenthesis ? "(" : "{"
        var depth = 1
        var index = start
        while let character = scalar(at: index) {
            switch character {
            case "\\":
                index += 2
                continue
            case "'":
                guard let end = scalars[(index + 1)...].firstIndex(of: "'") else { return nil }
                index = end + 1
                continue
            case "\"":
                guard let end = afterDoubleQuoted(from: index + 1) else { return nil }
                index = end
                continue
            case "`" where isParenthesis:
                guard let end = closingBacktick(from: index + 1) else { return nil }
                index = end + 1
                continue
            case "#" where isParenthesis && (index == start || " \t\n;(".unicodeScalars.contains(scalars[index - 1])):
                while let character = scalar(at: index), character != "\n" { index += 1 }
                continue
            case "(" where !isParenthesis && index > 0 && scalars[index - 1] == "$":
                guard let end = closingParenthesis(from: index + 1) else { return nil }
                index = end + 1
                continue
            case open:
                depth += 1
            case close:
                depth -= 1
                if depth == 0 { return index }
            default:
                break
            }
            index += 1
        }
        return nil
    }

    /// The index just after the `"` closing a double-quoted string that starts at `start`.
    func afterDoubleQuoted(from start: Int) -> Int? {
        var index = start
        while let character = scalar(at: index) {
            switch character {
            case "\\":
                index += 2
            case "\"":
                return index + 1
            case "`":
                guard let end = closingBacktick(from: index + 1) else { return nil }
                index = end + 1
            case "(" where index > start && scalars[index - 1] == "$":
                guard let end = closingParenthesis(from: index + 1) else { return nil }
                index = end + 1
            case "{" where index > start && scalars[index - 1] == "$":
                guard let end = closingBrace(from: index + 1) else { return nil }
                index = end + 1
            default:
                index += 1
            }
        }
        return nil
    }

    func closingBacktick(from start: Int) -> Int? {
        var index = start
        while let character = scalar(at: index) {
            if character == "\\" {
                index += 2
            } else if character == "`" {
                return index
            } else {
                index += 1
            }
        }
        return nil
    }

    /// Decodes `$'...'` (bash's ANSI-C quoting) starting at the `$`; nil when it is never closed.
    mutating func readANSIString() -> String? {
        var decoded = String.UnicodeScalarView()
        var index = position + 2
        while let character = scalar(at: index) {
            if character == "'" {
                position = index + 1
                return String(decoded)
            }
            guard character == "\\", let next = scalar(at: index + 1) else {
                decoded.append(character)
                index += 1
                continue
            }
            index += 2
            let simple: [Unicode.Scalar: UInt32] = ["n": 10, "t": 9, "r": 13, "a": 7, "b": 8, "e": 27, "E": 27, "f": 12, "v": 11,
                                                    "\\": 92, "'": 39, "\"": 34, "?": 63]
            if let value = simple[next], let scalar = Unicode.Scalar(value) {
                decoded.append(scalar)
            } else if next == "x" || next == "u" || next == "U" || ("0"..."7").contains(next) {
                let octal = ("0"..."7").contains(next)
                if octal { index -= 1 }
                let limit = octal ? 3 : next == "x" ? 2 : next == "u" ? 4 : 8
                var digits = ""
                while digits.count < limit, let digit = scalar(at: index), octal ? ("0"..."7").contains(digit) : digit.properties.isASCIIHexDigit {
                    digits.unicodeScalars.append(digit)
                    index += 1
                }
                if let value = UInt32(digits, radix: octal ? 8 : 16), let scalar = Unicode.Scalar(value) {
                    decoded.append(scalar)
                } else {
                    decoded.append("\\")
                    decoded.append(next)
                }
            } else if next == "c", let control = scalar(at: index) {
                if let scalar = Unicode.Scalar(control.value & 0x1F) { decoded.append(scalar) }
                index += 1
            } else {
                decoded.append("\\")
                decoded.append(next)
            }
        }
        return nil
    }
}
