/// `persistence`: writes that outlive the repository and run later, outside it: shell start-up
/// files, authorized SSH keys, cron and systemd.
struct PersistenceRule {
    let paths: CommandPaths

    static let homeFiles = ["/.bashrc", "/.bash_profile", "/.bash_login", "/.profile", "/.zshrc", "/.zprofile", "/.zshenv", "/.bash_logout",
                            "/.config/fish/config.fish", "/.ssh/authorized_keys", "/.ssh/authorized_keys2", "/.ssh/rc", "/.xprofile",
                            "/.pam_environment", "/.gitconfig"]
    static let homeFolders = ["/.config/systemd/", "/.config/autostart/", "/.local/share/systemd/", "/.config/environment.d/"]
    static let systemFolders = ["/etc/cron", "/etc/systemd/", "/etc/profile", "/etc/bash", "/etc/zsh", "/etc/rc", "/etc/init", "/var/spool/cron/",
                                "/etc/ld.so.preload", "/etc/sudoers", "/usr/lib/systemd/", "/lib/systemd/"]

    func violation(_ step: ScriptWalk.Step) -> String? {
        let command = step.command
        switch command.program {
        case "crontab":
            if !command.arguments.contains("-l") { return "it installs a crontab" }
        case "systemctl":
            if command.arguments.contains(where: { ["enable", "link", "edit", "set-property"].contains($0) }) { return "it enables a systemd unit" }
        case "at", "batch":
            return "it schedules a command to run later"
        default:
            break
        }
        for target in writtenFiles(step) {
            if let reason = persists(target, in: step.directory) { return reason }
        }
        return nil
    }

    /// Whether writing `word` persists outside the repository.
    func persists(_ word: String, in directory: String) -> String? {
        guard let path = paths.absolute(word, in: directory), !paths.isInsideTree(path) else { return nil }
        if path.hasPrefix(paths.home + "/") {
            let inHome = String(path.dropFirst(paths.home.count))
            if Self.homeFiles.contains(inHome) || Self.homeFolders.contains(where: inHome.hasPrefix) { return "it writes \(word), which runs or grants access outside the repository" }
        }
        if Self.systemFolders.contains(where: path.hasPrefix) { return "it writes \(word), a system start-up or scheduling file" }
        return nil
    }

    /// The files a command writes: redirections, `tee`, the destination of `cp`/`mv`/`ln`/`install`,
    /// `sed -i`, `dd of=`.
    func writtenFiles(_ step: ScriptWalk.Step) -> [String] {
        let command = step.command
        var files = command.redirections.filter { [">", ">>", ">|", "&>", "&>>", "1>", "2>"].contains($0.operation) }.map(\.target)
        switch command.program {
        case "tee": files += command.operands
        case "cp", "mv", "ln", "install", "rsync": if let last = command.operands.last, command.operands.count >= 2 { files.append(last) }
        case "sed", "perl": if command.words.contains(where: { $0.hasPrefix("-i") || $0 == "--in-place" || $0.hasPrefix("-pi") }) { files += command.operands.dropFirst() }
        case "dd": files += command.arguments.filter { $0.hasPrefix("of=") }.map { String($0.dropFirst(3)) }
        default: break
        }
        return files
    }
}
