extension BuiltInRules {
    /// Where a crypt(3) hash is a stored credential: the second field of a `user:hash` line (shadow,
    /// htpasswd) or the value of a password-named setting (`password: "$6$..."`, `--iscrypted`,
    /// Junos `encrypted-password "$6$..."`). The secret starts after the leading `$`, which would
    /// otherwise read as a shell variable.
    private static let storedHashContext = #"(?:(?<![A-Za-z0-9_.$-])[A-Za-z0-9_][A-Za-z0-9_.@-]{0,63}:|(?i:pass(?:word|wd)?|pw|hash(?:ed)?|crypted)[A-Za-z0-9_.-]{0,24}"# + assignment + #"|--iscrypted[ \t]+|encrypted-password[ \t]+["']?)\$"#

    /// The crypt(3) alphabet.
    private static let cryptCharacter = "[./A-Za-z0-9]"

    private static func storedHash(_ id: String, _ description: String, body: String, keywords: [String], entropy: Double,
                                   allow: [String] = []) -> SecretRule {
        SecretRule(
            id: id, description: description, family: "password-hashes",
            pattern: storedHashContext + "(" + body + ")(?![./A-Za-z0-9$])",
            keywords: keywords, secretGroup: 1, minimumEntropy: entropy, allowPatterns: allow)
    }

