/// Why the pre-tool check denies a call: only what a rollback cannot undo. Stable ids, as the
/// scanner's rules and the watcher's classes are.
public enum PreToolRule: String, Sendable, CaseIterable {
    /// Deletes outside the working tree, or the tree's root itself (`rm -rf ~`, `..`, `/`).
    case deleteOutsideTree = "delete-outside-tree"
    /// Sends a secret file or a secret value to a network sink (curl, wget, nc, scp, rsync, ssh,
    /// a push to an unapproved remote, an interpreter that posts, web fetch, MCP).
    case exfiltration
    /// Runs what was just downloaded (`curl ... | sh`, download then `chmod +x` and run).
    case downloadExecute = "download-execute"
    /// Writes that persist outside the repository (`~/.bashrc`, `~/.ssh/authorized_keys`, crontab,
    /// systemd units).
    case persistence
    /// Switches a guard off (`--no-verify`, `core.hooksPath`, `HUSKY=0`, `send-pack`, the person-only
    /// commands, signals to the watcher, the agents' hook configuration, `disableAllHooks`).
    case guardOff = "guard-off"
    /// An editing tool's new content carries a secret.
    case secretWrite = "secret-write"
    /// The session read a secret; it now sends data to a host outside the allow list.
    case taintedSend = "tainted-send"
}
