extension BuiltInRules {
    static let cryptographicKeys: [SecretRule] = [
        SecretRule(
            id: "private-key", description: "Private key (PEM or OpenSSH)", family: "private-keys",
            pattern: #"-----BEGIN ((?:RSA |DSA |EC |OPENSSH |ENCRYPTED |PGP |SSH2 ENCRYPTED )?PRIVATE KEY(?: BLOCK)?)-----(?:\\r)?(?:\\n|\s)+([A-Za-z0-9+/=:,\- \r\n\\]{64,})"#,
            keywords: ["private key"], secretGroup: 2, windowBefore: 32, windowAfter: 8192),
    ]
}
