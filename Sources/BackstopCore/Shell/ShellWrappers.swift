/// What taking a wrapper off a command gives.
enum ShellUnwrapping {
    /// The wrapped command's words (`sudo rm x` is `rm x`), and variables the wrapper sets for it.
    case command([String], wrapper: String, environment: [String: String] = [:])
    /// A script the wrapper runs through a shell (`bash -c`, `eval`, `watch`, a heredoc into `sh`),
    /// its positional parameters (`$0`, `$1`, ...), and the redirection it came from, if any.
    case script(String, wrapper: String, positional: [String] = [], fromRedirection: Int? = nil, sharesEnvironment: Bool = false)
    /// Several scripts (`parallel`, one per input).
    case scripts([String], wrapper: String)
    /// `find ... -exec CMD ;`: find runs and so does each clause's command.
    case find([(wrapper: String, words: [String])])
}

/// Programs that run another command: each is recognised by its name and its own options, so
/// that the command it runs is found however the wrapper is spelled.
enum ShellWrappers {
    static let shells: Set<String> = ["sh", "bash", "zsh", "dash", "ksh", "ash", "mksh", "yash", "fish"]

    static func unwrap(_ command: ShellCommand) -> ShellUnwrapping? {
        let words = command.words
        let program = command.program
        switch program {
        case "sudo":
            let options = ShellOptions(words, from: 1, shortWithValue: ["u", "g", "p", "C", "D", "r", "t", "T", "U", "R", "h"],
                                       longWithValue: ["user", "group", "prompt", "close-from", "chdir", "role", "type", "command-timeout",
                                                       "other-user", "host", "chroot"])
            if options.has("-e", "--edit", "-l", "--list", "-v", "--validate", "-V", "--version") { return nil }
            return runs(words, from: options.operandIndex, wrapper: "sudo", assignments: true)
        case "doas":
            let options = ShellOptions(words, from: 1, shortWithValue: ["u", "C"])
            return runs(words, from: options.operandIndex, wrapper: "doas")
        case "env":
            let options = ShellOptions(words, from: 1, shortWithValue: ["u", "C", "S", "P"],
                                       longWithValue: ["unset", "chdir", "split-string"])
            if let split = options.value("-S", "--split-string") {
                return .script(([split] + words[options.operandIndex...]).joined(separator: " "), wrapper: "env")
            }
            var start = options.operandIndex
            while start < words.count, words[start] == "-" { start += 1 }
            return runs(words, from: start, wrapper: "env", assignments: true)
        case "command":
            let options = ShellOptions(words, from: 1)
            if options.has("-v", "-V") { return nil }
            return runs(words, from: options.operandIndex, wrapper: "command")
        case "builtin", "nohup", "unbuffer":
            return runs(words, from: ShellOptions(words, from: 1).operandIndex, wrapper: program)
        case "exec":
            return runs(words, from: ShellOptions(words, from: 1, shortWithValue: ["a"]).operandIndex, wrapper: "exec")
        case "time":
            let options = ShellOptions(words, from: 1, shortWithValue: ["f", "o"], longWithValue: ["format", "output"])
            return runs(words, from: options.operandIndex, wrapper: "time")
        case "nice":
            let options = ShellOptions(words, from: 1, shortWithValue: ["n"], longWithValue: ["adjustment"])
            return runs(words, from: options.operandIndex, wrapper: "nice")
        case "ionice":
            let options = ShellOptions(words, from: 1, shortWithValue: ["c", "n", "p", "P", "u"], longWithValue: ["class", "classdata", "pid", "pgid", "uid"])
            if options.has("-p", "-P", "-u", "--pid", "--pgid", "--uid") { return nil }
            return runs(words, from: options.operandIndex, wrapper: "ionice")
        case "timeout":
            let options = ShellOptions(words, from: 1, shortWithValue: ["k", "s"], longWithValue: ["kill-after", "signal"])
            return runs(words, from: options.operandIndex + 1, wrapper: "timeout")
        case "stdbuf":
            let options = ShellOptions(words, from: 1, shortWithValue: ["i", "o", "e"], longWithValue: ["input", "output", "error"])
            return runs(words, from: options.operandIndex, wrapper: "stdbuf")
        case "setsid", "chronic":
            return runs(words, from: ShellOptions(words, from: 1).operandIndex, wrapper: program)
        case "busybox":
            guard words.count > 1, !words[1].hasPrefix("-") else { return nil }
            return .command(Array(words[1...]), wrapper: "busybox")
        case "xargs":
            let options = ShellOptions(words, from: 1, shortWithValue: ["a", "d", "E", "I", "L", "n", "P", "s"],
                                       longWithValue: ["arg-file", "delimiter", "eof", "max-lines", "max-args", "max-procs", "max-chars",
                                                       "process-slot-var"],
                                       optionallyAttached: ["e", "i", "l"])
            let wrapped = options.operandIndex < words.count ? Array(words[options.operandIndex...]) : ["echo"]
            return .command(wrapped, wrapper: "xargs")
        case "parallel":
            return parallel(words)
        case "find":
            return find(words)
        case "eval":
            guard words.count > 1 else { return nil }
            return .script(words.dropFirst().joined(separator: " "), wrapper: "eval", sharesEnvironment: true)
        case "su", "runuser":
            let options = ShellOptions(words, from: 1, shortWithValue: ["c", "s", "g", "G", "w"],
                                       longWithValue: ["command", "shell", "group", "supp-group", "whitelist-environment"], permute: true)
            return options.value("-c", "--command").map { .script($0, wrapper: "\(program) -c") }
        case "script":
            let options = ShellOptions(words, from: 1, shortWithValue: ["c", "E", "m", "B", "I", "O", "T"],
                                       longWithValue: ["command", "echo", "logging-format", "log-in", "log-out", "log-io", "log-timing",
                                                       "output-limit"],
                                       optionallyAttached: ["t"], permute: true)
            return options.value("-c", "--command").map { .script($0, wrapper: "script -c") }
        case "watch":
            let options = ShellOptions(words, from: 1, shortWithValue: ["n", "q"], longWithValue: ["interval"], optionallyAttached: ["d"])
            guard options.operandIndex < words.count else { return nil }
            let wrapped = Array(words[options.operandIndex...])
            if options.has("-x", "--exec") { return .command(wrapped, wrapper: "watch") }
            return .script(wrapped.joined(separator: " "), wrapper: "watch")
        case "flock":
            let options = ShellOptions(words, from: 1, shortWithValue: ["w", "E", "c"], longWithValue: ["timeout", "wait", "conflict-exit-code", "command"])
            if let script = options.value("-c", "--command") { return .script(script, wrapper: "flock") }
            let after = options.operandIndex + 1
            if after + 1 < words.count, words[after] == "-c" || words[after] == "--command" {
                return .script(words[after + 1], wrapper: "flock")
            }
            return runs(words, from: after, wrapper: "flock")
        case _ where shells.contains(program):
            return shell(command)
        default:
            return nil
        }
    }

