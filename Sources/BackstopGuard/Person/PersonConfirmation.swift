import BackstopCore
import BackstopSystem

/// Asks whether a person is there: at the controlling terminal, a code drawn from the system's
/// random source is shown and must be typed back. The code goes to the terminal alone, never to
/// standard output or error, which an agent's tool captures; an agent's shell has no terminal.
public enum PersonConfirmation {
    public enum Answer: Sendable, Equatable {
        /// A person typed the code back.
        case confirmed
        /// The process has no controlling terminal.
        case noTerminal
        /// Something else was typed, or nothing (the terminal closed).
        case wrongCode
        /// The terminal could not be written or read.
        case failed(String)
    }

    /// Shows `question` at the terminal, then asks for the code.
    public static func ask(_ question: String) -> Answer {
        guard let terminal = ControllingTerminal.open() else { return .noTerminal }
        var random = SystemRandomNumberGenerator()
        let code = ConfirmationCode(using: &random)
        do {
            terminal.discardTypedAhead()
            try terminal.write(question + "\nIf you are a person and mean it, type the code \(code.text) and press Enter (anything else gives up): ")
            guard let typed = try terminal.readLine(), code.matches(typed) else { return .wrongCode }
            return .confirmed
        } catch {
            return .failed(error.description)
        }
    }
}
