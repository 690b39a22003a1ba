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
            if command.program == "cd" || command.program == "pushd" {
                let target = command.arguments.first { !$0.hasPrefix("-") } ?? "~"
                folder = paths.absolute(target, in: folder) ?? folder
            }
        }
        return steps
    }
}

extension ScriptWalk.Step {
    /// The words a command run by `xargs` gets from its input: what `echo`, `printf`, `ls` or `find`
    /// upstream print, or a here-string.
    var xargsInput: [String] {
        guard command.wrappers.contains("xargs") else { return [] }
        let printed = upstream.filter { ["echo", "printf", "ls", "find", "pgrep", "cat"].contains($0.program) }
            .flatMap { $0.program == "printf" ? Array($0.operands.dropFirst()) : $0.operands }
        return printed + command.redirections.filter { $0.operation == "<<<" }.flatMap { $0.target.split(separator: " ").map(String.init) }
    }
}

extension ShellCommand {
    /// The whole command as text, for searching it for values.
    var text: String { (words + redirections.map { $0.operation + " " + $0.target }).joined(separator: " ") }
}
