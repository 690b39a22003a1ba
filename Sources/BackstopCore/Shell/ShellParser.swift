/// A command line's structure, as far as a guard needs it: which simple commands run, in which
/// pipelines, inside which subshells or groups, with which redirections. Control structures
/// (`if`, `while`, `for`, `case`, function bodies) are flattened: their commands are read once.
indirect enum ShellNode: Sendable {
    case command(words: [ShellWord], redirections: [ShellRedirectionNode])
    case sequence([ShellNode])
    case pipeline([ShellNode])
    /// `( ... )` (isolated: its assignments stay inside) or `{ ...; }`, with redirections on the whole.
    case compound(ShellNode, redirections: [ShellRedirectionNode], isolated: Bool)
}

struct ShellRedirectionNode: Sendable {
    let operation: String
    let target: ShellWord
}

/// A lenient recursive-descent parser over `ShellLexer`'s tokens: it reads what it can and names
/// the first thing it could not follow in `failure`.
struct ShellParser {
    private let tokens: [ShellToken]
    private var index = 0
    private(set) var failure: String?

    init(_ tokens: [ShellToken]) {
        self.tokens = tokens
    }

    static func parse(_ tokens: [ShellToken]) -> (node: ShellNode, failure: String?) {
        var parser = ShellParser(tokens)
        let node = parser.parseList(until: [])
        return (node, parser.failure)
    }

    private var current: ShellToken? { index < tokens.count ? tokens[index] : nil }

    private func peek(_ offset: Int) -> ShellToken? {
        index + offset < tokens.count ? tokens[index + offset] : nil
    }

    private mutating func fail(_ reason: String) {
        if failure == nil { failure = reason }
    }

    private static let separators: Set<String> = [";", "\n", "&", "&&", "||"]
    private static let skippedReservedWords: Set<String> = ["if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "esac"]

    /// Commands up to one of `terminators` (an operator, or a word in command position) or the end.
    private mutating func parseList(until terminators: Set<String>) -> ShellNode {
        var items: [ShellNode] = []
        while let token = current {
            if let operation = token.operation {
                if terminators.contains(operation) { break }
                if Self.separators.contains(operation) {
                    index += 1
                    continue
                }
                if operation != "(" && operation != "((" {
                    fail("unexpected \(operation == "\n" ? "newline" : operation)")
                    index += 1
                    continue
                }
            }
            if let word = token.plainWord, terminators.contains(word) { break }
            if let pipeline = parsePipeline() { items.append(pipeline) }
        }
        return .sequence(items)
    }

    private mutating func parsePipeline() -> ShellNode? {
        let start = index
        var elements: [ShellNode] = []
        if let first = parseUnit() { elements.append(first) }
        while let operation = current?.operation, operation == "|" || operation == "|&" {
            index += 1
            while current?.operation == "\n" { index += 1 }
            if let element = parseUnit() { elements.append(element) }
        }
        if index == start { index += 1 }
        if elements.count <= 1 { return elements.first }
        return .pipeline(elements)
    }

    private mutating func parseUnit() -> ShellNode? {
        switch current {
        case .operation("(")?:
            index += 1
            let inner = parseList(until: [")"])
            guard current?.operation == ")" else {
                fail("unterminated subshell")
                return .compound(inner, redirections: [], isolated: true)
            }
            index += 1
            return .compound(inner, redirections: parseRedirections(), isolated: true)
        case .operation("((")?:
            skipArithmetic()
            return nil
        case .word(let word)? where word.plainText == "{":
            index += 1
            let inner = parseList(until: ["}"])
            guard current?.plainWord == "}" else {
                fail("unterminated group")
                return .compound(inner, redirections: [], isolated: false)
            }
            index += 1
            return .compound(inner, redirections: parseRedirections(), isolated: false)
        default:
            return parseSimpleCommand()
        }
    }

    private mutating func parseRedirections() -> [ShellRedirectionNode] {
        var redirections: [ShellRedirectionNode] = []
        while case .redirection(let operation, let target)? = current {
            redirections.append(ShellRedirectionNode(operation: operation, target: target))
            index += 1
        }
        return redirections
    }

    /// `(( ... ))` arithmetic: nothing runs, so its tokens are passed over.
    private mutating func skipArithmetic() {
        index += 1
        while let token = current {
            index += 1
            if token.operation == ")", current?.operation == ")" {
                index += 1
                return
            }
            if token.operation == "))" { return }
        }
        fail("unterminated arithmetic command")
    }

    private mutating func parseSimpleCommand() -> ShellNode? {
        var words: [ShellWord] = []
        var redirections: [ShellRedirectionNode] = []
        while let token = current {
            switch token {
            case .redirection(let operation, let target):
                redirections.append(ShellRedirectionNode(operation: operation, target: target))
                index += 1
            case .word(let word):
                if words.isEmpty, word.plainText == "case" { return parseCase() }
                if words.isEmpty, let reserved = word.plainText, handledReservedWord(reserved) {
                    // `then { ...; }`, `! ( ... )`, `function name { ...; }`: what follows may be compound.
                    if redirections.isEmpty { return parseUnit() }
                    continue
                }
                if words.isEmpty, word.plainText == "[[" {
                    words = conditionWords()
                    continue
                }
                words.append(word)
                index += 1
                // `name() { ...; }`: a function definition; its body is read as the next command.
                if words.count == 1, current?.operation == "(", peek(1)?.operation == ")" {
                    index += 2
                    return nil
                }
            default:
                return words.isEmpty && redirections.isEmpty ? nil : .command(words: words, redirections: redirections)
            }
        }
        return words.isEmpty && redirections.isEmpty ? nil : .command(words: words, redirections: redirections)
    }

    /// Steps over a reserved word in command position; true when it did.
    private mutating func handledReservedWord(_ word: String) -> Bool {
        if Self.skippedReservedWords.contains(word) {
            index += 1
            return true
        }
        switch word {
        case "for", "select":
            // The loop's head (`for name in words`) runs nothing; the body follows `do`.
            index += 1
            if current?.operation == "((" {
                skipArithmetic()
                return true
            }
            while let token = current, token.operation != ";", token.operation != "\n", token.plainWord != "do" { index += 1 }
            return true
        case "function":
            index += 2
            if current?.operation == "(", peek(1)?.operation == ")" { index += 2 }
            return true
        default:
            return false
        }
    }

    /// `case word in pattern) commands ;; ... esac`: the commands of every branch.
    private mutating func parseCase() -> ShellNode {
        var branches: [ShellNode] = []
        index += 1
        while let token = current, token.plainWord != "in" { index += 1 }
        index += 1
        while let token = current {
            if token.plainWord == "esac" {
                index += 1
                return .sequence(branches)
            }
            if let operation = token.operation, operation == "\n" || operation == ";" || operation == ";;" {
                index += 1
                continue
            }
            // The pattern list, up to its `)`.
            while let token = current, token.operation != ")" { index += 1 }
            index += 1
            branches.append(parseList(until: [";;", ";&", ";;&", "esac"]))
            if let operation = current?.operation, [";;", ";&", ";;&"].contains(operation) { index += 1 }
        }
        fail("unterminated case")
        return .sequence(branches)
    }

    /// `[[ ... ]]`: its words, operators left out.
    private mutating func conditionWords() -> [ShellWord] {
        var words: [ShellWord] = []
        while let token = current {
            index += 1
            if case .word(let word) = token {
                words.append(word)
                if word.plainText == "]]" { return words }
            }
        }
        fail("unterminated [[")
        return words
    }
}
