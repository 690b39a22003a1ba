extension ShellCommand {
    /// Whether the command was given a flag, however it was written: alone (`-r`), in a cluster of
    /// short flags (`-rf`, `-fr`), or long (`--recursive`, `--recursive=x`; `long` with or without
    /// its dashes). Arguments after `--` are operands, not flags. The reader does not know which
    /// options take a value, so a value that looks like a flag (`-m -f`) counts as one.
    public func hasFlag(short: Character?, long: String? = nil) -> Bool {
        let longName = long.map { $0.hasPrefix("--") ? String($0.dropFirst(2)) : $0 }
        for argument in arguments {
            if argument == "--" { return false }
            if argument.hasPrefix("--") {
                let name = argument.dropFirst(2).prefix { $0 != "=" }
                if let longName, name == longName { return true }
                continue
            }
            if argument.hasPrefix("-"), argument.count > 1, let short, argument.dropFirst().contains(short) { return true }
        }
        return false
    }

    /// The operands: arguments that are not flags (a flag's value is not told apart, see `hasFlag`).
    public var operands: [String] {
        var operands: [String] = []
        var afterSeparator = false
        for argument in arguments {
            if afterSeparator || argument == "-" || !argument.hasPrefix("-") {
                operands.append(argument)
            } else if argument == "--" {
                afterSeparator = true
            }
        }
        return operands
    }
}
