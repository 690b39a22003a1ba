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
