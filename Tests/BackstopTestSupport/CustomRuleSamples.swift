/// A team's internal token format, `acme_` and 32 lower-case letters and digits, and a
/// `scan.rules` entry that finds it: no built-in rule knows the format, so only the custom rule can.
public enum CustomRuleSamples {
    /// The rule as configuration JSON (one entry of `scan.rules`).
    public static let acmeRule = #"{"id": "acme-token", "description": "Acme internal token", "pattern": "\\b(acme_[a-z0-9]{32})\\b", "#
        + #""secretGroup": 1, "keywords": ["ACME_"]}"#

    /// A `.backstop.json` holding `acmeRule`.
    public static let teamFile = #"{"scan": {"rules": ["# + acmeRule + "]}}\n"

    /// A token of the format, assembled at test time.
    public static func acmeToken(seed: UInt64 = 5) -> String {
        var random = SampleRandom(seed: seed)
        return "ac" + "me_" + random.string(32, .lowerAlnum)
    }
}
