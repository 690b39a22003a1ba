extension BuiltInRules {
    /// A line break as written in a file, or as `\n` inside a JSON or code string.

    /// 32 bytes of base64 (a Curve25519 key): 43 characters, the last holding two zero bits, then `=`.
    private static let curve25519Base64 = #"[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]="#

    /// `"kty"` of an asymmetric JSON Web Key, before or after the member that holds its private part.
    private static func jsonWebKey(member: String, types: String) -> String {
        // From the object's `{`, so the look-ahead runs only at a brace, not at every byte of a window.
        #"\{(?=[^{}]{0,4000}?"kty"[ ]?:[ ]?"(?:"# + types + #")")[^{}]{0,4000}?""#
            + member + #""[ ]?:[ ]?"([A-Za-z0-9_-]{20,2000})""#
    }

    /// Base64 of common stand-ins (`password`, `admin`, `changeme`, ...) in a Kubernetes Secret.
    private static let documentedBase64Values = #"^(?:cGFzc3dvcmQ=|YWRtaW4=|c2VjcmV0|Y2hhbmdlbWU=|dGVzdA==|cm9vdA==|dXNlcg==|cG9zdGdyZXM=|ZXhhbXBsZQ==)$"#

    static let keyMaterial: [SecretRule] = [
        SecretRule(
            id: "openvpn-static-key", description: "OpenVPN static key or tls-crypt-v2 key", family: "private-keys",
            pattern: #"-----BEGIN OpenVPN (?:Static key V1|tls-crypt-v2 (?:client|server) key)-----"# + keyLineBreak
                + #"(?:#[^\r\n\\]*"# + keyLineBreak + #")*([A-Za-z0-9+/=]{16,}(?:"# + keyLineBreak + #"[A-Za-z0-9+/=]{16,})*)"# + keyLineBreak + "-----END",
            keywords: ["openvpn static key", "openvpn tls-crypt-v2"], secretGroup: 1, minimumEntropy: 3.5, windowBefore: 40, windowAfter: 4096),
        SecretRule(
            id: "wireguard-private-key", description: "WireGuard (Curve25519) private key", family: "private-keys",
            pattern: #"(?i)\bprivate[_-]?key"# + assignment + #"(?-i:("# + curve25519Base64 + #"))(?![A-Za-z0-9+/=])"#,
            keywords: ["privatekey", "private_key", "private-key"], secretGroup: 1, minimumEntropy: 4.0, matchesAtKeyword: true),
        SecretRule(
            id: "wireguard-preshared-key", description: "WireGuard preshared key", family: "private-keys",
            pattern: #"(?i)\bpre[_-]?shared[_-]?key"# + assignment + #"(?-i:("# + curve25519Base64 + #"))(?![A-Za-z0-9+/=])"#,
            keywords: ["presharedkey", "preshared_key", "preshared-key", "pre_shared_key", "pre-shared-key", "pre_sharedkey", "pre-sharedkey"],
            secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "jwk-private-key", description: "JSON Web Key with its private member (d)", family: "private-keys",
            pattern: jsonWebKey(member: "d", types: "RSA|EC|OKP"),
            keywords: ["\"d\":", "\"d\" :"], secretGroup: 1, minimumEntropy: 4.0, windowBefore: 1600, windowAfter: 4200),
        SecretRule(
            id: "jwk-symmetric-key", description: "JSON Web Key holding a symmetric key (kty oct)", family: "private-keys",
            pattern: jsonWebKey(member: "k", types: "oct"),
            keywords: ["\"k\":", "\"k\" :"], secretGroup: 1, minimumEntropy: 3.8, windowBefore: 1600, windowAfter: 4200),
        SecretRule(
            id: "tink-cleartext-keyset", description: "Tink keyset in clear text (symmetric or private key material)", family: "private-keys",
            pattern: #""value"[ ]?:[ ]?"([A-Za-z0-9+/]{16,4000}={0,2})",[ ]?"keyMaterialType"[ ]?:[ ]?"(?:SYMMETRIC|ASYMMETRIC_PRIVATE)""#,
            keywords: ["keymaterialtype"], secretGroup: 1, minimumEntropy: 3.5, windowBefore: 4200, windowAfter: 80),
        SecretRule(
            id: "jenkins-credentials-secret", description: "Jenkins encrypted credential ({AQAAABAAAA...}) from credentials.xml", family: "private-keys",
            pattern: #"\{(AQAAABAAAA[A-Za-z0-9+/]{20,4000}={0,2})\}"#,
            keywords: ["{aqaaabaaaa"], secretGroup: 1, minimumEntropy: 4.0, windowAfter: 4100),
        SecretRule(
            id: "java-keystore-password", description: "Java keystore or key password (storepass, keypass, storePassword)", family: "private-keys",
            pattern: #"(?i)(?:\B-|\b)(?:src|dest)?(?:store|key)pass(?:word)?\b(?!:env|:file)["']?(?:[ \t]*[=:][ \t]*|[ \t]+)["']?(?-i:([^\s"'`(){}]{6,128}))"#,
            keywords: ["storepass", "keypass"], secretGroup: 1,
            allowPatterns: [dummyPasswords, #"^(?i:changeit|android|storepass|keypass|keystore)$"#],
            valueChecks: [.notReference, .notWordSlug]),
        SecretRule(
            id: "kubernetes-secret-manifest", description: "Kubernetes Secret manifest with a base64 data value", family: "private-keys",
            pattern: #"kind:[ \t]*["']?Secret\b["']?[\s\S]{0,1500}?(?:\\n|\n)[ \t]*data:[ \t]*(?:\\n|\r?\n)[ \t]+[A-Za-z0-9._-]{1,253}:[ \t]*["']?([A-Za-z0-9+/]{8,4000}={0,2})(?![A-Za-z0-9+/=])"#,
            keywords: ["kind: secret"], secretGroup: 1, minimumEntropy: 3.0, allowPatterns: [documentedBase64Values],
            valueChecks: [.notEncodedWord], windowBefore: 16, windowAfter: 6000),
        SecretRule(
            id: "base64-private-key", description: "Base64-encoded PEM private key (kubeconfig client-key-data, Helm values, env)", family: "private-keys",
            pattern: #"\b(LS0tLS1CRUdJTi[A-Za-z0-9+/]{0,60}?(?:UFJJVkFURSBLRVkt|BSSVZBVEUgS0VZLS|QUklWQVRFIEtFWS0t)[A-Za-z0-9+/]{80,12000}={0,2})(?![A-Za-z0-9+/=])"#,
            keywords: ["ls0tls1crudjti"], secretGroup: 1, minimumEntropy: 4.0, windowBefore: 16, windowAfter: 12200),
        SecretRule(
            id: "tls-key-log-secret", description: "TLS session secret from an SSLKEYLOGFILE", family: "private-keys",
            pattern: #"\b(?:CLIENT_RANDOM|(?:CLIENT|SERVER)_HANDSHAKE_TRAFFIC_SECRET|(?:CLIENT|SERVER)_TRAFFIC_SECRET_[0-9]|CLIENT_EARLY_TRAFFIC_SECRET|(?:EARLY_)?EXPORTER_SECRET)[ ][a-fA-F0-9]{64}[ ]([a-fA-F0-9]{64,96})\b"#,
            keywords: ["client_random", "_traffic_secret", "exporter_secret"], secretGroup: 1, minimumEntropy: 3.0, windowAfter: 400),
        SecretRule(
            id: "vault-unseal-key", description: "HashiCorp Vault unseal or recovery key share", family: "private-keys",
            pattern: #"\b(?:Unseal|Recovery) Key(?: [0-9]{1,2})?: ([A-Za-z0-9+/]{43}[A-Za-z0-9+/=])(?![A-Za-z0-9+/=])"#,
            keywords: ["unseal key", "recovery key"], secretGroup: 1, minimumEntropy: 4.0),
    ]
}
