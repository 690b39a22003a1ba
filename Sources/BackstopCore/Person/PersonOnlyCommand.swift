/// A command that loosens or removes the guard. Only a person runs it: an agent that could would
/// switch off what guards against it, and the messages that stop an agent name these commands.
/// The raw values are how the user file's `personOnly` names them.
public enum PersonOnlyCommand: String, CaseIterable, Sendable {
    /// `undo` of a rollback that kept a secret, a copied credential or a tampered guard out.
    case undo
    /// `allow FINGERPRINT` and `allow --deletion`.
    case allow
    case allowRemote = "allow-remote"
    case uninstall
    case watchStop = "watch --stop"
    /// `config --accept`: what the user file and the team's file loosen takes effect.
    case configAccept = "config --accept"
    /// `leaks --rotated`: the alarm about secrets that reached a remote is silenced.
    case leaksRotated = "leaks --rotated"
}
