import Foundation

/// The network side: `exfiltration` (a sink that carries a secret file or value, or a push to a
/// remote nobody approved), `download-execute` (running what was just downloaded) and
/// `tainted-send` (a session that read secrets sending data to a host outside the allow list).
struct NetworkRules {
    let paths: CommandPaths
    let facts: PreToolFacts

    /// Programs that send data to another host.
    static let sinks: Set<String> = ["curl", "wget", "nc", "ncat", "netcat", "socat", "scp", "sftp", "rsync", "ssh", "ftp", "telnet",
                                     "http", "https", "xh", "httpie", "aws", "gsutil", "gcloud", "az", "rclone", "s3cmd", "gh", "openssl"]
    static let interpreters: Set<String> = ["sh", "bash", "zsh", "dash", "ksh", "fish", "python", "python3", "python2", "node", "perl",
                                            "ruby", "php", "deno", "bun", "pwsh", "source", "."]
    /// Code in an interpreter one-liner that talks to the network.
    static let networkCalls = ["requests.post", "requests.put", "requests.get", "urllib", "http.client", "urlopen", "socket.", "fetch(",
                               "http.request", "https.request", "axios", "Net::HTTP", "LWP::", "HTTP::Tiny", "IO::Socket", "curl_exec",
                               "net.connect", "XMLHttpRequest"]

    /// Whether the step sends data out of the machine, and where to (hosts it names).
    func sink(_ step: ScriptWalk.Step) -> (isSink: Bool, hosts: [String]) {
        let command = step.command
        if let code = command.inlineCode, Self.networkCalls.contains(where: code.code.contains) {
            return (true, Self.hosts(in: code.code))
        }
        guard Self.sinks.contains(command.program) else { return (false, []) }
        switch command.program {
        case "gh": guard command.arguments.first == "gist" || command.arguments.first == "api" else { return (false, []) }
        case "aws", "gsutil", "gcloud", "az", "rclone", "s3cmd":
            guard command.words.contains(where: { $0.hasPrefix("s3://") || $0.hasPrefix("gs://") || $0 == "cp" || $0 == "sync" || $0 == "copy" })
            else { return (false, []) }
        case "openssl": guard command.arguments.first == "s_client" else { return (false, []) }
        case "ssh": guard command.operands.contains(where: { !$0.hasPrefix("-") }) else { return (false, []) }
        default: break
        }
        return (true, command.operands.flatMap(Self.hosts(in:)))
    }

    /// `exfiltration`: what leaves carries a secret file or value.
    func exfiltration(_ step: ScriptWalk.Step) -> String? {
        guard sink(step).isSink else { return nil }
        let command = step.command
        let inputs = command.words + command.redirections.filter { $0.operation.hasPrefix("<") }.map(\.target)
            + step.upstream.flatMap { $0.words + $0.redirections.map(\.target) }
        if let file = inputs.first(where: { paths.mentionsSecretFile($0, in: step.directory) }) {
            return "it sends a secret file (\(file)) to another host"
        }
        let texts = [command.text] + step.upstream.map(\.text) + (command.inlineCode.map { [$0.code] } ?? [])
        return texts.lazy.compactMap { facts.secret(in: $0, path: "(command)") }.first.map { "it sends \(PreToolFacts.describe($0)) to another host" }
    }

    /// A push to a remote or URL nobody approved carries the repository's history out.
    func unapprovedPush(_ step: ScriptWalk.Step) -> String? {
        let command = step.command
        guard command.program == "git", let push = command.words.firstIndex(of: "push") else { return nil }
        let target = command.words[(push + 1)...].first { !$0.hasPrefix("-") }
        guard let target else { return nil }
        if facts.approvedRemotes[target] != nil { return nil }
        let normalized = RemoteApprovals.normalized(target)
        if facts.approvedRemotes.values.contains(where: { RemoteApprovals.normalized($0) == normalized }) { return nil }
        guard target.contains("/") || target.contains(":") || !facts.approvedRemotes.isEmpty else { return nil }
        return "`git push \(target)`: \(target) is not an approved remote"
    }