    /// The command starting at `start`, after any `NAME=value` words when the wrapper takes them.
    private static func runs(_ words: [String], from start: Int, wrapper: String, assignments: Bool = false) -> ShellUnwrapping? {
        var index = start
        var environment: [String: String] = [:]
        while assignments, index < words.count, let equals = words[index].firstIndex(of: "="),
              ShellAssignment.isName(words[index][..<equals]) {
            environment[String(words[index][..<equals])] = String(words[index][words[index].index(after: equals)...])
            index += 1
        }
        guard index < words.count else { return nil }
        return .command(Array(words[index...]), wrapper: wrapper, environment: environment)
    }

    /// `bash -c SCRIPT [name args...]`, or a shell reading its script from a heredoc or here-string.
    private static func shell(_ command: ShellCommand) -> ShellUnwrapping? {
        let words = command.words
        let options = ShellOptions(words, from: 1, shortWithValue: ["o", "O"], longWithValue: ["rcfile", "init-file"], plusOptions: true)
        if options.has("-c") {
            guard options.operandIndex < words.count else { return nil }
            return .script(words[options.operandIndex], wrapper: "\(command.program) -c",
                           positional: Array(words[(options.operandIndex + 1)...]))
        }
        let readsStandardInput = options.has("-s") || options.operandIndex == words.count || words[options.operandIndex] == "-"
        guard readsStandardInput, let input = standardInputText(command) else { return nil }
        let positional = options.has("-s") ? [command.program] + words[options.operandIndex...] : []
        return .script(input.text, wrapper: command.program, positional: positional, fromRedirection: input.index)
    }

    /// The text a heredoc or here-string feeds to standard input, if the command has one.
    static func standardInputText(_ command: ShellCommand) -> (text: String, index: Int)? {
        guard let index = command.redirections.lastIndex(where: { redirection in
            let operation = redirection.operation
            return ["<<", "<<-", "<<<", "0<<", "0<<-", "0<<<"].contains(operation)
        }) else { return nil }
        return (command.redirections[index].target, index)
    }

    /// `find ... -exec CMD {} ;` (also `-execdir`, `-ok`, `-okdir`, and `+` ends).
    private static func find(_ words: [String]) -> ShellUnwrapping? {
        var clauses: [(wrapper: String, words: [String])] = []
        var index = 1
        while index < words.count {
            let word = words[index]
            index += 1
            guard ["-exec", "-execdir", "-ok", "-okdir"].contains(word) else { continue }
            var inner: [String] = []
            while index < words.count, words[index] != ";", words[index] != "+" {
                inner.append(words[index])
                index += 1
            }
            index += 1
            if !inner.isEmpty { clauses.append(("find \(word)", inner)) }
        }
        return clauses.isEmpty ? nil : .find(clauses)
    }
}
