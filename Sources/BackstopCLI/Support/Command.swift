/// One `backstop` command: its name, its help, how it parses its words, and what it does.
protocol Command {
    static var name: String { get }
    /// One line for the command table.
    static var summary: String { get }
    /// The whole `--help` text after the usage line.
    static var usage: String { get }
    init(parsing arguments: inout Arguments) throws(UsageError)
    func run(in context: CommandContext) throws -> ExitStatus
}

/// A command of the design that a later release builds. It parses its options like the real one,
/// so scripts and `--help` work now, and says plainly that it is not built yet.
protocol PlannedCommand: Command {
    init()
    /// Consumes the options the command will take, so misspellings are still usage errors.
    static func parseOptions(_ arguments: inout Arguments) throws(UsageError)
}

extension PlannedCommand {
    init(parsing arguments: inout Arguments) throws(UsageError) {
        try Self.parseOptions(&arguments)
        self.init()
    }

    func run(in context: CommandContext) throws -> ExitStatus {
        throw CommandFailure("backstop \(Self.name) is not built yet in this version", hint: "the hooks and `backstop scan` guard commits and pushes today")
    }
}
