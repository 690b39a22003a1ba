/// GNU parallel: the command (run through a shell) before `:::`, and the inputs after it; each
/// combination of inputs is one script. Without `:::` inputs come from standard input, and the
/// command is read with its `{}` left as a word.
extension ShellWrappers {
    static let maximumParallelScripts = 64

    static func parallel(_ words: [String]) -> ShellUnwrapping? {
        let options = ShellOptions(words, from: 1, shortWithValue: ["a", "C", "d", "E", "I", "j", "L", "N", "n", "P", "S"],
                                   longWithValue: ["jobs", "sshlogin", "sshloginfile", "joblog", "results", "arg-file", "delay", "timeout",
                                                   "tmpdir", "replace", "colsep", "delimiter", "halt", "memfree", "load", "retries",
                                                   "max-args", "max-lines", "max-procs", "workdir", "wd", "env", "basefile", "return"])
        let separators: Set<String> = [":::", "::::", ":::+", "::::+"]
        var index = options.operandIndex
        var template: [String] = []
        while index < words.count, !separators.contains(words[index]) {
            template.append(words[index])
            index += 1
        }
        var groups: [[String]] = []
        while index < words.count {
            let separator = words[index]
            index += 1
            var group: [String] = []
            while index < words.count, !separators.contains(words[index]) {
                group.append(words[index])
                index += 1
            }
            // `::::` names files of inputs, which the reader does not open.
            if !separator.hasPrefix("::::") { groups.append(group) }
        }
        let command = template.joined(separator: " ")
        guard !groups.isEmpty else { return command.isEmpty ? nil : .scripts([command], wrapper: "parallel") }
        var combinations: [[String]] = [[]]
        for group in groups {
            combinations = combinations.flatMap { prefix in group.map { prefix + [$0] } }.prefix(maximumParallelScripts).map { $0 }
        }
        let scripts = combinations.map { values -> String in
            guard !command.isEmpty else { return values.joined(separator: " ") }
            var script = command
            var replaced = false
            for (position, value) in values.enumerated() where script.contains("{\(position + 1)}") {
                script = script.replacing("{\(position + 1)}", with: quoted(value))
                replaced = true
            }
            if script.contains("{}") {
                script = script.replacing("{}", with: values.map(quoted).joined(separator: " "))
                replaced = true
            }
            return replaced ? script : script + " " + values.map(quoted).joined(separator: " ")
        }
        return .scripts(scripts, wrapper: "parallel")
    }

    /// A value as one shell word: single-quoted unless it is plain.
    static func quoted(_ value: String) -> String {
        let plain = !value.isEmpty && value.unicodeScalars.allSatisfy {
            ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || "/._-+=:,@%".unicodeScalars.contains($0)
        }
        return plain ? value : "'" + value.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
