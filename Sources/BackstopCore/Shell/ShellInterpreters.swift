/// Interpreter one-liners: the code a `python -c`, `node -e`, `perl -e`, `ruby -e`, `php -r`,
/// `lua -e` or `deno eval` runs, or the heredoc or here-string an interpreter reads as its program
/// (`python3 - <<EOF`).
enum ShellInterpreters {
    private struct Interpreter {
        let language: String
        /// The options whose value is code (several are joined by lines, as perl and ruby do).
        let codeOptions: [String]
        let shortWithValue: Set<Character>
        let longWithValue: Set<String>
        var optionallyAttached: Set<Character> = []
    }

    private static func interpreter(named program: String) -> Interpreter? {
        if let family = ["python", "pypy"].first(where: program.hasPrefix) {
            guard program.dropFirst(family.count).allSatisfy({ $0.isNumber || $0 == "." }) else { return nil }
            return Interpreter(language: "python", codeOptions: ["-c"], shortWithValue: ["c", "W", "X", "m", "Q"], longWithValue: [])
        }
        switch program {
        case "node", "nodejs", "bun":
            return Interpreter(language: "javascript", codeOptions: ["-e", "--eval", "-p", "--print"], shortWithValue: ["e", "p", "r", "C"],
                               longWithValue: ["eval", "print", "require", "import", "loader", "conditions", "input-type"])
        case "perl":
            return Interpreter(language: "perl", codeOptions: ["-e", "-E"], shortWithValue: ["e", "E", "I"], longWithValue: [],
                               optionallyAttached: ["i", "M", "m", "x", "d", "D", "C"])
        case "ruby":
            return Interpreter(language: "ruby", codeOptions: ["-e"], shortWithValue: ["e", "I", "r", "C", "E"], longWithValue: [])
        case "php":
            return Interpreter(language: "php", codeOptions: ["-r"], shortWithValue: ["r", "d", "c", "f", "B", "R", "F", "E", "z"], longWithValue: [])
        case "lua", "luajit":
            return Interpreter(language: "lua", codeOptions: ["-e"], shortWithValue: ["e", "l"], longWithValue: [])
        default:
            return nil
        }
    }

    static func inlineCode(of command: ShellCommand) -> (language: String, code: String)? {
        let words = command.words
        if command.program == "deno" {
            guard words.count > 1, words[1] == "eval" else { return nil }
            let options = ShellOptions(words, from: 2)
            return options.operandIndex < words.count ? ("javascript", words[options.operandIndex]) : nil
        }
        guard let interpreter = interpreter(named: command.program) else { return nil }
        let options = ShellOptions(words, from: 1, shortWithValue: interpreter.shortWithValue, longWithValue: interpreter.longWithValue,
                                   optionallyAttached: interpreter.optionallyAttached)
        let code = options.options.filter { interpreter.codeOptions.contains($0.name) }.compactMap(\.value)
        if !code.isEmpty { return (interpreter.language, code.joined(separator: "\n")) }
        if options.has("-m", "-f") { return nil }
        // No code option and no script file: the program comes from standard input.
        let readsStandardInput = options.operandIndex == words.count || words[options.operandIndex] == "-"
        guard readsStandardInput, let input = ShellWrappers.standardInputText(command) else { return nil }
        return (interpreter.language, input.text)
    }
}
