@testable import BackstopCore
import BackstopTestSupport
import Foundation

extension RuleSamples {
    static let cryptAlphabet = Array("./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

    /// Characters of the crypt(3) alphabet, with at least one digit and one letter.
    static func crypt(_ count: Int, _ r: inout R) -> String {
        while true {
            let value = String((0..<count).map { _ in cryptAlphabet[r.below(cryptAlphabet.count)] })
            if value.contains(where: \.isNumber), value.contains(where: \.isLetter) { return value }
        }
    }

    static func base64NoPadding(_ count: Int, _ r: inout R) -> String {
        SampleSecrets.base64(r.bytes(count)).replacingOccurrences(of: "=", with: "")
    }

    /// A crypt hash (without its leading `$`) in the contexts that store one; `fp` are look-alikes.
    static func cryptSpec(_ id: String, _ hash: @escaping @Sendable (Int, inout R) -> String, fp: @escaping @Sendable (inout R) -> [String]) -> RuleSpec {
        .sample(id, { i, r in
            let secret = hash(i, &r)
            let text = pick(i, ["root:$" + secret + ":19700:0:99999:7:::", "password: \"$" + secret + "\"", "deploy:$" + secret])
            return Sample(text, secret: secret)
        }, fp: fp)
    }

    static let passwordHashes: [RuleSpec] = [
        cryptSpec("sha512-crypt-hash", { i, r in "6$" + (i == 2 ? "rounds=656000$" : "") + crypt(16, &r) + "$" + crypt(86, &r) },
                  fp: { r in ["root:$" + "6$" + crypt(16, &r) + "$" + crypt(85, &r) + ":19700::::::", "root:*:19700:0:99999:7:::",
                              "echo '$" + "6$" + crypt(16, &r) + "$" + crypt(86, &r) + "'"] }),
        cryptSpec("sha256-crypt-hash", { i, r in "5$" + (i == 1 ? "rounds=5000$" : "") + crypt(16, &r) + "$" + crypt(43, &r) },
                  fp: { r in ["admin:$" + "5$" + crypt(16, &r) + "$" + crypt(42, &r), "echo '$" + "5$" + crypt(16, &r) + "$" + crypt(43, &r) + "'"] }),
        cryptSpec("yescrypt-hash", { i, r in (i == 2 ? "gy$" : "y$") + "j9T$" + crypt(22, &r) + "$" + crypt(43, &r) },
                  fp: { r in ["alice:$" + "y$j9T$" + crypt(22, &r) + "$" + crypt(42, &r), "alice:!:19800:0:99999:7:::"] }),
        cryptSpec("md5-crypt-hash", { _, r in "1$" + crypt(8, &r) + "$" + crypt(22, &r) },
                  fp: { r in ["bob:$" + "1$" + crypt(8, &r) + "$" + crypt(21, &r), "echo '$" + "1$" + crypt(8, &r) + "$" + crypt(22, &r) + "'"] }),
        cryptSpec("apache-apr1-hash", { _, r in "apr1$" + crypt(8, &r) + "$" + crypt(22, &r) },
                  fp: { r in ["admin:$" + "apr1$" + crypt(8, &r) + "$" + crypt(21, &r), "admin:$" + "apr2$" + crypt(8, &r) + "$" + crypt(22, &r)] }),
        cryptSpec("bcrypt-password-hash", { i, r in pick(i, ["2y$10$", "2b$12$", "2a$08$"]) + crypt(53, &r) },
                  fp: { r in ["admin:$" + "2y$10$" + crypt(52, &r), "password: '$" + "2y$10$" + "92IXUNpkjO0rOQ5byMi.Ye4oKoEa3Ro9llC/.og/at2.uheWG/igi'",
                              "echo '$" + "2b$12$" + crypt(53, &r) + "'"] }),
        cryptSpec("argon2-password-hash", { i, r in
            pick(i, ["argon2id", "argon2i", "argon2id"]) + "$v=19$m=65536,t=3,p=4$" + base64NoPadding(16, &r) + "$" + base64NoPadding(32, &r)
        }, fp: { r in ["alice:$" + "argon2id$v=19$m=65536,t=3,p=4$" + base64NoPadding(16, &r), "echo '$" + "argon2id$v=19$m=65536,t=3,p=4$"
                       + base64NoPadding(16, &r) + "$" + base64NoPadding(32, &r) + "'"] }),
        .sample("htpasswd-sha1-hash", { i, r in
            let hash = SampleSecrets.base64(r.bytes(20))
            return Sample(pick(i, ["admin", "deploy", "ci.bot"]) + ":{SH" + "A}" + hash, secret: hash)
        }, fp: { r in ["admin:{SH" + "A}" + SampleSecrets.base64(r.bytes(16)), "admin:{SH" + "A}<hash>"] }),
        .sample("phpass-hash", { i, r in
            let hash = pick(i, ["P$B", "H$9", "P$D"]) + crypt(30, &r)
            return Sample(pick(i, ["$", "'$", "user_pass = '$"]) + hash + pick(i, ["", "'", "'"]), secret: hash)
        }, fp: { r in ["$" + "P$" + crypt(30, &r), "$" + "Q$" + crypt(31, &r)] }),
        .keyed("django-password-hash", name: "password", { i, r in
            switch i {
            case 0: return "pbkdf2_sha256" + "$870000$" + mixed(22, .base62, &r) + "$" + SampleSecrets.base64(r.bytes(32))
            case 1: return "argon2" + "$argon2id$v=19$m=102400,t=2,p=8$" + base64NoPadding(16, &r) + "$" + base64NoPadding(32, &r)
            default: return "bcrypt_sha256" + "$$2b$12$" + crypt(53, &r)
            }
        }, fp: { r in ["pbkdf2:sha256:260000$" + mixed(16, .base62, &r) + "$" + hex(64, &r),
                       "pbkdf2_sha256" + "$870000$" + mixed(22, .base62, &r) + "$" + mixed(10, .base62, &r)] }),
        .sample("ldap-user-password", { i, r in
            let value: String
            switch i {
            case 0: value = "{SSH" + "A}" + SampleSecrets.base64(r.bytes(24))
            case 1: value = SampleSecrets.base64(Array(("{SSH" + "A}" + SampleSecrets.base64(r.bytes(24))).utf8))
            default: value = "{CRYP" + "T}$" + "6$" + crypt(16, &r) + "$" + crypt(86, &r)
            }
            return Sample("userPassword:" + (i == 1 ? ": " : " ") + value, secret: value)
        }, fp: { r in ["userPassword: {SSH" + "A}" + mixed(4, .base62, &r), "userPassword: <hash>"] }),
        .sample("cisco-type5-secret", { i, r in
            let hash = "1$" + crypt(4, &r) + "$" + crypt(22, &r)
            return Sample(pick(i, ["enable secret 5 $", "username admin privilege 15 secret 5 $", " enable secret 5 $"]) + hash, secret: hash)
        }, fp: { r in ["enable secret 5 $" + "1$" + crypt(4, &r) + "$" + crypt(20, &r), "enable secret 5 <hash>"] }),
        .sample("cisco-type8-9-secret", { i, r in
            let type = pick(i, ["9", "8", "9"])
            let hash = type + "$" + crypt(14, &r) + "$" + crypt(43, &r)
            return Sample(pick(i, ["enable secret ", "username ops secret ", "username noc privilege 15 secret "]) + type + " $" + hash, secret: hash)
        }, fp: { r in ["enable secret 9 $" + "9$" + crypt(14, &r) + "$" + crypt(40, &r), "enable secret 8 <hash>"] }),
        .sample("cisco-type7-password", { i, r in
            let encoded = String(format: "%02d", r.below(16)) + mixed(pick(i, [20, 14, 26]), .upperHex, &r)
            return Sample(pick(i, ["username admin password 7 ", "enable password 7 ", " ntp authentication-key 1 md5 7 "]) + encoded, secret: encoded)
        }, fp: { r in ["username admin password 7 " + "16" + mixed(20, .upperHex, &r), "username admin password 7 0A1B"] }),
        textSpec("cisco-plaintext-password", ["enable password {}", "username netops privilege 15 password 0 {}", "enable password level 15 {}"], length: 12,
                 fp: ["no enable password Zq81LmXw2P", "enable password cisco", "username admin password 0 password"]),
        .sample("juniper-type9-secret", { i, r in
            let secret = "9$" + mixed(pick(i, [30, 24, 40]), .base62, &r)
            return Sample(pick(i, ["secret \"$", "authentication-key \"$", "pre-shared-key ascii-text \"$"]) + secret + "\";", secret: secret)
        }, fp: { r in ["secret \"$" + "9$ab\";", "secret \"$" + "8$" + mixed(30, .base62, &r) + "\";"] }),
        .sample("mysql-native-password-hash", { i, r in
            let hash = mixed(40, .upperHex, &r)
            let text = pick(i, ["GRANT ALL ON app.* TO 'app'@'%' IDENTIFIED BY PASSWORD '*" + hash + "';",
                                "CREATE USER 'etl'@'%' IDENTIFIED WITH mysql_native_password AS '*" + hash + "';",
                                "authentication_string: '*" + hash + "'"])
            return Sample(text, secret: hash)
        }, fp: { r in ["IDENTIFIED BY PASSWORD '*" + "2470C0C06DEE42FD1618BB99005ADCA2EC9D1E19" + "'", "IDENTIFIED BY PASSWORD '*" + mixed(39, .upperHex, &r) + "'"] }),
        .sample("ntlm-hash-dump", { i, r in
            let pair = pick(i, ["aad3b435b51404ee" + "aad3b435b51404ee", hex(32, &r), "aad3b435b51404ee" + "aad3b435b51404ee"]) + ":" + hex(32, &r)
            return Sample(pick(i, ["Administrator:500:", "svc_sql:1104:", "CORP\\backup:1201:"]) + pair + ":::", secret: pair)
        }, fp: { r in ["Guest:501:aad3b435b51404ee" + "aad3b435b51404ee:31d6cfe0d16ae931" + "b73c59d7e0c089c0:::", "Administrator:500:" + hex(32, &r) + ":::"] }),
        .token("postgres-scram-hash", { _, r in
            "SCRAM" + "-SHA-256$4096:" + SampleSecrets.base64(r.bytes(16)) + "$" + SampleSecrets.base64(r.bytes(32)) + ":" + SampleSecrets.base64(r.bytes(32))
        }, fp: { r in ["SCRAM" + "-SHA-256$4096:" + SampleSecrets.base64(r.bytes(16)) + "$" + SampleSecrets.base64(r.bytes(32)),
                       "SCRAM" + "-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>"] }),
    ]
}
