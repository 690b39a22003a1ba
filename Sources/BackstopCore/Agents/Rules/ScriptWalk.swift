/// The commands of a script in the order they run, each with the folder it runs in: `cd` in the
/// same line moves the folder of the commands after it (`cd .. && rm -rf project`).
struct ScriptWalk {
    struct Step {
        let command: ShellCommand
        let directory: String
        /// The commands before it in its pipeline, as far as the reader kept them in order.
        let upstream: [ShellCommand]
    }

    static func steps(_ script: ShellScript, from directory: String, paths: CommandPaths) -> [Step] {
        var folder = directory
        var steps: [Step] = []
        var pipeline: [ShellCommand] = []
        for command in script.commands {
            steps.append(Step(command: command, directory: folder, upstream: command.readsPipe ? pipeline : []))
            pipeline = command.writesPipe ? (command.readsPipe ? pipeline : []) + [command] : []
            if command.program == "cd" {
                let target = command.arguments.first { !$0.hasPrefix("-") } ?? "~"
                folder = paths.absolute(target, in: folder) ?? folder
            }
        }
        return steps
    }
}

extension ShellCommand {
    /// The whole command as text, for searching it for values.
    var text: String { (words + redirections.map { $0.operation + " " + $0.target }).joined(separator: " ") }
}
