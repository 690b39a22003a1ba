/// Word expansion as the shell does it, short of globbing: tilde, parameters, command
/// substitution (its commands are read; the word keeps its text) and field splitting.
extension ShellReading {
    /// The fields a word becomes: unquoted known values are split on blanks; an unquoted value
    /// that is empty leaves no field.
    mutating func fields(of word: ShellWord) -> [String] {
        var fields: [String] = []
        var current = ""
        var hasCurrent = false
        for (index, part) in word.parts.enumerated() {
            switch part {
            case .literal(let text):
                current += index == 0 ? expandTilde(text) : text
                hasCurrent = true
            case .quoted(let text), .arithmetic(let text):
                current += text
                hasCurrent = true
            case .substitution(let script, let text):
                readNested(script, wrapper: nil, base: nil)
                current += text
                hasCurrent = true
            case .parameter(let parameter, let quoted):
                guard let value = resolve(parameter) else {
                    current += parameter.text
                    hasCurrent = true
                    continue
                }
                // `"$@"` is one field per positional parameter: none when there are none.
                if parameter.name == "@", value.isEmpty { continue }
                if quoted && parameter.name != "@" {
                    current += value
                    hasCurrent = true
                    continue
                }
                let pieces = value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
                if value.first.map(Self.isBlank) == true, hasCurrent {
                    fields.append(current)
                    current = ""
                    hasCurrent = false
                }
                for (pieceIndex, piece) in pieces.enumerated() {
                    if pieceIndex > 0 {
                        fields.append(current)
                        current = ""
                    }
                    current += piece
                    hasCurrent = true
                }
                if value.last.map(Self.isBlank) == true, hasCurrent {
                    fields.append(current)
                    current = ""
                    hasCurrent = false
                }
            }
        }
        if hasCurrent { fields.append(current) }
        return fields
    }

    private static func isBlank(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\n"
    }

    /// A word as one text, without field splitting (a redirection's target, a heredoc body).
    mutating func text(of word: ShellWord) -> String {
        var text = ""
        for (index, part) in word.parts.enumerated() {
            switch part {
            case .literal(let piece):
                text += index == 0 ? expandTilde(piece) : piece
            case .quoted(let piece), .arithmetic(let piece):
                text += piece
            case .substitution(let script, let piece):
                readNested(script, wrapper: nil, base: nil)
                text += piece
            case .parameter(let parameter, _):
                text += resolve(parameter) ?? parameter.text
            }
        }
        return text
    }

    /// An assignment's value: no field splitting, and `~` also after each `:` (`PATH=~/bin:~/x`).
    mutating func assignmentValue(_ word: ShellWord) -> String {
        var parts = word.parts
        if case .literal(let first)? = parts.first {
            parts[0] = .literal(first.split(separator: ":", omittingEmptySubsequences: false).map { expandTilde(String($0)) }
                .joined(separator: ":"))
        }
        return text(of: ShellWord([.quoted("")] + parts))
    }

    /// `~` and `~/path` are the home folder when it is known; `~user` stays.
    func expandTilde(_ text: String) -> String {
        guard text == "~" || text.hasPrefix("~/"), let home = environment.variables["HOME"] else { return text }
        return home + text.dropFirst()
    }

    /// A parameter's value, or nil when the reader cannot know it.
    mutating func resolve(_ parameter: ShellParameter) -> String? {
        let value = environment.variables[parameter.name]
        guard let operation = parameter.operation else { return value }
        switch operation {
        case ":-", "-", ":=", "=":
            if let value, !value.isEmpty || !operation.hasPrefix(":") { return value }
            let fallback = parameter.argument.map { text(of: $0) } ?? ""
            if operation.hasSuffix("=") { environment.assign(parameter.name, fallback) }
            return fallback
        case ":+", "+":
            guard let value else { return nil }
            if value.isEmpty && operation == ":+" { return "" }
            return parameter.argument.map { text(of: $0) } ?? ""
        case ":?", "?":
            return value
        case "length":
            return value.map { String($0.count) }
        default:
            return nil
        }
    }
}
