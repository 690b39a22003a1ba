@testable import BackstopCore
import Foundation
import Testing

@Suite struct ConfigurationTests {
    @Test func defaultFileEqualsTheBuiltInDefaults() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("config/default.json")
        let file = try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: url))
        #expect(file == ConfigurationSchema.defaultDocument)
        #expect(try StrictJSONReader.read([UInt8](Data(contentsOf: url)), source: "default.json").value == ConfigurationSchema.defaultDocument)
    }

    @Test(arguments: [
        (#"{}"#, JSONValue.object([:])),
        (" \t\r\n[ ] ", .array([])),
        (#"{"a": [1, -2.5, 3e2, 0, -0.0, 1E-2], "b": {"c": null, "d": true, "e": false}}"#,
         .object(["a": .array([.number(1), .number(-2.5), .number(300), .number(0), .number(0), .number(0.01)]),
                  "b": .object(["c": .null, "d": .bool(true), "e": .bool(false)])])),
        (#""a\"b\\c\/d\b\f\n\r\t""#, .string("a\"b\\c/d\u{08}\u{0C}\n\r\t")),
        (#""\u00e9\u20AC\ud83d\ude00 é""#, .string("é€😀 é")),
        ("\u{FEFF}{\"a\": 1}", .object(["a": .number(1)])),
        (#"99999999999999999999999"#, .number(1e23)),
        (#"1e-400"#, .number(0)),
    ])
    func strictReaderReadsWhatJSONAllows(_ text: String, _ expected: JSONValue) throws {
        #expect(try StrictJSONReader.read(Array(text.utf8), source: "f").value == expected)
    }

    @Test func strictReaderKeepsNumbersAsWritten() throws {
        let document = try StrictJSONReader.read(Array(#"{"a": {"b": 99999999999999999999999}, "c": [1.50]}"#.utf8), source: "f")
        #expect(document.numberTexts == ["a.b": "99999999999999999999999", "c[0]": "1.50"])
    }

    /// Text, the key path the error must name ("" for the whole file), and words its message holds.
    @Test(arguments: [
        (#"{"commit": {"massDeletionFiles": 1e400}}"#, "commit.massDeletionFiles", "1e400 is out of range"),
        (#"{"commit": {"massDeletionFiles": -1E+999}}"#, "commit.massDeletionFiles", "-1E+999 is out of range"),
        (#"{"commit": {"massDeletionFiles": 5, "massDeletionFiles": 6}}"#, "commit.massDeletionFiles", #"duplicate key "commit.massDeletionFiles""#),
        ("{\"commit\": {},\n \"commit\": {}}", "commit", "lines 1 and 2"),
        (#"{"scan": {"maxFileBytes": }}"#, "scan.maxFileBytes", "expected a value, found '}'"),
        (#"{"scan": {"allowPaths": ["a" "b"]}}"#, "scan.allowPaths", "expected ',' or ']'"),
        (#"{"scan": {"allowPaths": ["a", 01]}}"#, "scan.allowPaths[1]", "01 is not a JSON number"),
        (#"{"a": 1.}"#, "a", "1. is not a JSON number"),
        (#"{"a": .5}"#, "a", "expected a value"),
        (#"{"a": +1}"#, "a", "expected a value"),
        (#"{"a": NaN}"#, "a", "expected a value"),
        (#"{"a": Infinity}"#, "a", "expected a value"),
        (#"{"a": 12abc}"#, "a", "12abc is not a JSON number"),
        (#"{"a": tru}"#, "a", "expected a value"),
        (#"{"a": 1,}"#, "", "expected a key in double quotes, found '}'"),
        (#"{"a" 1}"#, "a", "expected ':'"),
        (#"{a: 1}"#, "", "expected a key"),
        (#"{"a": "\ud800"}"#, "a", "half of a surrogate pair"),
        (#"{"a": "\x"}"#, "a", "not a JSON escape"),
        (#"{"a": "\u12"}"#, "a", "four hex digits"),
        ("{\"a\": \"line\nbreak\"}", "a", "control character"),
        (#"{"a": "open"#, "a", "ends inside a string"),
        (#"{"a": 1} {}"#, "", "after the document"),
        ("", "", "the file ends"),
        ("{ not json", "", "expected a key"),
        (String(repeating: "[", count: 100), String(repeating: "[0]", count: 64), "nested deeper than 64 levels"),
    ])
    func strictReaderNamesTheKey(_ text: String, _ key: String, _ words: String) {
        #expect {
            try StrictJSONReader.read(Array(text.utf8), source: "team.json")
        } throws: { error in
            guard let error = error as? ConfigurationError else { return false }
            return error.key == key && error.source == "team.json" && error.message.contains(words)
        }
    }

    @Test func strictReaderRejectsBytesThatAreNotUTF8() {
        #expect(throws: ConfigurationError.self) { try StrictJSONReader.read(Array(#"{"a": ""#.utf8) + [0xC3, 0x28, 0x22, 0x7D], source: "f") }
        #expect(throws: ConfigurationError.self) { try StrictJSONReader.read(Array(#"{"a": ""#.utf8) + [0xFF, 0x22, 0x7D], source: "f") }
    }

    /// Values a lenient decoder let through to a trapping `Int(_:)`: each is an error naming the key
    /// and showing the value as written, never a crash.
    @Test(arguments: [
        (#"{"commit": {"massDeletionFiles": 99999999999999999999999}}"#, "commit.massDeletionFiles",
         "99999999999999999999999 is out of range (1 ... 1000000)"),
        (#"{"commit": {"massDeletionFiles": -99999999999999999999999}}"#, "commit.massDeletionFiles", "is out of range"),
        (#"{"scan": {"maxFileBytes": 9223372036854775808}}"#, "scan.maxFileBytes", "9223372036854775808 is out of range"),
        (#"{"snapshots": {"diskBudgetBytes": 1e300}}"#, "snapshots.diskBudgetBytes", "1e300 is out of range"),
        (#"{"watch": {"settleMilliseconds": 0}}"#, "watch.settleMilliseconds", "0 is out of range (10 ... 60000)"),
        (#"{"commit": {"massDeletionFiles": 2.5}}"#, "commit.massDeletionFiles", "2.5 is not a whole number"),
        (#"{"commit": {"massDeletionFraction": 1e10}}"#, "commit.massDeletionFraction", "1e10 is out of range (0.01 ... 1.0)"),
    ])
    func numbersOutOfRangeNameTheKey(_ text: String, _ key: String, _ words: String) {
        #expect {
            try ConfigurationLayer.parse(Data(text.utf8), source: ".backstop.json", mayLock: false)
        } throws: { error in
            guard let error = error as? ConfigurationError else { return false }
            return error.key == key && error.description.hasPrefix(".backstop.json: key '\(key)': ") && error.message.contains(words)
        }
    }

    @Test func wholeNumbersWrittenAnyWayAreRead() throws {
        let layer = try ConfigurationLayer.parse(Data(#"{"commit": {"massDeletionFiles": 1e2, "massDeletionFractionMinimumFiles": 7.0}}"#.utf8),
                                                 source: "f", mayLock: false)
        let configuration = EffectiveConfiguration(layers: [layer]).configuration
        #expect(configuration.massDeletion.files == 100)
        #expect(configuration.massDeletion.fractionMinimumFiles == 7)
    }

    @Test func typedValuesNeverTrapOnValuesTheSchemaWouldRefuse() {
        let configuration = Configuration(values: ["commit.massDeletionFiles": .number(1e23), "watch.settleMilliseconds": .number(.nan),
                                                   "scan.maxFileBytes": .number(-.infinity)])
        #expect(configuration.massDeletion.files == 20)
        #expect(configuration.settleMilliseconds == 300)
        #expect(configuration.maximumScanFileBytes == 1_048_576)
    }

    @Test(arguments: [
        (#"{"scan": {"maxFileBytes": 0}}"#, "scan.maxFileBytes"),
        (#"{"scan": {"maxFileBytes": 1.5}}"#, "scan.maxFileBytes"),
        (#"{"scan": {"allowPaths": "x"}}"#, "scan.allowPaths"),
        (#"{"scan": {"disabledRules": ["no-such-rule"]}}"#, "scan.disabledRules"),
        (#"{"policy": {"secret": "maybe"}}"#, "policy.secret"),
        (#"{"push": {"blockForcePush": "yes"}}"#, "push.blockForcePush"),
        (#"{"colour": true}"#, "colour"),
        (#"{"scan": {"speed": 1}}"#, "scan.speed"),
        (#"{"locked": ["scan.maxFileBytes"]}"#, "locked"),
    ])
    func badValuesNameTheKey(_ text: String, _ key: String) {
        #expect(throws: ConfigurationError.self) { try ConfigurationLayer.parse(Data(text.utf8), source: "repo", mayLock: false) }
        do {
            _ = try ConfigurationLayer.parse(Data(text.utf8), source: "repo", mayLock: false)
        } catch {
            #expect(error.key == key)
        }
    }

    @Test func laterLayersWinAndLockedKeysOnlyTighten() throws {
        let user = try ConfigurationLayer.parse(Data((#"{"policy": {"discard-uncommitted": "warn"}, "commit": {"massDeletionFiles": 10}, "#
            + #""locked": ["policy.discard-uncommitted", "commit.massDeletionFiles", "scan.allowPaths"]}"#).utf8), source: "user", mayLock: true)
        let repo = try ConfigurationLayer.parse(Data((#"{"policy": {"discard-uncommitted": "allow"}, "commit": {"massDeletionFiles": 8}, "#
            + #""scan": {"allowPaths": ["**/*.txt"]}}"#).utf8), source: "repo", mayLock: false)
        let effective = EffectiveConfiguration(layers: [user, repo], repositoryLayerIndex: 1)
        #expect(effective.configuration.verdict(for: .discardUncommitted) == .warn)
        #expect(effective.configuration.massDeletion.files == 8)
        #expect(effective.sources["commit.massDeletionFiles"] == "repo")
        #expect(effective.configuration.allowedPaths.map(\.pattern) == ConfigurationSchema.defaultAllowPaths)
        #expect(effective.warnings.count == 2)
    }

    @Test(arguments: [(20, 1000, true), (19, 1000, false), (5, 20, true), (4, 16, false), (5, 21, false)])
    func massDeletionThreshold(_ deleted: Int, _ existing: Int, _ expected: Bool) {
        #expect(Configuration.defaults.massDeletion.isMassDeletion(deleted: deleted, outOf: existing) == expected)
    }
}
