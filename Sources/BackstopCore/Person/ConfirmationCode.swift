import Foundation

/// The code a person types back to run a person-only command: a few characters from an alphabet
/// without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B), drawn from the generator given (the
/// system's random source outside tests).
public struct ConfirmationCode: Sendable, Equatable {
    public static let alphabet = Array("ACDEFGHJKMNPQRTUVWXY34679")
    public static let length = 5

    public let text: String

    public init<Generator: RandomNumberGenerator>(using generator: inout Generator) {
        text = String((0..<Self.length).map { _ in Self.alphabet.randomElement(using: &generator) ?? "A" })
    }

    public init(text: String) {
        self.text = text
    }

    /// Whether a typed line is this code: spaces around it and letter case do not matter.
    public func matches(_ typed: String) -> Bool {
        typed.trimmingCharacters(in: .whitespacesAndNewlines).uppercased() == text
    }
}
