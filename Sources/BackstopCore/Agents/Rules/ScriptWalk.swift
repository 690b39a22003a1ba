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
    /// Whether a flag is given: short ones alone or combined (`-r`, `-rf`, `-fr`), long ones
    /// (`--recursive`), up to `--`.
    func has(short: Character?, long: String? = nil) -> Bool {
        for word in arguments {
            if word == "--" { return false }
            if let long, word == "--" + long || word.hasPrefix("--" + long + "=") { return true }
            if let short, word.hasPrefix("-"), !word.hasPrefix("--"), word.dropFirst().contains(short) { return true }
        }
        return false
    }

    /// The arguments that are not flags (everything after `--` counts).
    var operands: [String] {
        var result: [String] = []
        var flagsEnded = false
        for word in arguments {
            if !flagsEnded, word == "--" { flagsEnded = true; continue }
            if !flagsEnded, word.hasPrefix("-"), word.count > 1 { continue }
            result.append(word)
        }
        return result
    }

    /// The whole command as text, for searching it for values.
    var text: String { (words + redirections.map { $0.operation + " " + $0.target }).joined(separator: " ") }
}
