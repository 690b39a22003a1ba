/// `guard-off`: a command that switches one of Backstop's guards off, or loosens it, from the
/// agent's side: hooks skipped, the push route taken around, the person-only commands, the watcher
/// stopped, the agents' hook configuration edited.
struct GuardOffRule {
    let paths: CommandPaths

    /// Files whose edit switches a guard off: the agents' hook configuration and Backstop's own.
    static let guardedFiles = [".claude/settings.json", ".claude/settings.local.json", ".codex/hooks.json", ".codex/config.toml",
                               ".gemini/settings.json", ".cursor/hooks.json", ".github/hooks/", ".opencode/plugins/", ".opencode/backstop.json", ".git/hooks/",
                               ".git/backstop/", ".backstopignore", ".backstop.json"]
    static let personOnly: [[String]] = [["uninstall"], ["watch", "--stop"], ["allow"], ["allow-remote"], ["undo"], ["config", "--accept"],
                                         ["leaks", "--rotated"]]
    /// Variables that switch hook runners off.
    static let hookSwitches = ["HUSKY", "HUSKY_SKIP_HOOKS", "SKIP", "LEFTHOOK", "PRE_COMMIT_ALLOW_NO_CONFIG"]

    func violation(_ step: ScriptWalk.Step, script: ShellScript, line: String) -> String? {
        let command = step.command
        // Named on an agent's own command line, or written into a file: a mention in a search is neither.
        let writes = command.redirections.contains { [">", ">>", ">|", "&>", "&>>"].contains($0.operation) }
        if command.words.contains(where: { $0.contains("disableAllHooks") }), ["claude", "codex", "gemini", "cursor-agent"].contains(command.program) || writes {
            return "`disableAllHooks` turns every agent hook off"
        }
        if command.words.contains("--dangerously-bypass-hook-trust") { return "`--dangerously-bypass-hook-trust` runs hooks nobody reviewed" }
        if command.environment.contains(where: { $0.key.hasPrefix("GIT_CONFIG") && $0.value.lowercased().contains("hookspath") }) {
            return "it sets `core.hooksPath` through git's environment, which runs git without Backstop's hooks"
        }
        let program = command.words.first.map { $0.hasPrefix("$(") && $0.contains("backstop") ? "backstop" : command.program } ?? ""
        switch program {
        case "git":
            if let reason = git(command) { return reason }
        case "backstop":
            let rest = Array((Array(command.arguments) + step.xargsInput).drop { $0 == "-C" }.filter { !$0.hasPrefix("/") })
            if let match = Self.personOnly.first(where: { words in rest.starts(with: words) || (rest.first == words.first && words.count > 1 && rest.contains(words[1])) }) {
                return "`backstop \(match.joined(separator: " "))` loosens or removes the guard: only a person runs it, at a terminal"
            }
        case "kill", "pkill", "killall":
            if (command.words + step.upstream.flatMap(\.words)).contains(where: { $0.contains("backstop") }) { return "it signals Backstop's watcher" }
        case "find":
            // `find .git/hooks -exec rm|chmod`: what it reaches is changed.
            let starts = command.arguments.prefix { !$0.hasPrefix("-") }
            if command.words.contains(where: { ["-exec", "-execdir", "-delete", "-ok"].contains($0) }),
               let file = starts.lazy.compactMap({ self.guardedFile($0, in: step.directory) }).first {
                return "it changes \(file), which configures a guard"
            }
        case "chmod", "rm", "mv", "cp", "tee", "truncate", "sed", "ln":
            if let file = guardedTarget(command, in: step.directory) { return "it changes \(file), which configures a guard" }
        default:
            break
        }
        for redirection in command.redirections where [">", ">>", ">|", "&>", "&>>"].contains(redirection.operation) {
            if let file = guardedFile(redirection.target, in: step.directory) { return "it writes \(file), which configures a guard" }
        }
        if command.program == "git", let switchName = Self.hookSwitches.first(where: { command.environment[$0] != nil || script.assignments[$0] != nil }) {
            return "`\(switchName)=` switches the git hooks off"
        }
        return nil
    }

