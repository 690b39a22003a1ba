@testable import BackstopCore
import Foundation
import Testing

@Suite struct ConfigurationTests {
    @Test func defaultFileEqualsTheBuiltInDefaults() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("config/default.json")
        let file = try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: url))
        #expect(file == ConfigurationSchema.defaultDocument)
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
