import BackstopCore

/// The repository's remotes, as git's configuration and history tell.
public enum Remotes {
    /// Every URL git pushes to for each remote: its `url`s and `pushurl`s, by remote name.
    public static func urls(in root: String) throws(GitError) -> [String: [String]] {
        let outcome = try GitCommandLine(directory: root).runAllowingFailure(["config", "--get-regexp", #"^remote\..*\.(url|pushurl)$"#])
        var result: [String: [String]] = [:]
        for line in outcome.text.split(separator: "\n") {
            guard let space = line.firstIndex(of: " ") else { continue }
            let key = line[..<space]
            let value = String(line[line.index(after: space)...])
            let parts = key.split(separator: ".")
            guard parts.count >= 3 else { continue }
            let name = parts[1..<(parts.count - 1)].joined(separator: ".")
            result[name, default: []].append(value)
        }
        return result
    }

    /// Every remote by name, its `url`s and `pushurl`s apart: a push goes to the `pushurl`s when
    /// there are any. In the order git's configuration lists the remotes.
    public static func configured(in root: String) throws(GitError) -> [ConfiguredRemote] {
        let outcome = try GitCommandLine(directory: root).runAllowingFailure(["config", "--get-regexp", #"^remote\..*\.(url|pushurl)$"#])
        var names: [String] = []
        var urls: [String: [String]] = [:]
        var pushURLs: [String: [String]] = [:]
        for line in outcome.text.split(separator: "\n") {
            guard let space = line.firstIndex(of: " ") else { continue }
            let parts = line[..<space].split(separator: ".")
            guard parts.count >= 3 else { continue }
            let name = parts[1..<(parts.count - 1)].joined(separator: ".")
            let value = String(line[line.index(after: space)...])
            if urls[name] == nil, pushURLs[name] == nil { names.append(name) }
            // git lowercases the variable name in this output: `pushURL` comes as `pushurl`.
            if parts[parts.count - 1] == "pushurl" { pushURLs[name, default: []].append(value) } else { urls[name, default: []].append(value) }
        }
        return names.map { ConfiguredRemote(name: $0, urls: urls[$0] ?? [], pushURLs: pushURLs[$0] ?? []) }
    }

    /// How the remote's commit `remoteID` relates to `localID`, which a push would put in its place.
    public static func ancestry(of remoteID: String, to localID: String, in root: String) throws(GitError) -> RefUpdate.Ancestry {
        switch try GitCommandLine(directory: root).runAllowingFailure(["merge-base", "--is-ancestor", remoteID, localID]).status {
        case 0: .fastForward
        case 1: .rewrite
        default: .unknownRemoteCommit
        }
    }
}
