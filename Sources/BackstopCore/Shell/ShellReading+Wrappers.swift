/// Takes wrappers off a command until none is left, reading the scripts they run.
extension ShellReading {
    /// More wrappers than this around one command is not a command line a person writes.
    static let maximumWrappers = 32

    mutating func emit(_ command: ShellCommand) {
        var command = command
        for _ in 0..<Self.maximumWrappers {
            guard let unwrapping = ShellWrappers.unwrap(command) else {
                finish(command)
                return
            }
            switch unwrapping {
            case .command(let words, let wrapper, let environment):
                command.words = words
                command.wrappers.append(wrapper)
                command.environment.merge(environment) { $1 }
            case .script(let text, let wrapper, let positional, let fromRedirection, let sharesEnvironment):
                var base = command
                if let fromRedirection { base.redirections.remove(at: fromRedirection) }
                readNested(text, wrapper: wrapper, base: base, positional: positional, sharesEnvironment: sharesEnvironment)
                return
            case .scripts(let texts, let wrapper):
                for text in texts { readNested(text, wrapper: wrapper, base: command) }
                return
            case .find(let clauses):
                finish(command)
                for clause in clauses {
                    var inner = command
                    inner.words = clause.words
                    inner.wrappers.append(clause.wrapper)
                    emit(inner)
                }
                return
            }
        }
        note("more than \(Self.maximumWrappers) wrappers around one command")
        finish(command)
    }
}
