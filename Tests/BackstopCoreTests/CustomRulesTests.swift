@testable import BackstopCore
import BackstopTestSupport
import Foundation
import Testing

@Suite struct CustomRulesTests {
    /// A valid entry's fields, as JSON members, that each case below changes one of.
    static let valid = #""id": "acme-token", "description": "Acme token", "pattern": "(acme_[a-z0-9]{32})", "keywords": ["acme_"]"#

    static func layer(_ rules: String, source: String = ".backstop.json", mayLock: Bool = false) throws -> ConfigurationLayer {
        try ConfigurationLayer.parse(Data((#"{"scan": {"rules": "# + rules + "}}").utf8), source: source, mayLock: mayLock)
    }

    @Test(arguments: [
        (#""rules""#, "scan.rules", "must be a list of rule objects"),
        ("[7]", "scan.rules[0]", "must be an object"),
        ("[{\(valid)}, {\(valid), \"colour\": 1}]", "scan.rules[1].colour", "unknown field"),
        (#"[{"id": "a", "description": "d", "keywords": ["abc"]}]"#, "scan.rules[0].pattern", "missing"),
        (#"[{"id": "a", "description": "d", "pattern": "abc"}]"#, "scan.rules[0].keywords", "missing"),
        (#"[{"id": "Acme_Token", "description": "d", "pattern": "abc", "keywords": ["abc"]}]"#, "scan.rules[0].id", "not kebab-case"),
        (#"[{"id": "acme--token", "description": "d", "pattern": "abc", "keywords": ["abc"]}]"#, "scan.rules[0].id", "not kebab-case"),
        (#"[{"id": "github-pat", "description": "d", "pattern": "abc", "keywords": ["abc"]}]"#, "scan.rules[0].id", "built-in rule"),
        ("[{\(valid)}, {\(valid)}]", "scan.rules[1].id", "already the id of scan.rules[0]"),
        (#"[{"id": 3, "description": "d", "pattern": "abc", "keywords": ["abc"]}]"#, "scan.rules[0].id", "must be a string"),
        (#"[{"id": "a", "description": "", "pattern": "abc", "keywords": ["abc"]}]"#, "scan.rules[0].description", "empty"),
        (#"[{"id": "a", "description": "d", "family": "My Family", "pattern": "abc", "keywords": ["abc"]}]"#, "scan.rules[0].family", "kebab-case"),
        (#"[{"id": "a", "description": "d", "pattern": "(acme", "keywords": ["acme"]}]"#, "scan.rules[0].pattern", "does not compile"),
        (#"[{"id": "a", "description": "d", "pattern": "abc", "keywords": []}]"#, "scan.rules[0].keywords", "at least 1"),
        (#"[{"id": "a", "description": "d", "pattern": "abc", "keywords": ["abc", "ab"]}]"#, "scan.rules[0].keywords[1]", "shorter than 3 bytes"),
        (#"[{"id": "a", "description": "d", "pattern": "abc", "keywords": "abc"}]"#, "scan.rules[0].keywords", "list of strings"),
        (#"[{"id": "a", "description": "d", "pattern": "(a)bc", "keywords": ["abc"], "secretGroup": 2}]"#, "scan.rules[0].secretGroup", "which has 1"),
        (#"[{"id": "a", "description": "d", "pattern": "abc", "keywords": ["abc"], "secretGroup": 0.5}]"#, "scan.rules[0].secretGroup", "not a whole number"),
        (#"[{"id": "a", "description": "d", "pattern": "abc", "keywords": ["abc"], "nameGroup": 1}]"#, "scan.rules[0].nameGroup", "which has 0"),
        (#"[{"id": "a", "description": "d", "pattern": "(a)bc", "keywords": ["abc"], "nameGroup": 0}]"#, "scan.rules[0].nameGroup", "out of range"),
        (#"[{"id": "a", "description": "d", "pattern": "abc", "keywords": ["abc"], "minimumEntropy": 9}]"#, "scan.rules[0].minimumEntropy", "out of range"),
        (#"[{"id": "a", "description": "d", "pattern": "abc", "keywords": ["abc"], "pathPattern": "[a"}]"#, "scan.rules[0].pathPattern", "does not compile"),
        (#"[{"id": "a", "description": "d", "pattern": "abc", "keywords": ["abc"], "allowPatterns": ["x", "(y"]}]"#,
         "scan.rules[0].allowPatterns[1]", "does not compile"),
        (#"[{"id": "a", "description": "d", "pattern": "abc", "keywords": ["abc"], "stopwords": [""]}]"#, "scan.rules[0].stopwords[0]", "empty"),
        (#"[{"id": "a", "description": "d", "pattern": "abc", "keywords": ["abc"], "nameStopwords": [1]}]"#, "scan.rules[0].nameStopwords[0]", "string"),
        (#"[{"id": "a", "description": "d", "pattern": "abc", "keywords": ["abc"], "valueChecks": ["notUUID", "isSecret"]}]"#,
         "scan.rules[0].valueChecks[1]", "'isSecret' is not a value check"),
        (#"[{"id": "a", "description": "d", "pattern": "abc", "keywords": ["abc"], "windowBefore": -1}]"#, "scan.rules[0].windowBefore", "out of range"),
        (#"[{"id": "a", "description": "d", "pattern": "abc", "keywords": ["abc"], "windowAfter": 1e300}]"#, "scan.rules[0].windowAfter", "out of range"),
    ])
    func badEntriesNameTheFileTheEntryAndTheField(_ rules: String, _ key: String, _ words: String) {
        #expect {
            try Self.layer(rules)
        } throws: { error in
            guard let error = error as? ConfigurationError else { return false }
            return error.key == key && error.description.hasPrefix(".backstop.json: key '\(key)': ") && error.message.contains(words)
        }
    }

    @Test func anEntryBecomesARuleWithKeywordsLowerCasedAndDefaultsFilledIn() throws {
        let layer = try Self.layer(#"[{"id": "acme-token", "description": "Acme token", "pattern": "(?i)(name)=(acme_[a-z0-9]{32})", "#
            + #""keywords": ["ACME_", "acme_", "Näme"], "secretGroup": 2, "nameGroup": 1, "minimumEntropy": 3.5, "pathPattern": "\\.env$", "#
            + #""allowPatterns": ["^acme_0+$"], "stopwords": ["test"], "nameStopwords": ["public"], "valueChecks": ["containsDigit"], "#
            + #""windowBefore": 10, "windowAfter": 90}]"#)
        let rules = EffectiveConfiguration(layers: [layer]).configuration.customRules
        let rule = try #require(rules.first)
        #expect(rules.count == 1)
        #expect(rule.id == "acme-token")
        #expect(rule.family == "custom")
        #expect(rule.keywords == ["acme_", "näme"])
        #expect(rule.secretGroup == 2 && rule.nameGroup == 1 && rule.minimumEntropy == 3.5)
        #expect(rule.pathPattern == "\\.env$" && rule.allowPatterns == ["^acme_0+$"])
        #expect(rule.stopwords == ["test"] && rule.nameStopwords == ["public"] && rule.valueChecks == [.containsDigit])
        #expect(rule.windowBefore == 10 && rule.windowAfter == 90)
        #expect(!rule.isGeneric && !rule.matchesAtKeyword && rule.keywordContext == nil)

        let plain = try #require(CustomRules.rules(in: try Self.layer("[{\(Self.valid), \"family\": \"internal\"}]").values[CustomRules.key]).first)
        #expect(plain.family == "internal" && plain.secretGroup == 0 && plain.nameGroup == nil)
        #expect(plain.windowBefore == SecretRule(id: "x", description: "", family: "", pattern: "", keywords: []).windowBefore)
    }

    @Test func rulesFromEveryFileAddUpAndLoosenNothing() throws {
        let user = try Self.layer(#"[{"id": "acme-user", "description": "d", "pattern": "acme_u[0-9]{8}", "keywords": ["acme_u"]}]"#,
                                  source: "user", mayLock: true)
        let locking = try ConfigurationLayer.parse(Data(#"{"locked": ["scan.rules"]}"#.utf8), source: "lock", mayLock: true)
        let team = try Self.layer("[{\(Self.valid)}]", source: "team")
        let given = try Self.layer("[{\(Self.valid)}]", source: "given")
        #expect(user.loosenedKeys.isEmpty && team.loosenedKeys.isEmpty)

        // The team file is unaccepted and the user file locked the key: its rule counts all the same.
        let effective = EffectiveConfiguration(layers: [user, locking, team, given], repositoryLayerIndex: 2, unaccepted: [0, 2])
        #expect(effective.configuration.customRules.map(\.id) == ["acme-user", "acme-token"])
        #expect(effective.sources[CustomRules.key] == "user, team")
        #expect(effective.warnings.isEmpty)
        #expect(effective.configuration.rules.suffix(2).map(\.id) == ["acme-user", "acme-token"])
        #expect(effective.configuration.rules.count == BuiltInRules.all.count + 2)

        let empty = try Self.layer("[]", source: "empty")
        #expect(EffectiveConfiguration(layers: [user, empty]).configuration.customRules.map(\.id) == ["acme-user"])
    }

    @Test func twoDifferentRulesWithOneIdInTwoFilesBothApplyWithAWarning() throws {
        let user = try Self.layer("[{\(Self.valid)}]", source: "user", mayLock: true)
        let team = try Self.layer(#"[{"id": "acme-token", "description": "other", "pattern": "acme_[0-9]{8}", "keywords": ["acme_"]}]"#, source: "team")
        let effective = EffectiveConfiguration(layers: [user, team])
        #expect(effective.configuration.customRules.map(\.description) == ["Acme token", "other"])
        #expect(effective.warnings == ["team: key 'scan.rules': a rule with id 'acme-token' is already given by an earlier file; both apply"])
    }

    @Test func aCustomRuleFindsAndFingerprintsLikeABuiltInOne() throws {
        let configuration = EffectiveConfiguration(layers: [try Self.layer("[" + CustomRuleSamples.acmeRule + "]")]).configuration
        let token = CustomRuleSamples.acmeToken()
        let detector = SecretDetector(rules: configuration.rules)
        let findings = detector.findings(in: Fragment(path: "deploy/settings.yml", bytes: Array("retries: 3\nupstream: \(token)\n".utf8)))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.ruleID == "acme-token" && finding.line == 2 && finding.column == 11)
        #expect(finding.fingerprint == Redaction.fingerprint(ruleID: "acme-token", secret: token))
        #expect(!finding.excerpt.contains(token))
        // Without the rule, nothing knows the format.
        #expect(SecretDetector(rules: BuiltInRules.all).findings(in: Fragment(path: "deploy/settings.yml", bytes: Array("upstream: \(token)\n".utf8))).isEmpty)
    }

    @Test func theDefaultsHoldNoRules() {
        #expect(Configuration.defaults.customRules.isEmpty)
        #expect(Configuration.defaults.rules.count == BuiltInRules.all.count)
    }
}
