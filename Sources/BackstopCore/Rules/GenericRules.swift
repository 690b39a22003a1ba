extension BuiltInRules {
    /// Names under which code assigns a secret. The pattern starts at the keyword and is tried only
    /// there; names that describe a secret without holding one (`token_type`, `password_hash`,
    /// `public_key`) are kept out by the name stopwords.
    static let generic: [SecretRule] = [
        SecretRule(
            id: "generic-secret-assignment", description: "Secret-named assignment with a high-entropy value", family: "generic",
            pattern: #"(?i)(?:password|passwd|passphrase|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|client[_-]?secret|auth[_-]?key|credentials?)([A-Za-z0-9_.-]{0,20})["']?\s{0,4}(?:=|:|:=|=>|\|\|=|\?=)\s{0,4}(?:[A-Za-z]{1,30}\()?\s{0,2}["'`]([^"'`\s]{10,200})["'`]"#,
            keywords: ["password", "passwd", "passphrase", "secret", "token", "api_key", "api-key", "apikey", "access_key", "accesskey", "private_key", "privatekey", "client_secret", "auth_key", "credential"],
            secretGroup: 2, minimumEntropy: 3.5,
            stopwords: ["/", "\\"], nameGroup: 1,
            nameStopwords: ["hash", "digest", "checksum", "public", "pubkey", "_id", "type", "format", "length", "pattern", "regex", "url", "uri", "endpoint", "file", "path", "field", "prompt", "label", "placeholder", "header", "expires", "expiry", "count", "policy", "validator", "cache", "version"],
            valueChecks: [.notUUID, .notHexDigest, .containsDigit, .notReference],
            windowAfter: 256, isGeneric: true, matchesAtKeyword: true, keywordContext: .quotedAssignment),
    ]
}
