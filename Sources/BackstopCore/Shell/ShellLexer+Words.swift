/// Collects a word's parts: runs of plain characters are merged into one literal (or quoted) part.
struct ShellWordBuilder {
    var parts: [ShellWordPart] = []
    var text = ""
    /// Inside double quotes or a heredoc body every plain character is quoted text.
    let quoted: Bool

    mutating func append(_ character: Unicode.Scalar) {
        text.unicodeScalars.append(character)
    }

    mutating func append(_ part: ShellWordPart) {
        flush()
        parts.append(part)
    }

    mutating func flush() {
        guard !text.isEmpty else { return }
        parts.append(quoted ? .quoted(text) : .literal(text))
        text = ""
    }

    mutating func finish() -> [ShellWordPart] {
        flush()
        return parts
    }
}

extension ShellLexer {
    func text(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }

    /// A word up to the first unquoted blank or operator (`stopAtBlanks`) or to the end of the text.
    mutating func readWord(stopAtBlanks: Bool) -> ShellWord {
        var builder = ShellWordBuilder(quoted: false)
        while let character = scalar(at: position), failure == nil {
            let next = scalar(at: position + 1)
            if stopAtBlanks, " \t\n\r;&|()<>".unicodeScalars.contains(character) {
                if (character == "<" || character == ">") && next == "(" {
                    guard let end = closingParenthesis(from: position + 2) else {
                        fail("unterminated process substitution")
                        break
                    }
                    let script = text(position + 2..<end)
                    builder.append(.substitution(script: script, text: "\(character)(\(script))"))
                    position = end + 1
                    continue
                }
                // `names=(a b)`: an array assignment stays one word.
                if character == "(", builder.parts.isEmpty, builder.text.hasSuffix("="), ShellAssignment.isName(builder.text.dropLast()),
                   let end = closingParenthesis(from: position + 1) {
                    builder.text += text(position..<end + 1)
                    position = end + 1
                    continue
                }
                break
            }
            switch character {
            case "\\":
                if next == "\n" {
                    position += 2
                } else if let next {
                    builder.append(.quoted(String(next)))
                    position += 2
                } else {
                    builder.append(character)
                    position += 1
                }
            case "'":
                guard let end = scalars[(position + 1)...].firstIndex(of: "'") else {
                    fail("unterminated single quote")
                    position = scalars.count
                    break
                }
                builder.append(.quoted(text(position + 1..<end)))
                position = end + 1
            case "\"":
                position += 1
                for part in readDoubleQuoted(terminator: "\"") { builder.append(part) }
            case "$":
                readDollar(quoted: false, into: &builder)
            case "`":
                readBacktick(into: &builder)
            default:
                builder.append(character)
                position += 1
            }
        }
        return ShellWord(builder.finish())
    }

    /// The inside of double quotes (or, with no terminator, a heredoc body, where `"` is plain).
    mutating func readDoubleQuoted(terminator: Unicode.Scalar?) -> [ShellWordPart] {
        var builder = ShellWordBuilder(quoted: true)
        let escapable = terminator == nil ? "$`\\\n" : "$`\"\\\n"
        while let character = scalar(at: position), failure == nil {
            if let terminator, character == terminator {
                position += 1
                let parts = builder.finish()
                return parts.isEmpty ? [.quoted("")] : parts
            }
            switch character {
            case "\\":
                let next = scalar(at: position + 1)
                if next == "\n" {
                    position += 2
                } else if let next, escapable.unicodeScalars.contains(next) {
                    builder.append(next)
                    position += 2
                } else {
                    builder.append(character)
                    position += 1
                }
            case "$":
                readDollar(quoted: true, into: &builder)
            case "`":
                readBacktick(into: &builder)
            default:
                builder.append(character)
                position += 1
            }
        }
        if terminator != nil { fail("unterminated double quote") }
        return builder.finish()
    }

    private mutating func readDollar(quoted: Bool, into builder: inout ShellWordBuilder) {
        let next = scalar(at: position + 1)
        switch next {
        case "'" where !quoted:
            guard let decoded = readANSIString() else {
                fail("unterminated $'...' string")
                return
            }
            builder.append(.quoted(decoded))
        case "\"" where !quoted:
            position += 2
            for part in readDoubleQuoted(terminator: "\"") { builder.append(part) }
        case "(":
            guard let end = closingParenthesis(from: position + 2) else {
                fail("unterminated command substitution")
                position = scalars.count
                return
            }
            if scalar(at: position + 2) == "(" && scalar(at: end - 1) == ")" {
                builder.append(.arithmetic(text(position..<end + 1)))
            } else {
                let script = text(position + 2..<end)
                builder.append(.substitution(script: script, text: "$(\(script))"))
            }
            position = end + 1
        case "{":
            guard let end = closingBrace(from: position + 2) else {
                fail("unterminated parameter expansion")
                position = scalars.count
                return
            }
            let inner = text(position + 2..<end)
            builder.append(.parameter(ShellLexer.bracedParameter(inner), quoted: quoted))
            position = end + 1
        case let character? where character == "_" || character.properties.isAlphabetic:
            var end = position + 1
            while let character = scalar(at: end), character == "_" || character.properties.isAlphabetic || ("0"..."9").contains(character) {
                end += 1
            }
            let name = text(position + 1..<end)
            builder.append(.parameter(ShellParameter(name: name, text: "$" + name), quoted: quoted))
            position = end
        case let character? where ("0"..."9").contains(character) || "@*#?$!-".unicodeScalars.contains(character):
            let name = String(character)
            builder.append(.parameter(ShellParameter(name: name, text: "$" + name), quoted: quoted))
            position += 2
        default:
            builder.append("$")
            position += 1
        }
    }

    private mutating func readBacktick(into builder: inout ShellWordBuilder) {
        var index = position + 1
        var script = ""
        while let character = scalar(at: index), character != "`" {
            if character == "\\", let next = scalar(at: index + 1) {
                if !"\\`$".unicodeScalars.contains(next) { script.unicodeScalars.append(character) }
                script.unicodeScalars.append(next)
                index += 2
            } else {
                script.unicodeScalars.append(character)
                index += 1
            }
        }
        guard index < scalars.count else {
            fail("unterminated backtick substitution")
            position = scalars.count
            return
        }
        builder.append(.substitution(script: script, text: "$(\(script))"))
        position = index + 1
    }

    /// `${...}`'s inside: the name, and the operation with its word when the reader evaluates it.
    static func bracedParameter(_ inner: String) -> ShellParameter {
        let text = "${\(inner)}"
        if inner.hasPrefix("#"), inner.count > 1, ShellAssignment.isName(inner.dropFirst()) {
            return ShellParameter(name: String(inner.dropFirst()), operation: "length", text: text)
        }
        var name = String(inner.prefix { $0 == "_" || $0.isLetter || $0.isNumber })
        if name.isEmpty, let first = inner.first, "@*#?$!-".contains(first), first != "!" || inner.count == 1 {
            name = String(first)
        }
        guard !name.isEmpty else { return ShellParameter(name: inner, operation: "other", text: text) }
        let rest = inner.dropFirst(name.count)
        if rest.isEmpty { return ShellParameter(name: name, text: text) }
        for operation in [":-", ":=", ":+", ":?", "-", "=", "+", "?"] where rest.hasPrefix(operation) {
            let argument = ShellLexer.word(String(rest.dropFirst(operation.count)))
            return ShellParameter(name: name, operation: operation, argument: argument, text: text)
        }
        return ShellParameter(name: name, operation: "other", text: text)
    }
}
