/// How pushes reach Backstop's push check without the hooks: git hands every push whose URL starts
/// with `backstop::` to the remote helper `git-remote-backstop`, which checks the ref updates as
/// pre-push does and then pushes with git's own transport. `--no-verify` and `core.hooksPath` skip
/// hooks; they do not change which helper a URL names.
///
/// The repository's configuration sends pushes there in two ways: `url.backstop::.pushInsteadOf`
/// with an empty prefix rewrites every push URL (remotes, new remotes, URLs typed on the command
/// line), and a remote's explicit `pushurl`, which git exempts from `pushInsteadOf`, is itself
/// written in the `backstop::` form.
public enum PushRoute {
    /// The transport name git resolves to the `git-remote-backstop` program.
    public static let transport = "backstop"
    public static let prefix = transport + "::"
    /// The program git runs for the transport, found on PATH.
    public static let helperProgram = "git-remote-" + transport
    /// The setting that routes every push URL through the helper.
    public static let insteadOfKey = "url.\(prefix).pushInsteadOf"

    /// The URL a push goes through the helper with.
    public static func routed(_ url: String) -> String {
        url.hasPrefix(prefix) ? url : prefix + url
    }

    /// The URL the helper pushes to in the end.
    public static func destination(_ url: String) -> String {
        url.hasPrefix(prefix) ? String(url.dropFirst(prefix.count)) : url
    }

    public static func isRouted(_ url: String) -> Bool { url.hasPrefix(prefix) }
}
