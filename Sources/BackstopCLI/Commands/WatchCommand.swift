struct WatchCommand: PlannedCommand {
    static let name = "watch"
    static let summary = "run the watcher (foreground; --daemon detaches, --stop stops it)"
    static let usage = """
        Runs the watcher on the working tree until SIGINT or SIGTERM.
          --daemon   detach, returning once the watcher is ready
          --stop     stop the running watcher
        """
    static func parseOptions(_ arguments: inout Arguments) throws(UsageError) {
        _ = arguments.flag("--daemon")
        _ = arguments.flag("--stop")
        try arguments.finish()
    }
}