    /// `download-execute`: a download piped into an interpreter, run through `<(...)` or
    /// `$(...)`, or saved, made executable and run in the same line.
    func downloadExecute(_ steps: [ScriptWalk.Step]) -> String? {
        for step in steps where Self.interpreters.contains(step.command.program) {
            if step.upstream.contains(where: Self.downloads) { return "it pipes a download into \(step.command.program)" }
            if step.command.words.contains(where: { ($0.hasPrefix("<(") || $0.hasPrefix("$(") || $0.hasPrefix("`")) && ($0.contains("curl") || $0.contains("wget")) }) {
                return "it runs a download with \(step.command.program)"
            }
        }
        if let eval = steps.first(where: { $0.command.wrappers.contains("eval") }), steps.contains(where: { Self.downloads($0.command) }) {
            return "it evaluates what \(eval.command.program) downloads"
        }
        // `sh -c "$(curl ...)"`: the script a shell is given is the download.
        if let run = steps.first(where: { step in
            step.command.wrappers.contains { $0.hasSuffix(" -c") } && (step.command.words.first.map { $0.hasPrefix("$(") && ($0.contains("curl") || $0.contains("wget")) } ?? false)
        }) {
            return "it runs a download with \(run.command.wrappers.last ?? "a shell")"
        }
        // Saved, made executable, run.
        // A file is known by its path, or, when the line names it by a variable (`"$F"`), by that word.
        func key(_ word: String, _ directory: String) -> String { paths.absolute(word, in: directory) ?? word }
        var saved: [String: String] = [:]
        for step in steps {
            let command = step.command
            if Self.downloads(command), let file = Self.savedFile(command) {
                saved[key(file, step.directory)] = file
            } else if let first = command.words.first, let file = saved[key(first, step.directory)], first.contains("/") || first.hasPrefix("$") {
                return "it runs \(file), which the same line downloads"
            } else if Self.interpreters.contains(command.program), let script = command.operands.first, let file = saved[key(script, step.directory)] {
                return "it runs \(file), which the same line downloads"
            }
        }
        return nil
    }

    static func downloads(_ command: ShellCommand) -> Bool {
        ["curl", "wget", "fetch", "aria2c", "http", "xh"].contains(command.program)
    }

    /// The file a download is saved to (`curl -o F`, `wget -O F`, `wget URL` saves under the URL's name).
    static func savedFile(_ command: ShellCommand) -> String? {
        let words = Array(command.arguments)
        let url = command.operands.first { $0.contains("://") }
        let remoteName = url.flatMap { $0.split(separator: "/").last.map(String.init) }
        for (index, word) in words.enumerated() where index + 1 < words.count {
            if ["-o", "--output", "--output-document"].contains(word) || (command.program == "wget" && word == "-O") {
                return words[index + 1] == "-" ? nil : words[index + 1]
            }
        }
        if let output = command.redirections.first(where: { $0.operation == ">" || $0.operation == ">>" }) { return output.target }
        // curl -O / --remote-name, and wget by default, save under the URL's last part.
        if command.program == "curl", command.hasFlag(short: "O", long: "remote-name") { return remoteName }
        if command.program == "wget", !words.contains(where: { $0.hasPrefix("-O") || $0.hasPrefix("-qO") }) { return remoteName }
        return nil
    }

    /// Hosts a word names: `scheme://host/...`, `user@host:path`, or a bare `host` for nc/ssh.
    static func hosts(in text: String) -> [String] {
        var found: [String] = []
        for piece in text.split(whereSeparator: { " \"'(),;".contains($0) }) {
            let word = String(piece)
            if let range = word.range(of: "://") {
                let rest = word[range.upperBound...]
                let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
                let host = authority.split(separator: "@").last.map { $0.split(separator: ":").first.map(String.init) ?? "" } ?? ""
                if !host.isEmpty { found.append(host.lowercased()) }
            } else if let at = word.firstIndex(of: "@"), let colon = word[at...].firstIndex(of: ":") {
                found.append(String(word[word.index(after: at)..<colon]).lowercased())
            } else if word.contains("."), word.first?.isLetter == true, !word.contains("/"), word.split(separator: ".").count >= 2,
                      word.split(separator: ".").last.map({ $0.allSatisfy(\.isLetter) }) == true {
                found.append(word.lowercased())
            }
        }
        return found
    }

    /// The hosts that are neither on `allowed` nor below one of them (`api.github.com` is below
    /// `github.com`).
    static func outside(_ hosts: [String], allowed: [String]) -> [String] {
        let allowed = allowed.map { $0.lowercased() }
        return hosts.filter { host in !allowed.contains { host == $0 || host.hasSuffix("." + $0) } }
    }

    /// `tainted-send`: any host outside the allow list (and the approved remotes' hosts).
    func taintedSend(_ step: ScriptWalk.Step) -> String? {
        guard facts.sessionTainted else { return nil }
        let (isSink, hosts) = sink(step)
        guard isSink else { return nil }
        let outside = Self.outside(hosts, allowed: facts.allowedHosts + facts.approvedRemotes.values.flatMap(Self.hosts(in:)))
        guard !outside.isEmpty || hosts.isEmpty else { return nil }
        return "this session read secrets, and it sends data to \(outside.first ?? "a host it does not name")"
    }
}
