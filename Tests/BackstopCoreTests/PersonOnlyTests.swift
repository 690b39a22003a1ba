import BackstopCore
import Foundation
import Testing

/// Which commands need a person, the user file's `personOnly`, the confirmation code and the
/// deletion allowance, as tables. No terminal, no repository.
@Suite struct PersonOnlyTests {
    struct UndoRow: CustomStringConvertible, Sendable {
        let description: String
        let relaxed: Set<PersonOnlyCommand>
        let puttingBack: [ActionClass]?
        let needsPerson: Bool
    }

    static let undoRows: [UndoRow] = [
        UndoRow(description: "a restore's undo (nothing blocked)", relaxed: [], puttingBack: [], needsPerson: false),
        UndoRow(description: "a mass deletion's rollback", relaxed: [], puttingBack: [.massDeletion], needsPerson: false),
        UndoRow(description: "a discarded edit's rollback", relaxed: [], puttingBack: [.discardUncommitted], needsPerson: false),
        UndoRow(description: "a secret's rollback", relaxed: [], puttingBack: [.secret], needsPerson: true),
        UndoRow(description: "a copied credential's rollback", relaxed: [], puttingBack: [.credentialCopy], needsPerson: true),
        UndoRow(description: "a tampered guard's rollback", relaxed: [], puttingBack: [.guardTamper], needsPerson: true),
        UndoRow(description: "a mass deletion that also wrote a secret", relaxed: [], puttingBack: [.massDeletion, .secret], needsPerson: true),
        UndoRow(description: "classes not known (an old record)", relaxed: [], puttingBack: nil, needsPerson: true),
        UndoRow(description: "a secret's rollback, undo relaxed", relaxed: [.undo], puttingBack: [.secret], needsPerson: false),
        UndoRow(description: "a secret's rollback, only allow relaxed", relaxed: [.allow], puttingBack: [.secret], needsPerson: true),
    ]

    @Test(arguments: undoRows) func undoNeedsAPersonByWhatItPutsBack(_ row: UndoRow) {
        #expect(PersonOnlyPolicy(relaxed: row.relaxed).undoNeedsPerson(puttingBack: row.puttingBack) == row.needsPerson)
    }

    @Test(arguments: PersonOnlyCommand.allCases) func everyCommandNeedsAPersonUnlessRelaxed(_ command: PersonOnlyCommand) {
        #expect(PersonOnlyPolicy().needsPerson(command))
        #expect(!PersonOnlyPolicy(relaxed: [command]).needsPerson(command))
        let others = Set(PersonOnlyCommand.allCases).subtracting([command])
        #expect(PersonOnlyPolicy(relaxed: others).needsPerson(command))
    }

    static let values: [(String, String?, Set<PersonOnlyCommand>)] = [
        (#"{"allow": false}"#, nil, [.allow]),
        (#"{"allow": true, "watch --stop": false, "undo": false}"#, nil, [.watchStop, .undo]),
        (#"{}"#, nil, []),
        (#"false"#, "must be an object of command names", []),
        (#"["allow"]"#, "must be an object of command names", []),
        (#"{"alow": false}"#, "'alow' is not one of", []),
        (#"{"allow": "no"}"#, "'allow' must be true or false", []),
    ]

    @Test(arguments: values.indices) func theUserFileValue(_ index: Int) throws {
        let (text, problem, relaxed) = Self.values[index]
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        if let problem {
            #expect(PersonOnlyPolicy.problem(with: value)?.contains(problem) == true, "\(text)")
        } else {
            #expect(PersonOnlyPolicy.problem(with: value) == nil, "\(text)")
            #expect(PersonOnlyPolicy(value: value).relaxed == relaxed, "\(text)")
        }
    }

    @Test func onlyTheUserFileMaySetIt() throws {
        let text = Data(#"{"personOnly": {"allow": false}, "commit": {"massDeletionFiles": 30}}"#.utf8)
        let user = try ConfigurationLayer.parse(text, source: "user", mayLock: true)
        let effective = EffectiveConfiguration(layers: [user])
        #expect(effective.configuration.personOnly.relaxed == [.allow])
        #expect(effective.configuration.massDeletion.files == 30)
        #expect(Configuration.defaults.personOnly == PersonOnlyPolicy())
        #expect(!ConfigurationSchema.keys.contains { $0.path == ConfigurationSchema.personOnlyKey }, "named in no listing: `config` prints the keys")
        #expect(throws: ConfigurationError(key: "personOnly", source: ".backstop.json",
                                           message: "only the user file (~/.config/backstop/config.json) may set it")) {
            try ConfigurationLayer.parse(text, source: ".backstop.json", mayLock: false)
        }
        #expect(throws: ConfigurationError.self) {
            try ConfigurationLayer.parse(Data(#"{"personOnly": {"everything": false}}"#.utf8), source: "user", mayLock: true)
        }
    }

    /// SplitMix64: the same codes on every run.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    @Test func theCodeHasNoLookAlikesAndIsTypedBackLoosely() {
        var generator = SeededGenerator(state: 7)
        let codes = (0..<200).map { _ in ConfirmationCode(using: &generator) }
        #expect(codes.allSatisfy { $0.text.count == ConfirmationCode.length })
        #expect(codes.allSatisfy { $0.text.allSatisfy(ConfirmationCode.alphabet.contains) })
        #expect(Set(codes.map(\.text)).count > 190, "drawn, not fixed")
        for lookAlike in "0O1IL2Z5S8B" { #expect(!ConfirmationCode.alphabet.contains(lookAlike)) }
        let code = ConfirmationCode(text: "K7WQ4")
        #expect(code.matches("K7WQ4"))
        #expect(code.matches("  k7wq4 \r"))
        #expect(!code.matches("K7WQ"))
        #expect(!code.matches(""))
        #expect(!code.matches("K7WQ44"))
    }

    @Test func aDeletionAllowanceRoundTripsAndEndsWhenHeadMoves() throws {
        let head = String(repeating: "ab", count: 20)
        let allowance = DeletionAllowance(head: head, paths: ["generated/a.txt", "odd\nname.txt", "b c.txt"])
        let decoded = try #require(DeletionAllowance(decoding: allowance.encoded))
        #expect(decoded == allowance)
        #expect(decoded.allowedDeletions(at: head) == allowance.paths)
        #expect(decoded.allowedDeletions(at: String(repeating: "cd", count: 20)).isEmpty)
        let unborn = DeletionAllowance(head: "", paths: ["a"])
        #expect(DeletionAllowance(decoding: unborn.encoded)?.allowedDeletions(at: "") == ["a"])
        #expect(DeletionAllowance(decoding: Array("something else\n\n".utf8)) == nil)
        #expect(DeletionAllowance(decoding: []) == nil)
    }
}