    private func git(_ command: ShellCommand) -> String? {
        let words = Array(command.arguments)
        var index = 0
        // git takes any unique prefix of a long option (`--no-verif`), and a substitution may print it.
        if words.contains(where: { $0.count >= 6 && "--no-verify".hasPrefix($0) || ($0.hasPrefix("$(") && $0.contains("--no-verify")) }),
           words.contains(where: { ["commit", "push", "merge", "am", "rebase", "cherry-pick", "revert", "pull"].contains($0) }) {
            return "`--no-verify` skips Backstop's hooks"
        }
        while index < words.count, words[index].hasPrefix("-") {
            let option = words[index]
            if option == "-c", index + 1 < words.count {
                let setting = words[index + 1].lowercased()
                if setting.hasPrefix("alias."), setting.contains("--no-verify") || setting.contains("hookspath") {
                    return "an alias that skips Backstop's hooks"
                }
                if setting.hasPrefix("core.hookspath") { return "`-c core.hooksPath` runs git without Backstop's hooks" }
                if setting.contains(".pushurl") || setting.contains("pushinsteadof") || setting.contains(".insteadof") {
                    return "`-c \(words[index + 1].split(separator: "=").first ?? "")` sends the push around Backstop's push check"
                }
                index += 2
            } else if ["-C", "--git-dir", "--work-tree", "--namespace"].contains(option) {
                index += 2
            } else {
                index += 1
            }
        }
        guard index < words.count else { return nil }
        let subcommand = words[index]
        let rest = words[(index + 1)...]
        switch subcommand {
        case "commit", "merge", "am", "cherry-pick", "revert", "rebase", "pull":
            if rest.contains("--no-verify") || (subcommand == "commit" && Self.shortFlags(rest).contains("n")) {
                return "`--no-verify` skips Backstop's commit hooks"
            }
        case "push":
            if rest.contains("--no-verify") { return "`--no-verify` skips the pre-push hook" }
            if rest.contains(where: { $0.hasPrefix("--receive-pack") || $0.hasPrefix("--exec") }) { return "it runs another receive-pack" }
        case "send-pack":
            return "`git send-pack` pushes with no hook and no push check"
        case "config":
            // Reading a setting changes nothing.
            if rest.contains(where: { ["--get", "--get-all", "--get-regexp", "-l", "--list", "--show-origin"].contains($0) }) { return nil }
            let keys = rest.map { $0.lowercased() }
            if keys.contains(where: { $0.hasPrefix("core.hookspath") }) { return "it changes `core.hooksPath`, which decides which hooks run" }
            if keys.contains(where: { $0.contains("pushinsteadof") || $0.hasSuffix(".pushurl") }) { return "it changes the route pushes take to Backstop's push check" }
        case "remote":
            if rest.first == "set-url", rest.contains("--push") || rest.contains("--delete") { return "it changes a remote's push URL, which the push check routes" }
        case "update-ref":
            if rest.contains(where: { $0.hasPrefix("refs/remotes/") || $0.hasPrefix("refs/backstop/") }) {
                return "it rewrites a ref Backstop relies on (remote-tracking refs tell what a remote has; refs/backstop/ hold the snapshots)"
            }
        default:
            break
        }
        return nil
    }

    /// The letters of short flags (`-an` is `a` and `n`), up to `--`; a word right after a flag that
    /// takes a value (`-m MESSAGE`) is that value, not flags.
    static func shortFlags(_ words: ArraySlice<String>) -> Set<Character> {
        var letters = Set<Character>()
        var takesValue = false
        for word in words {
            if word == "--" { break }
            if takesValue { takesValue = false; continue }
            guard word.hasPrefix("-"), !word.hasPrefix("--"), word.count > 1 else { continue }
            let flags = word.dropFirst()
            guard flags.allSatisfy(\.isLetter) else { continue }
            letters.formUnion(flags)
            if let last = flags.last, "mFCcS".contains(last) { takesValue = true }
        }
        return letters
    }

    private func guardedTarget(_ command: ShellCommand, in directory: String) -> String? {
        if command.program == "sed", !command.words.contains(where: { $0 == "-i" || $0.hasPrefix("-i") || $0 == "--in-place" }) { return nil }
        return command.operands.lazy.compactMap { guardedFile($0, in: directory) }.first
    }

    func guardedFile(_ word: String, in directory: String) -> String? {
        guard let path = paths.absolute(word, in: directory), paths.isInsideTree(path) || path == paths.root else { return nil }
        let relative = String(path.dropFirst(paths.root.count + 1))
        return Self.guardedFiles.first { file in file.hasSuffix("/") ? (relative + "/").hasPrefix(file) : relative == file }.map { _ in relative }
    }
}
