/// The words after a command's name, consumed as the command asks for them; whatever is left when
/// the command is done parsing is an unknown option, reported by name.
struct Arguments {
    let command: String
    private var words: [String]
    /// Words after a bare `--`: always positional.
    private var afterSeparator: [String] = []
    private(set) var separatorSeen = false

    init(command: String, words: [String]) {
        self.command = command
        if let separator = words.firstIndex(of: "--") {
            self.words = Array(words[..<separator])
            self.afterSeparator = Array(words[(separator + 1)...])
            self.separatorSeen = true
        } else {
            self.words = words
        }
    }

    var wantsHelp: Bool { words.contains("--help") || words.contains("-h") }

    /// Removes `name` (and any aliases) if present.
    mutating func flag(_ names: String...) -> Bool {
        var found = false
        words.removeAll { word in
            let hit = names.contains(word)
            found = found || hit
            return hit
        }
        return found
    }

    /// Removes `name VALUE` or `name=VALUE`, the last one winning.
    mutating func option(_ names: String...) throws(UsageError) -> String? {
        var value: String?
        var index = 0
        while index < words.count {
            let word = words[index]
            if names.contains(word) {
                guard index + 1 < words.count else {
                    throw UsageError(message: "backstop \(command): option '\(word)' needs a value")
                }
                value = words[index + 1]
                words.removeSubrange(index...(index + 1))
            } else if let name = names.first(where: { word.hasPrefix($0 + "=") }) {
                value = String(word.dropFirst(name.count + 1))
                words.remove(at: index)
            } else {
                index += 1
            }
        }
        return value
    }

    /// An option whose value must be one of `choices`.
    mutating func choice(_ name: String, from choices: [String], default fallback: String) throws(UsageError) -> String {
        guard let value = try option(name) else { return fallback }
        guard choices.contains(value) else {
            throw UsageError(message: "backstop \(command): option '\(name)' must be one of \(choices.joined(separator: ", ")), not '\(value)'")
        }
        return value
    }

    /// The remaining words, which must all be positional: an unknown option is an error naming it.
    mutating func positionals() throws(UsageError) -> [String] {
        if let unknown = words.first(where: { $0.hasPrefix("-") && $0 != "-" }) {
            throw UsageError(message: "backstop \(command): unknown option '\(unknown)' (see `backstop \(command) --help`)")
        }
        let result = words + afterSeparator
        words = []
        afterSeparator = []
        return result
    }

    /// Positionals before `--`, and those after it, kept apart (for `restore SNAPSHOT -- PATH...`).
    mutating func splitPositionals() throws(UsageError) -> (before: [String], after: [String]) {
        let after = afterSeparator
        afterSeparator = []
        return (try positionals(), after)
    }

    /// Fails if anything is left: the command takes no (more) arguments.
    mutating func finish() throws(UsageError) {
        let rest = try positionals()
        if let extra = rest.first {
            throw UsageError(message: "backstop \(command): unexpected argument '\(extra)' (see `backstop \(command) --help`)")
        }
    }
}
