/// What a guard reads in an interpreter one-liner (`python -c`, `node -e`, `perl -e`, `ruby -e`):
/// not the language, only the calls that act outside the process and the strings they are given.
struct InlineCode {
    let code: String

    /// The string literals, in order, quotes taken off.
    var literals: [String] {
        var found: [String] = []
        var current = ""
        var quote: Character?
        var escaped = false
        for character in code {
            if let open = quote {
                if escaped { current.append(character); escaped = false }
                else if character == "\\" { escaped = true }
                else if character == open { found.append(current); current = ""; quote = nil }
                else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            }
        }
        return found
    }

    private func calls(_ names: [String]) -> Bool { names.contains { code.contains($0) } }

    /// It runs another program: its strings are command lines, or the words of one.
    var runsCommands: Bool {
        calls(["system(", "subprocess", "os.popen", "popen(", "execSync", "spawnSync", "exec(\"", "exec('", "spawn(", "child_process", "Open3", "`", "IO.popen", "qx"])
    }

    /// It deletes files recursively or one by one.
    var deletes: Bool {
        calls(["rmtree", "rmSync", "rmdirSync", "rm_rf", "rm_r(", "remove_tree", "unlinkSync", "os.remove", "os.unlink", "unlink(", "rimraf", "FileUtils.rm"])
    }

    /// It writes a file.
    var writes: Bool {
        calls(["open(", "writeFileSync", "appendFileSync", "writeFile(", "appendFile(", "File.open", "File.write", "write_text", "File.append"])
    }

    /// It talks to the network.
    var usesNetwork: Bool { NetworkRules.networkCalls.contains(where: code.contains) || calls(["open-uri", "URI.open", "LWP::Simple", "get(\"http"]) }

    /// It runs code it did not have before (`exec`, `eval`).
    var evaluates: Bool { calls(["exec(", "eval(", ".then(eval)", "eval ", "instance_eval", "Function("]) }

    /// It names HOME (the whole of it, or a path in it).
    var namesHome: Bool {
        calls(["expanduser('~')", "expanduser(\"~\")", "homedir()", "Dir.home", "$ENV{HOME}", "Path.home()", "os.environ['HOME']",
               "os.environ[\"HOME\"]", "getenv('HOME')", "getenv(\"HOME\")", "process.env.HOME", "ENV['HOME']", "ENV[\"HOME\"]"])
    }

    /// It names the folder that holds the working tree.
    var namesParent: Bool { literals.contains("..") || calls(["dirname(os.getcwd())", "path.dirname(process.cwd())", "File.dirname(Dir.pwd)"]) }
}
