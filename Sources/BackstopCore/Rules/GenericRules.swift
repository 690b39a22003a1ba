extension BuiltInRules {
    /// The names under which code and configuration assign a secret; `pass` only where the name
    /// ends with it (`admin_pass`, `DB_PASS`, `adminPass`, not `passenger`), and the words that end
    /// in it (`bypass`, `compass`) are among the describing names.
    static let secretNames = #"(?:password|passwd|passphrase|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|client[_-]?secret|auth[_-]?key|credentials?|pass\b)"#

    static let secretNameKeywords = ["password", "passwd", "passphrase", "secret", "token", "api_key", "api-key", "apikey", "access_key", "accesskey", "private_key", "privatekey", "client_secret", "auth_key", "credential", "pass"]

    /// Values public by design that secret-sounding names hold: Datadog's browser client tokens.
    static let publicValues = [#"^pub[a-f0-9]{32}$"#]

    /// Names that describe a secret without holding one.
    static let describingNames = ["hash", "digest", "checksum", "public", "pubkey", "_id", "type", "format", "length", "pattern", "regex", "url", "uri", "endpoint", "file", "path", "field", "prompt", "label", "placeholder", "header", "expires", "expiry", "count", "policy", "validator", "cache", "version", "bypass", "compass", "overpass", "underpass", "trespass", "surpass"]

    /// A secret-named assignment, tried only at the name's keyword. The quoted form covers code and
    /// JSON; the bare form covers `.env`, YAML and INI, where the value must end the line.
    static let generic: [SecretRule] = [
        SecretRule(
            id: "generic-secret-assignment", description: "Secret-named assignment with a high-entropy value", family: "generic",
            pattern: #"(?i)"# + secretNames + #"([A-Za-z0-9_.-]{0,20})"# + closingOfName + #"\s{0,4}"# + quotedOperator
                + #"\s{0,4}(?:[A-Za-z]{1,30}\()?\s{0,2}"# + quotedValue,
            keywords: secretNameKeywords,
            secretGroup: 2, minimumEntropy: 3.5,
            allowPatterns: publicValues, stopwords: ["/", "\\"], nameGroup: 1, nameStopwords: describingNames,
            valueChecks: [.notUUID, .notHexDigest, .containsDigit, .notReference, .notWordSlug],
            windowAfter: 256, isGeneric: true, matchesAtKeyword: true, keywordContext: .quotedAssignment),
        SecretRule(
            id: "generic-secret-assignment-unquoted", description: "Secret-named bare value in a .env, YAML or INI line", family: "generic",
            pattern: #"(?im)"# + secretNames + #"([A-Za-z0-9_.-]{0,20})[ \t]{0,4}(?::=|\?=|=|:)[ \t]{0,4}([A-Za-z0-9+/=_!@#%^&*.~-]{12,128})[ \t]*(?:$|#)"#,
            keywords: secretNameKeywords,
            secretGroup: 2, minimumEntropy: 3.5,
            allowPatterns: publicValues, stopwords: ["/", "\\"], nameGroup: 1, nameStopwords: describingNames,
            valueChecks: [.notUUID, .notHexDigest, .containsDigit, .notReference, .notWordSlug],
            windowAfter: 200, isGeneric: true, matchesAtKeyword: true, keywordContext: .bareAssignment),
        SecretRule(
            id: "generic-secret-xml-element", description: "Secret-named XML element with a high-entropy value", family: "generic",
            pattern: #"(?i)"# + secretNames + #"([A-Za-z0-9_.-]{0,20})>[ \t]{0,2}([^<>"'\s{}]{10,200})[ \t]{0,2}</"#,
            keywords: secretNameKeywords,
            secretGroup: 2, minimumEntropy: 3.5,
            allowPatterns: publicValues, stopwords: ["/", "\\"], nameGroup: 1, nameStopwords: describingNames,
            valueChecks: [.notUUID, .notHexDigest, .containsDigit, .notReference, .notWordSlug],
            windowAfter: 256, isGeneric: true, matchesAtKeyword: true, keywordContext: .xmlElement),
        SecretRule(
            id: "generic-secret-setting-attributes", description: "Secret-named setting in key and value attributes (.NET appSettings)", family: "generic",
            pattern: #"(?i)key="[A-Za-z0-9_.:-]{0,20}("# + secretNames
                + #"[A-Za-z0-9_.:-]{0,20})"[ \t]{1,4}value[ \t]{0,2}=[ \t]{0,2}"([^"'\s\\]{10,200})""#,
            keywords: ["key=\""], secretGroup: 2, minimumEntropy: 3.5,
            allowPatterns: publicValues, stopwords: ["/", "\\"], nameGroup: 1, nameStopwords: describingNames,
            valueChecks: [.notUUID, .notHexDigest, .containsDigit, .notReference, .notWordSlug],
            windowAfter: 280, isGeneric: true, matchesAtKeyword: true),
        SecretRule(
            id: "sql-password-literal", description: "Password in clear in SQL (IDENTIFIED BY, WITH PASSWORD)", family: "generic",
            pattern: #"(?i)(?:identified[ \t]+by|password)[ \t]+'([^'\s]{8,200})'"#,
            keywords: ["identified", "password"], secretGroup: 1, minimumEntropy: 3.0,
            valueChecks: [.containsDigit, .notWordSlug], windowAfter: 240, isGeneric: true, matchesAtKeyword: true, keywordContext: .sqlLiteral),
        SecretRule(
            id: "laravel-app-key", description: "Laravel application key (APP_KEY)", family: "generic",
            pattern: #"\bAPP_KEY[ \t]{0,4}=[ \t]{0,4}["']?(base64:[A-Za-z0-9+/]{43}=)"#,
            keywords: ["app_key"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "rails-secret-key-base", description: "Rails secret_key_base", family: "generic",
            pattern: #"(?i)secret_key_base["']?[ \t]{0,4}(?::=|=>|:|=)[ \t]{0,4}["']?([a-f0-9]{128})\b"#,
            keywords: ["secret_key_base"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "powershell-plaintext-secure-string", description: "Secret written in clear to PowerShell's ConvertTo-SecureString", family: "generic",
            pattern: #"(?i)convertto-securestring(?=[^\n]{0,200}-asplaintext)[ \t]{1,4}(?:-(?:asplaintext|force|string)[ \t]{1,4}){0,3}["']([^"'\s$]{8,200})["']"#,
            keywords: ["convertto-securestring"], secretGroup: 1, minimumEntropy: 3.0,
            valueChecks: [.containsDigit], windowBefore: 0, windowAfter: 300, isGeneric: true),
    ]

    /// After a name: an optional closing quote, escaped inside a string (`\"`) or closing a
    /// subscript (`settings['SECRET_KEY']`).
    static let closingOfName = #"(?:\\?["'])?\]?"#

    /// The assignment and key operators of code and data, a typed declaration (`token: string =
    /// "..."`, `password: str = "..."`), and a quoted name's comma before its value in a call
    /// (`os.getenv("API_TOKEN", "...")`, `define('DB_PASSWORD', '...')`), and a fallback
    /// (`process.env.SECRET || '...'`, `?? '...'`).
    static let quotedOperator = #"(?:=|:|:=|=>|\|\|=|\?=|\|\||\?\?|:[ \t]{0,2}[A-Za-z][A-Za-z0-9_.]{0,20}[?!]?[ \t]{0,2}=|(?<=["'][ \t]{0,4}),)"#

    /// A quoted value: string prefixes (`b"..."`, `r'...'`, `@"..."`) and escaped quotes allowed.
    static let quotedValue = #"(?:[rRbBuU@]{1,2})?\\?["'`]([^"'`\s\\]{10,200})\\?["'`]"#
}
