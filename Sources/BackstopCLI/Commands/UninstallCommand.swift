struct UninstallCommand: Command {
    static let name = "uninstall"
    static let summary = "remove the shims and put back what was there"
    static let usage = "Removes Backstop's hook shims and moves back the hooks they replaced."

    init(parsing arguments: inout Arguments) throws(UsageError) {
        try arguments.finish()
    }

    func run(in context: CommandContext) throws -> ExitStatus {
        let installer = try HookInstaller(repository: try context.repository(), binaryPath: HookInstaller.currentBinary)
        for message in try installer.uninstall() { Terminal.say("backstop: \(message)") }
        return .clean
    }
}
