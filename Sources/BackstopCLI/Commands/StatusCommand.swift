import Foundation

struct StatusCommand: Command {
    static let name = "status"
    static let summary = "hooks installed?, watcher running?, last snapshot, last blocked action"
    static let usage = "Says whether the hooks are installed, and (in a later version) the watcher's and snapshots' state."

    init(parsing arguments: inout Arguments) throws(UsageError) {
        try arguments.finish()
    }

    func run(in context: CommandContext) throws -> ExitStatus {
        let repository = try context.repository()
        let installer = try HookInstaller(repository: repository, binaryPath: HookInstaller.currentBinary)
        Terminal.output("hooks: \(installer.isInstalled ? "installed" : "not installed (run `backstop install`)") in \(installer.hooksDirectory)")
        let allowList = try RemoteAllowList(repository: repository)
        Terminal.output("approved remotes: \(allowList.entries.isEmpty ? "none" : allowList.entries.map { "\($0.name) (\($0.url))" }.joined(separator: ", "))")
        Terminal.output("watcher: not built yet in this version")
        Terminal.output("snapshots: not built yet in this version")
        return .clean
    }
}
