@testable import BackstopCore
import BackstopTestSupport
import Testing

/// A secret-named assignment is found in every common syntax, and the precision filters still
/// hold there. Values are made at test time.
@Suite struct GenericSyntaxTests {
    static let detector = SecretDetector(rules: BuiltInRules.all)

    static let value: String = {
        var random = SampleRandom(seed: 0x5EC)
        return RuleSamples.mixed(24, .base62, &random) + "!x"
    }()

    /// (syntax, text) with `value` in it; each must give exactly one finding of `value`.
    static let syntaxes: [(String, String)] = {
        let v = value
        return [
            ("python subscript", "settings['SECRET_KEY'] = '\(v)'\n"),
            ("flask config", "app.config[\"API_TOKEN\"] = \"\(v)\"\n"),
            ("ruby hash", "ENV['DB_PASSWORD'] = \"\(v)\"\n"),
            ("dict literal", "creds = {\"client_secret\": \"\(v)\", \"debug\": False}\n"),
            ("map literal", "var conf = map[string]string{\"api_key\": \"\(v)\"}\n"),
            ("php array", "$config = ['db_password' => '\(v)'];\n"),
            ("keyword argument", "client = Client(region=\"eu\", api_key=\"\(v)\")\n"),
            ("typed declaration", "const authToken: string = \"\(v)\";\n"),
            ("python annotation", "PASSWORD: str = \"\(v)\"\n"),
            ("bytes literal", "SECRET = b\"\(v)\"\n"),
            ("objective-c string", "NSString *apiKey = @\"\(v)\";\n"),
            ("escaped json in a string", "body = \"{\\\"password\\\": \\\"\(v)\\\"}\"\n"),
            ("xml element", "<settings>\n  <password>\(v)</password>\n</settings>\n"),
            ("xml attribute", "<datasource user=\"app\" password=\"\(v)\" />\n"),
            ("appSettings", "<appSettings>\n  <add key=\"DbPassword\" value=\"\(v)\" />\n</appSettings>\n"),
            ("yaml", "database:\n  password: \(v)\n"),
            ("yaml quoted", "database:\n  password: \"\(v)\"\n"),
            ("toml", "[database]\npassword = \"\(v)\"\n"),
            ("ini", "[db]\npassword = \(v)\n"),
            ("properties", "spring.datasource.password=\(v)\n"),
            ("hcl", "resource \"db\" \"main\" {\n  password = \"\(v)\"\n}\n"),
            ("shell export", "export API_TOKEN=\"\(v)\"\n"),
            ("json", "{\n  \"apiKey\": \"\(v)\"\n}\n"),
            ("powershell", "$secure = ConvertTo-SecureString \"\(v)\" -AsPlainText -Force\n"),
            ("make", "REGISTRY_TOKEN := \(v)\n"),
            ("javascript fallback", "process.env.SESSION_SECRET = process.env.SESSION_SECRET || '\(v)';\n"),
            ("getenv default", "API_TOKEN = os.getenv(\"API_TOKEN\", \"\(v)\")\n"),
            ("php define", "define('DB_PASSWORD', '\(v)');\n"),
            ("java setProperty", "props.setProperty(\"mail.smtp.password\", \"\(v)\");\n"),
        ]
    }()

    @Test(arguments: syntaxes.indices)
    func eachSyntaxIsFound(_ index: Int) {
        let (syntax, text) = Self.syntaxes[index]
        let found = Self.detector.findings(in: Fragment(path: "src/settings.txt", bytes: Array(text.utf8)))
        #expect(found.count == 1, "\(syntax): \(found.map(\.ruleID))")
        #expect(found.first?.fingerprint.isEmpty == false)
        if let finding = found.first {
            #expect(finding.fingerprint == Redaction.fingerprint(ruleID: finding.ruleID, secret: Self.value), "\(syntax): another value was reported")
        }
    }

    /// A generated key of symbols that happens to hold a bracket is a value, not a call.
    @Test func symbolsWithABracketAreAValue() {
        let key = "%@!k(" + Self.value + ")#"
        let found = Self.detector.findings(in: Fragment(path: "app/settings.py", bytes: Array("SECRET_KEY = '\(key)'\n".utf8)))
        #expect(found.map(\.fingerprint) == [Redaction.fingerprint(ruleID: "generic-secret-assignment", secret: key)])
    }

    /// The same syntaxes holding what is not a secret.
    static let lookAlikes: [(String, String)] = {
        var random = SampleRandom(seed: 0x0C7A)
        let oktaShaped = "00" + RuleSamples.mixed(40, .base62, &random)
        return [
        ("subscript look-up", "token = settings['API_TOKEN']\n"),
        ("a call with a name", "password = get_secret('db', 'primary_password')\n"),
        ("comparison of names", "if key == \"password\": field = \"confirm_password_2\"\n"),
        ("subscript of an env var", "password = os.environ[\"DB_PASSWORD\"]\n"),
        ("typed placeholder", "const authToken: string = \"<your-token-here>\";\n"),
        ("typed word slug", "const tokenKind: string = \"access-token-v2\";\n"),
        ("xml placeholder", "<password>${DB_PASSWORD}</password>\n"),
        ("maven encrypted", "<password>{COQLCE6DU6GtcS5P=}</password>\n"),
        ("xml describing element", "<password-policy>minimum12chars</password-policy>\n"),
        ("appSettings describing", "<add key=\"PasswordLength\" value=\"minimum12chars\" />\n"),
        ("powershell variable", "$s = ConvertTo-SecureString $plain -AsPlainText -Force\n"),
        ("powershell encrypted input", "$s = ConvertTo-SecureString \"01000000d08c9ddf0115d1118c7a00c04fc297eb\"\n"),
        ("a digest under a provider's name", "linode_snapshot_digest = \"" + RuleSamples.hex(64, &random) + "\"\n"),
        ("minified code naming a header", "n.apiKeyHeader=\"X-Api-Key\",n.passwordMinLength=12}([]);\n"),
        ("a Secret of plain settings", "apiVersion: v1\nkind: Secret\ndata:\n  ENVIRONMENT: cHJvZHVjdGlvbg==\n  LOG_LEVEL: aW5mbw==\n"),
        // A provider's name inside another word is no name: `okta` in `rookTable`.
        ("provider name inside a word", "rookTable = \"\(oktaShaped)\"\n"),
        ]
    }()

    @Test(arguments: lookAlikes.indices)
    func lookAlikesAreNotFound(_ index: Int) {
        let (label, text) = Self.lookAlikes[index]
        let found = Self.detector.findings(in: Fragment(path: "src/settings.txt", bytes: Array(text.utf8)))
        #expect(found.isEmpty, "\(label): \(found.map(\.ruleID))")
    }
}
