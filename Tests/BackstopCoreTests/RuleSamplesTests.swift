@testable import BackstopCore
import BackstopTestSupport
import Foundation
import Testing

@Suite struct RuleSamplesTests {
    static let detector = SecretDetector(rules: BuiltInRules.all)

    static func findings(_ text: String, path: String = "src/config.py") -> [Finding] {
        detector.findings(in: Fragment(path: path, bytes: Array(text.utf8)))
    }

    // MARK: - Catalogue shape

    @Test func catalogueHasAtLeastEightyRules() {
        #expect(BuiltInRules.all.count >= 80)
    }

    @Test func everyFamilyIsCovered() {
        let families = Set(BuiltInRules.all.map(\.family))
        for family in ["cloud", "source-hosting", "package-registries", "payments", "messaging", "ai-providers", "saas",
                       "private-keys", "jwt", "connection-urls", "generic"] {
            #expect(families.contains(family), "no rule in family \(family)")
        }
    }

    @Test func idsAreUniqueKebabCase() throws {
        let ids = BuiltInRules.all.map(\.id)
        #expect(Set(ids).count == ids.count, "duplicate ids: \(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted())")
        let kebab = try NSRegularExpression(pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$")
        for id in ids {
            #expect(kebab.firstMatch(in: id, range: NSRange(location: 0, length: id.utf16.count)) != nil, "\(id) is not kebab-case")
        }
    }

    @Test(arguments: BuiltInRules.all.map(\.id))
    func ruleIsWellFormed(_ id: String) throws {
        let rule = try #require(BuiltInRules.all.first { $0.id == id })
        let pattern = try NSRegularExpression(pattern: rule.pattern)
        #expect(rule.secretGroup <= pattern.numberOfCaptureGroups)
        if let nameGroup = rule.nameGroup { #expect(nameGroup <= pattern.numberOfCaptureGroups) }
        for allow in rule.allowPatterns { _ = try NSRegularExpression(pattern: allow) }
        if let path = rule.pathPattern { _ = try NSRegularExpression(pattern: path) }
        #expect(!rule.keywords.isEmpty)
        for keyword in rule.keywords {
            #expect(keyword.utf8.count >= 3, "\(id): keyword \(keyword) is shorter than 3 bytes")
            #expect(keyword == keyword.lowercased(), "\(id): keyword \(keyword) is not lower-case")
        }
        // ASCII classes only: \w and \d follow Unicode in ICU.
        #expect(!rule.pattern.contains(#"\w"#) && !rule.pattern.contains(#"\d"#), "\(id) uses \\w or \\d")
        #expect(!rule.description.isEmpty)
    }

    @Test func everyRuleHasSamples() {
        let specified = Dictionary(grouping: RuleSamples.all, by: \.ruleID)
        for rule in BuiltInRules.all {
            let specs = specified[rule.id] ?? []
            #expect(specs.count == 1, "\(rule.id) has \(specs.count) sample specs")
            guard let spec = specs.first else { continue }
            #expect(spec.positives().count >= 3, "\(rule.id): fewer than 3 true positives")
            #expect(spec.negativeValues().count + spec.negativeTexts.count >= 2, "\(rule.id): fewer than 2 false positives")
        }
        let known = Set(BuiltInRules.all.map(\.id))
        for spec in RuleSamples.all { #expect(known.contains(spec.ruleID), "samples for unknown rule \(spec.ruleID)") }
    }

    // MARK: - True positives

    @Test(arguments: RuleSamples.all)
    func truePositivesAreFoundInEveryContext(_ spec: RuleSpec) throws {
        let rule = try #require(BuiltInRules.all.first { $0.id == spec.ruleID })
        let pattern = try NSRegularExpression(pattern: rule.pattern)
        for (index, sample) in spec.positives().enumerated() {
            for rendered in SampleContexts.render(sample, shape: spec.shape) {
                let where_ = "\(spec.ruleID) sample \(index) in \(rendered.context)"
                let found = Self.findings(rendered.text)
                #expect(found.map(\.ruleID) == [spec.ruleID], "\(where_): found \(found.map(\.ruleID))")
                let probe = String(rendered.secret.prefix(24))
                for finding in found {
                    #expect(!finding.redacted.contains(rendered.secret) && !finding.redacted.contains(probe), "\(where_): redaction leaks")
                    #expect(!finding.excerpt.contains(rendered.secret) && !finding.excerpt.contains(probe), "\(where_): excerpt leaks: \(finding.excerpt)")
                }
                if let finding = found.first(where: { $0.ruleID == spec.ruleID }) {
                    #expect(finding.fingerprint == Redaction.fingerprint(ruleID: spec.ruleID, secret: rendered.secret),
                            "\(where_): reported a different secret than expected (\(finding.redacted))")
                }
                // The keyword invariant: every match holds one of the rule's keywords.
                let text = rendered.text
                for match in pattern.matches(in: text, range: NSRange(location: 0, length: text.utf16.count)) {
                    let matched = (text as NSString).substring(with: match.range).lowercased()
                    #expect(rule.keywords.contains { matched.contains($0) }, "\(where_): a match holds no keyword")
                }
            }
        }
    }

    // MARK: - False positives

    @Test(arguments: RuleSamples.all)
    func lookAlikesAreNotFound(_ spec: RuleSpec) {
        var texts: [(String, String)] = []
        for (index, value) in spec.negativeValues().enumerated() {
            for rendered in SampleContexts.render(Sample(value), shape: spec.shape, negative: true) {
                texts.append(("look-alike \(index) in \(rendered.context)", rendered.text))
            }
        }
        for (index, text) in spec.negativeTexts.enumerated() { texts.append(("text \(index)", text)) }
        for (label, text) in texts {
            let found = Self.findings(text)
            // A look-alike under a secret-sounding name may still be a generic finding; no specific rule may fire.
            let specific = found.filter { !$0.ruleID.hasPrefix("generic-secret-assignment") || spec.ruleID.hasPrefix("generic-secret-assignment") }
            #expect(specific.isEmpty, "\(spec.ruleID) \(label): found \(specific.map(\.ruleID))\n\(text)")
        }
    }

    // MARK: - Precision classes

    static let precisionCases: [(String, String, String)] = {
        var r = SampleRandom(seed: 42)
        let sha1 = r.string(40, .hex), sha256 = r.string(64, .hex)
        let uuid = SampleSecrets.uuid(&r)
        let integrity = "sha512-" + SampleSecrets.base64(r.bytes(64))
        let goSum = "github.com/acme/widget v1.4.2 h1:" + SampleSecrets.base64(r.bytes(32)) + "\ngithub.com/acme/widget v1.4.2/go.mod h1:"
            + SampleSecrets.base64(r.bytes(32)) + "\n"
        let dataURI = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA" + SampleSecrets.base64(r.bytes(600))
        let sshPublic = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + SampleSecrets.base64(r.bytes(256)) + " deploy@ci"
        let edPublic = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + SampleSecrets.base64(r.bytes(32)) + " me@laptop"
        let publicPEM = SampleSecrets.pem("PUBLIC" + " KEY", &r, bytes: 294).text
        let rsaPublicPEM = SampleSecrets.pem("RSA PUBLIC" + " KEY", &r, bytes: 270).text
        let certificate = SampleSecrets.pem("CERTIFICATE", &r, bytes: 1100).text
        let pgpPublic = SampleSecrets.pem("PGP PUBLIC KEY" + " BLOCK", &r, bytes: 800, headers: ["Version: GnuPG v2"]).text
        return [
            ("placeholder xxxx", "src/config.py", "API_KEY = \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\n"),
            ("placeholder <your-key>", "src/config.py", "api_key: \"<your-api-key>\"\nstripe_key = \"sk_live_<your-key>\"\n"),
            ("placeholder ${VAR}", "src/config.py", "secret = \"${APP_SECRET}\"\ntoken: \"{{ vault_token }}\"\n"),
            ("placeholder changeme", "src/config.py", "password = \"changeme123\"\nDB_PASSWORD=change_me_please\n"),
            ("example keys", "docs/aws.md", "aws_access_key_id = " + "AKIA" + "IOSFODNN7" + "EXAMPLE" + "\naws_secret_access_key = "
                + "wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY" + "\n"),
            ("env look-ups", "src/app.py", "token = os.environ[\"API_TOKEN\"]\npassword = os.getenv(\"DB_PASSWORD\")\n"),
            ("process.env", "src/app.js", "const token = process.env.GITHUB_TOKEN;\nconst secret = process.env['CLIENT_SECRET'];\n"),
            ("actions secrets", ".github/workflows/ci.yml", "env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n  API_KEY: ${{ secrets.API_KEY }}\n"),
            ("hashes", "src/release.py", "checksum = \"" + sha256 + "\"\nsha = \"" + sha1 + "\"\ncommit_sha: " + sha1 + "\ntoken_hash = \"" + sha256 + "\"\n"),
            ("digest assigned to a secret name", "src/release.py", "secret_sha256 = \"" + sha256 + "\"\napi_key_digest = \"" + sha1 + "\"\n"),
            ("uuids", "src/ids.py", "token_id = \"" + uuid + "\"\nrequest_id: " + uuid + "\nsecret_id = '" + uuid + "'\n"),
            ("lockfile integrity in a lockfile", "package-lock.json", "\"integrity\": \"" + integrity + "\",\n"),
            ("lockfile integrity elsewhere", "src/vendor/manifest.json", "{\"integrity\": \"" + integrity
                + "\", \"resolved\": \"https://registry.npmjs.org/x/-/x-1.0.0.tgz\"}\n"),
            ("go.sum", "go.sum", goSum),
            ("go.sum lines elsewhere", "docs/deps.txt", goSum),
            ("data uri", "web/index.html", "<img src=\"" + dataURI + "\">\n"),
            ("data uri in css", "web/site.css", ".logo { background: url(" + dataURI + "); }\n"),
            ("ssh public keys", "deploy/authorized_keys", sshPublic + "\n" + edPublic + "\n"),
            ("public key pem", "certs/public.pem", publicPEM + "\n" + rsaPublicPEM + "\n"),
            ("certificate", "certs/server.crt", certificate + "\n"),
            ("pgp public key", "keys/release.asc", pgpPublic + "\n"),
            ("git sha in yaml", "ci.yml", "uses: actions/checkout@" + sha1 + "\n"),
            ("identifiers", "src/auth.py", "TOKEN_TYPE = \"bearer\"\npassword_field = \"user_password_confirmation\"\nsecret_name = \"prod/db/credentials\"\n"),
            ("locale", "src/i18n.py", "LANGUAGE_CODE = \"en-us\"\nlocale: en-US\n"),
        ]
    }()

    @Test(arguments: precisionCases.indices)
    func precisionClassesGiveNoFindings(_ index: Int) {
        let (label, path, text) = Self.precisionCases[index]
        var options = DetectorOptions()
        options.allowedPaths = ["**/package-lock.json", "**/go.sum"].map { PathGlob($0) }
        let detector = SecretDetector(rules: BuiltInRules.all, options: options)
        let found = detector.findings(in: Fragment(path: path, bytes: Array(text.utf8)))
        #expect(found.isEmpty, "\(label): \(found.map { "\($0.ruleID) \($0.redacted)" })")
        if path == "package-lock.json" || path == "go.sum" {
            // The same lines must also be quiet where the configuration does not allow the path.
            let elsewhere = Self.findings(text, path: "src/" + path + ".txt")
            #expect(elsewhere.isEmpty, "\(label) outside the allowed path: \(elsewhere.map(\.ruleID))")
        }
    }

    // MARK: - The repository itself

    @Test func repositorySourcesHoldNoSecrets() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var scanned = 0
        var reports: [String] = []
        for folder in ["Sources", "Tests"] {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
            for case let url as URL in walker {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
                let bytes = Array(try Data(contentsOf: url))
                let relative = String(url.path.dropFirst(root.path.count + 1))
                scanned += 1
                for finding in Self.detector.findings(in: Fragment(path: relative, bytes: bytes)) {
                    reports.append("\(relative):\(finding.line) \(finding.ruleID) \(finding.excerpt)")
                }
            }
        }
        #expect(scanned > 10)
        #expect(reports.isEmpty, "\(reports.joined(separator: "\n"))")
    }
}