    static let passwordHashes: [SecretRule] = [
        storedHash("sha512-crypt-hash", "SHA-512 crypt password hash ($6$) in a shadow line or password setting",
                   body: #"6\$(?:rounds=[0-9]{1,9}\$)?"# + cryptCharacter + #"{1,16}\$"# + cryptCharacter + "{86}", keywords: ["$6$"], entropy: 4.0),
        storedHash("sha256-crypt-hash", "SHA-256 crypt password hash ($5$) in a shadow line or password setting",
                   body: #"5\$(?:rounds=[0-9]{1,9}\$)?"# + cryptCharacter + #"{1,16}\$"# + cryptCharacter + "{43}", keywords: ["$5$"], entropy: 3.8),
        storedHash("yescrypt-hash", "yescrypt password hash ($y$) in a shadow line or password setting",
                   body: #"g?y\$"# + cryptCharacter + #"{1,32}\$"# + cryptCharacter + #"{1,86}\$"# + cryptCharacter + "{43}", keywords: ["$y$", "$gy$"], entropy: 3.8),
        storedHash("md5-crypt-hash", "MD5 crypt password hash ($1$) in a shadow line or password setting",
                   body: #"1\$"# + cryptCharacter + #"{1,8}\$"# + cryptCharacter + "{22}", keywords: ["$1$"], entropy: 3.5),
        storedHash("apache-apr1-hash", "Apache APR1-MD5 password hash (htpasswd)",
                   body: #"apr1\$"# + cryptCharacter + #"{1,8}\$"# + cryptCharacter + "{22}", keywords: ["$apr1$"], entropy: 3.5),
        storedHash("bcrypt-password-hash", "bcrypt password hash in an htpasswd / shadow line or password setting",
                   body: #"2[abxy]?\$[0-9]{2}\$"# + cryptCharacter + "{53}", keywords: ["$2a$", "$2b$", "$2x$", "$2y$", "$2$"], entropy: 3.8,
                   // Laravel's and Devise's fixture hash of "password".
                   allow: [#"^2y\$10\$92IXUNpkjO0rOQ5byMi\.Ye4oKoEa3Ro9llC/\.og/at2\.uheWG/igi$"#]),
        storedHash("argon2-password-hash", "Argon2 password hash in a credential line or password setting",
                   body: #"argon2(?:id|i|d)\$v=[0-9]{1,3}\$m=[0-9]{1,8},t=[0-9]{1,3},p=[0-9]{1,3}\$[A-Za-z0-9+/]{8,88}\$[A-Za-z0-9+/]{16,172}"#,
                   keywords: ["$argon2"], entropy: 3.8),
        SecretRule(
            id: "htpasswd-sha1-hash", description: "htpasswd SHA-1 password hash ({SHA})", family: "password-hashes",
            pattern: #"(?<![A-Za-z0-9_.-])[A-Za-z0-9_][A-Za-z0-9_.@-]{0,63}:\{SHA\}([A-Za-z0-9+/]{27}=)"#,
            keywords: ["{sha}"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "phpass-hash", description: "PHPass portable password hash (WordPress, phpBB)", family: "password-hashes",
            pattern: #"\$([PH]\$[./A-Za-z0-9]{31})(?![./A-Za-z0-9])"#,
            keywords: ["$p$", "$h$"], secretGroup: 1, minimumEntropy: 3.8),
        SecretRule(
            id: "django-password-hash", description: "Django password hash assigned to a password field", family: "password-hashes",
            pattern: #"(?i:pass(?:word)?)[A-Za-z0-9_.-]{0,20}"# + assignment + #"((?:pbkdf2_sha(?:256|1)\$[0-9]{4,8}\$[A-Za-z0-9./+]{1,64}\$[A-Za-z0-9+/]{27,88}={0,2})|argon2\$argon2(?:id|i|d)\$v=[0-9]{1,3}\$m=[0-9]{1,8},t=[0-9]{1,3},p=[0-9]{1,3}\$[A-Za-z0-9+/]{8,88}\$[A-Za-z0-9+/]{16,172}|bcrypt_sha256\$\$2[aby]\$[0-9]{2}\$[./A-Za-z0-9]{53})(?![A-Za-z0-9+/=])"#,
            keywords: ["pbkdf2_sha256$", "pbkdf2_sha1$", "argon2$argon2", "bcrypt_sha256$"], secretGroup: 1, minimumEntropy: 3.8),
        SecretRule(
            id: "ldap-user-password", description: "LDAP userPassword attribute holding a password hash", family: "password-hashes",
            pattern: #"(?i)\buserPassword::?[ \t]*(?-i:(\{[A-Za-z0-9-]{2,20}\}[A-Za-z0-9+/$.=-]{8,500}|e1[A-Za-z0-9+/]{12,600}={0,2}))(?![A-Za-z0-9+/$.=-])"#,
            keywords: ["userpassword"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "cisco-type5-secret", description: "Cisco IOS type 5 (MD5 crypt) secret", family: "password-hashes",
            pattern: #"\bsecret[ \t]+5[ \t]+\$(1\$[./A-Za-z0-9]{0,8}\$[./A-Za-z0-9]{22})(?![./A-Za-z0-9])"#,
            keywords: ["secret 5 $1$"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "cisco-type8-9-secret", description: "Cisco IOS type 8 (PBKDF2) or type 9 (scrypt) secret", family: "password-hashes",
            pattern: #"\bsecret[ \t]+[89][ \t]+\$([89]\$[./A-Za-z0-9]{14}\$[./A-Za-z0-9]{43})(?![./A-Za-z0-9])"#,
            keywords: ["secret 8 $8$", "secret 9 $9$"], secretGroup: 1, minimumEntropy: 3.8),
        SecretRule(
            id: "cisco-type7-password", description: "Cisco type 7 password (reversibly encoded)", family: "password-hashes",
            pattern: #"\b(?:password|secret|key|key-string|md5)[ \t]+7[ \t]+((?:0[0-9]|1[0-5])(?:[0-9A-F]{2}){4,80})\b"#,
            keywords: ["password 7 ", "secret 7 ", "key 7 ", "key-string 7 ", "md5 7 "], secretGroup: 1, minimumEntropy: 2.5),
        SecretRule(
            id: "cisco-plaintext-password", description: "Cisco IOS enable or user password in clear text", family: "password-hashes",
            pattern: #"(?<!no )\b(?:enable[ \t]+password(?:[ \t]+level[ \t]+[0-9]{1,2})?(?:[ \t]+0)?|username[ \t]+[^\s"']{1,64}(?:[ \t]+privilege[ \t]+[0-9]{1,2})?[ \t]+password[ \t]+0)[ \t]+(?![0-9][ \t]|level[ \t])([^\s"'`]{4,64})"#,
            keywords: ["enable password", "password 0 "], secretGroup: 1, allowPatterns: [dummyPasswords, #"^(?i:cisco|class)$"#], valueChecks: [.notReference]),
        SecretRule(
            id: "juniper-type9-secret", description: "Junos $9$ secret (reversibly encoded)", family: "password-hashes",
            pattern: #"\b(?:secret|authentication-key|simple-password|ascii-text|pre-shared-key)[ \t]+"\$(9\$[A-Za-z0-9./-]{8,200})""#,
            keywords: ["$9$"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "mysql-native-password-hash", description: "MySQL native password hash (*40 hex) in a grant or user row", family: "password-hashes",
            pattern: #"(?i)(?:\bidentified[ \t]+(?:with[ \t]+["'`]?mysql_native_password["'`]?[ \t]+as|by[ \t]+password)|\bauthentication_string["'`]?[ \t]*[:=,][ \t]*)[ \t]*["'`]?\*(?-i:([0-9A-F]{40}))\b"#,
            keywords: ["identified", "authentication_string"], secretGroup: 1, minimumEntropy: 3.0,
            // The hash of "password".
            allowPatterns: [#"^2470C0C06DEE42FD1618BB99005ADCA2EC9D1E19$"#]),
        SecretRule(
            id: "ntlm-hash-dump", description: "Windows LM:NT hash pair in a pwdump / secretsdump line", family: "password-hashes",
            pattern: #"(?<![A-Za-z0-9_.$-])[^\s:"'`=]{1,64}:[0-9]{1,10}:([a-fA-F0-9]{32}:[a-fA-F0-9]{32}):::"#,
            keywords: [":::"], secretGroup: 1, minimumEntropy: 3.0,
            // The NT hash of the empty password: an account without one.
            allowPatterns: [#"(?i):31d6cfe0d16ae931b73c59d7e0c089c0$"#]),
        SecretRule(
            id: "postgres-scram-hash", description: "PostgreSQL SCRAM-SHA-256 password verifier", family: "password-hashes",
            pattern: #"\b(SCRAM-SHA-256\$[0-9]{4,7}:[A-Za-z0-9+/]{16,64}={0,2}\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=)"#,
            keywords: ["scram-sha-256$"], secretGroup: 1, minimumEntropy: 4.0),
    ]
}
