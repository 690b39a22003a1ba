/// `NAME=value` and `NAME+=value` words, which set a variable rather than name a program.
enum ShellAssignment {
    static func isName<Text: StringProtocol>(_ text: Text) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic) else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }

    /// The name, the value as still unexpanded word, and whether it appends (`+=`); nil for any other word.
    static func split(_ word: ShellWord) -> (name: String, value: ShellWord, appends: Bool)? {
        guard case .literal(let first)? = word.parts.first, let equals = first.firstIndex(of: "=") else { return nil }
        var name = first[..<equals]
        let appends = name.hasSuffix("+")
        if appends { name = name.dropLast() }
        guard isName(name) else { return nil }
        let rest = String(first[first.index(after: equals)...])
        let value = ShellWord((rest.isEmpty ? [] : [.literal(rest)]) + word.parts.dropFirst())
        return (String(name), value, appends)
    }

    /// Builtins whose `NAME=value` arguments assign, as a prefix assignment does (`export D=~/x`).
    static let declarations: Set<String> = ["export", "declare", "typeset", "local", "readonly"]
}
