/// A word as written, before expansion: the pieces the lexer cut it into, each remembering whether
/// quotes protected it (quoted text is neither tilde-expanded nor split into fields).
struct ShellWord: Equatable, Sendable {
    var parts: [ShellWordPart]

    init(_ parts: [ShellWordPart] = []) {
        self.parts = parts
    }

    /// The word's text when it is plain unquoted text (`if`, `D=x`), the only form a reserved word
    /// or an assignment's name can take.
    var plainText: String? {
        var text = ""
        for part in parts {
            guard case .literal(let piece) = part else { return nil }
            text += piece
        }
        return text
    }

    /// Quotes taken off but nothing expanded: a heredoc's delimiter.
    var unquotedText: String {
        parts.map { part in
            switch part {
            case .literal(let text), .quoted(let text), .arithmetic(let text): text
            case .parameter(let parameter, _): parameter.text
            case .substitution(_, let text): text
            }
        }.joined()
    }

    var isQuoted: Bool {
        parts.contains { part in
            if case .quoted = part { return true }
            return false
        }
    }
}

/// One piece of a word.
enum ShellWordPart: Equatable, Sendable {
    /// Unquoted text: a leading `~` is the home folder.
    case literal(String)
    /// Text from quotes or a backslash escape, taken as it is.
    case quoted(String)
    /// `$NAME`, `${NAME}`, `${NAME:-word}`; whether it stood inside double quotes (no field splitting).
    case parameter(ShellParameter, quoted: Bool)
    /// `$(...)`, a backtick substitution or `<(...)`/`>(...)`: the inner script, and the text the word
    /// keeps in its place (backticks are kept as `$(...)`).
    case substitution(script: String, text: String)
    /// `$((...))`, kept as written.
    case arithmetic(String)
}

/// A parameter expansion as written.
struct ShellParameter: Equatable, Sendable {
    var name: String
    /// `:-`, `-`, `:=`, `=`, `:+`, `+`, `:?`, `?`, `length` for `${#NAME}`, or `other` for the forms
    /// the reader does not evaluate (`%`, `#`, `/`, substrings, indirection).
    var operation: String?
    var argument: ShellWord?
    /// How it was written, kept when the value is unknown.
    var text: String
}
