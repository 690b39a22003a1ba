/// Pieces of pattern syntax that many rules share, so that every keyword-anchored rule accepts the same
/// assignment forms (`NAME=v`, `NAME = "v"`, `"name": "v"`, `name: v`, `name := "v"`, `:name => 'v'`).
extension BuiltInRules {
    /// Between a name and its value: an optional closing quote, an assignment operator, an optional
    /// opening quote. Spaces are bounded so a window never scans far.
    static let assignment = #"["']?[ \t]{0,4}(?::=|=>|\|\|=|\?=|=|:)[ \t]{0,4}["'`]?"#

    /// A name containing one of `names` (an alternation, case-insensitive), an assignment, then the
    /// value in capture group 1. The value's own case-sensitivity is restored with `(?-i:...)`.
    static func assigned(_ names: String, value: String, end: String = #"(?![A-Za-z0-9_+/=-])"#) -> String {
        namedPrefix + #"(?:"# + names + #")[A-Za-z0-9_.-]{0,30}"# + assignment + #"(?-i:("# + value + "))" + end
    }

    /// How every `assigned` and `named` pattern begins: the detector then tries the rule only where
    /// an assignment operator follows the name (`KeywordContext.assignment`).
    static let namedPrefix = #"(?i)"# + nameStart

    /// Where a provider's name may begin: not inside a word (`okta` in `rookTable` is no name), but
    /// after a separator or at a camel-case hump (`myOktaToken`).
    static let nameStart = #"(?-i:(?<![A-Za-z0-9])|(?<=[a-z0-9])(?=[A-Z]))"#

    /// The end of a token whose alphabet is base64url.
    static let tokenEnd = #"(?![A-Za-z0-9_-])"#

    /// Like `assigned`, with the name in capture group 1 (for `nameStopwords`) and the value in group 2.
    static func named(_ names: String, value: String, end: String = #"(?![A-Za-z0-9_+/=-])"#) -> String {
        namedPrefix + #"((?:"# + names + #")[A-Za-z0-9_.-]{0,30})"# + assignment + #"(?-i:("# + value + "))" + end
    }

    /// Names that hold an identifier of a service rather than its credential.
    static let identifierNames = ["_id", "-id", ".id", "uuid", "trace", "span", "model", "region", "site", "version",
                                  "hash", "digest", "checksum", "fingerprint"]

    /// Passwords of tutorials, fixtures and local development: a URL or connection string holding one
    /// of these documents a setup rather than leaking one.
    static let dummyPasswords = #"^(?i:pass|passw[o0]rd[0-9]*|pwd|pw|test|testing|tests|admin|root|guest|user|username|postgres|mysql|redis|rabbitmq|mongo|demo|dev|local|localhost|secret|foo|bar|baz|qwerty|letmein|1234|12345|123456|sa)$"#

    /// A UUID in lower case, as most services print their keys.
    static let lowercaseUUID = #"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"#

    /// A UUID in either case.
    static let uuidValue = #"[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}"#

    /// A JSON Web Token: header, claims and signature in base64url (a service's key that is a JWT).
    static let jwtValue = #"eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{16,1000}"#

    /// Line breaks inside a key's body: real ones, or `\n` and `\r` escaped in a string.
    static let keyLineBreak = #"(?:\\[rn]|\s)+"#
}
