/// A token of a command line: a word, a control operator (`;`, `&&`, `|`, `(`, a newline as
/// `"\n"`, ...) or a redirection with its target (a heredoc's target is its body).
enum ShellToken: Equatable, Sendable {
    case word(ShellWord)
    case operation(String)
    case redirection(operation: String, target: ShellWord)

    var operation: String? {
        if case .operation(let text) = self { return text }
        return nil
    }

    var plainWord: String? {
        if case .word(let word) = self { return word.plainText }
        return nil
    }
}

/// Cuts a command line into tokens as a POSIX shell does: quotes, escapes, expansions and
/// substitutions stay inside their word, heredoc bodies are read at the end of their line. On a
/// construct left open it stops, keeping the tokens read so far, and names it in `failure`.
struct ShellLexer {
    let scalars: [Unicode.Scalar]
    var position = 0
    var tokens: [ShellToken] = []
    var failure: String?
    private var pendingHeredocs: [PendingHeredoc] = []

    private struct PendingHeredoc {
        let tokenIndex: Int
        let operation: String
        let delimiter: String
        let quoted: Bool
    }

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    static func tokens(of text: String) -> (tokens: [ShellToken], failure: String?) {
        var lexer = ShellLexer(text)
        lexer.run()
        return (lexer.tokens, lexer.failure)
    }

    func scalar(at index: Int) -> Unicode.Scalar? {
        index < scalars.count ? scalars[index] : nil
    }

    mutating func fail(_ reason: String) {
        if failure == nil { failure = reason }
    }

    mutating func run() {
        while position < scalars.count, failure == nil {
            let character = scalars[position]
            let next = scalar(at: position + 1)
            switch character {
            case " ", "\t", "\r":
                position += 1
            case "\\" where next == "\n":
                position += 2
            case "#":
                while position < scalars.count, scalars[position] != "\n" { position += 1 }
            case "\n":
                tokens.append(.operation("\n"))
                position += 1
                readHeredocBodies()
            case ";", "|", "(", ")":
                tokens.append(.operation(readOperator()))
            case "&" where next != ">":
                tokens.append(.operation(readOperator()))
            case "<" where next == "(", ">" where next == "(":
                tokens.append(.word(readWord(stopAtBlanks: true)))
            case "<", ">", "&":
                readRedirection(descriptor: "")
            default:
                if let descriptorEnd = descriptorPrefixEnd() {
                    let descriptor = String(String.UnicodeScalarView(scalars[position..<descriptorEnd]))
                    position = descriptorEnd
                    readRedirection(descriptor: descriptor)
                } else {
                    tokens.append(.word(readWord(stopAtBlanks: true)))
                }
            }
        }
        if failure == nil, let heredoc = pendingHeredocs.first {
            fail("unterminated heredoc (\(heredoc.delimiter))")
        }
    }

    /// `2>`, `10<`: digits right before a redirection operator name the file descriptor.
    private func descriptorPrefixEnd() -> Int? {
        var index = position
        while let character = scalar(at: index), ("0"..."9").contains(character) { index += 1 }
        guard index > position, let operatorCharacter = scalar(at: index), operatorCharacter == "<" || operatorCharacter == ">",
              scalar(at: index + 1) != "(" else { return nil }
        return index
    }

    private mutating func readOperator() -> String {
        let candidates = [";;&", ";;", ";&", "&&", "||", "|&", "((", ";", "&", "|", "(", ")"]
        for candidate in candidates where matches(candidate) {
            position += candidate.unicodeScalars.count
            return candidate
        }
        position += 1
        return String(scalars[position - 1])
    }

    private func matches(_ text: String) -> Bool {
        var index = position
        for character in text.unicodeScalars {
            guard scalar(at: index) == character else { return false }
            index += 1
        }
        return true
    }

    private mutating func readRedirection(descriptor: String) {
        let operators = ["&>>", "&>", "<<<", "<<-", "<<", "<&", "<>", "<", ">>", ">|", ">&", ">"]
        guard let found = operators.first(where: matches) else {
            fail("unexpected \(scalars[position])")
            return
        }
        position += found.unicodeScalars.count
        let operation = descriptor + found
        while let character = scalar(at: position), character == " " || character == "\t" { position += 1 }
        guard let character = scalar(at: position), !" \t\n;&|()<>".unicodeScalars.contains(character) else {
            fail("redirection \(operation) without a target")
            return
        }
        let target = readWord(stopAtBlanks: true)
        if found == "<<" || found == "<<-" {
            pendingHeredocs.append(PendingHeredoc(tokenIndex: tokens.count, operation: operation, delimiter: target.unquotedText,
                                                  quoted: target.isQuoted))
        }
        tokens.append(.redirection(operation: operation, target: target))
    }

    /// Reads the bodies of the heredocs opened on the line just ended, each up to its delimiter line.
    private mutating func readHeredocBodies() {
        for heredoc in pendingHeredocs {
            var lines: [String] = []
            var terminated = false
            while position < scalars.count {
                var end = position
                while end < scalars.count, scalars[end] != "\n" { end += 1 }
                var line = String(String.UnicodeScalarView(scalars[position..<end]))
                position = min(end + 1, scalars.count)
                if heredoc.operation.hasSuffix("<<-") { line = String(line.drop { $0 == "\t" }) }
                if line == heredoc.delimiter || line == heredoc.delimiter + "\r" {
                    terminated = true
                    break
                }
                lines.append(line)
            }
            guard terminated else {
                fail("unterminated heredoc (\(heredoc.delimiter))")
                return
            }
            let body = lines.map { $0 + "\n" }.joined()
            let target = heredoc.quoted ? ShellWord([.quoted(body)]) : ShellLexer.heredocBody(body)
            tokens[heredoc.tokenIndex] = .redirection(operation: heredoc.operation, target: target)
        }
        pendingHeredocs.removeAll()
    }

    /// An unquoted heredoc's body: expansions and substitutions apply, quotes are plain text.
    static func heredocBody(_ body: String) -> ShellWord {
        var lexer = ShellLexer(body)
        let parts = lexer.readDoubleQuoted(terminator: nil)
        return ShellWord(parts)
    }

    /// A whole text as one word, blanks included (the word in `${NAME:-word}`).
    static func word(_ text: String) -> ShellWord {
        var lexer = ShellLexer(text)
        return lexer.readWord(stopAtBlanks: false)
    }
}
