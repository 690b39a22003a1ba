import BackstopCore
import BackstopGuard

/// The gate before a command that loosens or removes the guard: it runs for a person at a
/// terminal who types back the code shown there, or where the user file relaxed it. Refused, the
/// command says why and how a person does it, and changes nothing (exit 1).
enum PersonGate {
    /// Whether `command` may go on. `needed` is the Core's decision (`PersonOnlyPolicy`);
    /// `doing` says what the command is about to do, for the person at the terminal; `commandLine`
    /// is how a person runs it.
    static func admits(_ name: String, needed: Bool, doing: String, commandLine: String, in directory: String) -> Bool {
        guard needed else { return true }
        switch PersonConfirmation.ask("backstop: `\(commandLine)` \(doing).") {
        case .confirmed:
            return true
        case .noTerminal:
            Terminal.say("""
                backstop \(name): refused: this loosens the guard, so only a person runs it, at a terminal (here there is none). Nothing was changed.
                A person who means it can run `\(commandLine)` in \(directory) at a terminal.
                """)
        case .wrongCode:
            Terminal.say("backstop \(name): refused: the code typed at the terminal did not match. Nothing was changed.")
        case .failed(let reason):
            Terminal.say("backstop \(name): refused: the terminal could not be used (\(reason)). Nothing was changed.")
        }
        return false
    }
}
