extension BuiltInRules {
    /// Line breaks inside a key: real ones, or `\n` / `\r` escapes when the key sits in a JSON or code string.
    /// The base64 body of a key: a first line of at least 40 characters, then further lines. A line
    /// must end at a break, so a following `Private-MAC:` or `-----END` is never taken as body.
    private static let keyBody = #"([A-Za-z0-9+/=]{40,}(?:"# + keyLineBreak + #"[A-Za-z0-9+/=]{4,}(?![A-Za-z0-9+/=:-]))*)"#

    static let cryptographicKeys: [SecretRule] = [
        SecretRule(
            id: "private-key", description: "Private key (PEM, OpenSSH, PGP or SSH2)", family: "private-keys",
            pattern: #"(?:-{5}|-{4} )BEGIN[ A-Z0-9]{0,24}PRIVATE KEY(?: BLOCK)?(?:-{5}| -{4})"# + keyLineBreak
                + #"(?:[A-Za-z][A-Za-z0-9-]{1,30}:[^\r\n\\]*"# + keyLineBreak + "){0,6}" + keyBody,
            keywords: ["private key"], secretGroup: 1, windowBefore: 40, windowAfter: 8192),
        SecretRule(
            id: "putty-private-key", description: "PuTTY private key file", family: "private-keys",
            pattern: #"(?s)PuTTY-User-Key-File-[0-9]:.{0,6000}?Private-Lines:[ \t]*[0-9]+"# + keyLineBreak + keyBody,
            keywords: ["putty-user-key-file-"], secretGroup: 1, windowBefore: 16, windowAfter: 8192),
        SecretRule(
            id: "age-secret-key", description: "age encryption secret key", family: "private-keys",
            pattern: #"\b(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b"#,
            keywords: ["age-secret-key-1"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "jwt", description: "JSON Web Token (signed)", family: "jwt",
            pattern: #"\b(eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{16,1000})"# + tokenEnd,
            keywords: ["eyj"], secretGroup: 1, minimumEntropy: 4.0,
            // Public by design: Supabase anon keys (`"role":"anon"` in any base64 alignment) and jwt.io's sample.
            allowPatterns: [#"\.[A-Za-z0-9_-]*(?:InJvbGUiOiJhbm9u|b2xlIjoiYW5v|cm9sZSI6ImFub24i)"#, #"\.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9l"#],
            windowBefore: 16, windowAfter: 8192),
    ]
}
