@testable import BackstopCore
import BackstopTestSupport
import Foundation

/// Shapes shared by the developer-tool sample files: a value assigned to a name holding the
/// provider's keyword, and look-alikes of the wrong length or alphabet.
extension RuleSamples {
    static func keyedHex(_ id: String, name: String, _ count: Int) -> RuleSpec {
        .keyed(id, name: name, { _, r in hex(count, &r) },
               fp: { r in [hex(count - 1, &r), hex(count + 1, &r), String(repeating: "x", count: count)] })
    }

    static func keyedUUID(_ id: String, name: String) -> RuleSpec {
        .keyed(id, name: name, { _, r in SampleSecrets.uuid(&r) },
               fp: { r in [String(SampleSecrets.uuid(&r).dropLast()), mixed(36, .lowerAlnum, &r)] })
    }

    /// A value of `count` characters of `alphabet`; look-alikes `short` characters long (one short by
    /// default) and without digits.
    static func keyedMixed(_ id: String, name: String, _ count: Int, _ alphabet: Alphabet = .base62, short: Int? = nil) -> RuleSpec {
        .keyed(id, name: name, { _, r in mixed(count, alphabet, &r) },
               fp: { r in [mixed(short ?? count - 1, alphabet, &r), r.string(count, .letters)] })
    }

    /// Crockford base32 (ULID) in upper case.
    static func crockford(_ count: Int, _ r: inout R) -> String {
        let characters = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        while true {
            let value = String((0..<count).map { _ in characters[r.below(characters.count)] })
            if value.contains(where: \.isNumber), value.contains(where: \.isLetter) { return value }
        }
    }

    static let developerTools: [RuleSpec] = [
        .token("gitlab-runner-registered-token", { i, r in
            pick(i, ["gl" + "rtr-" + mixed(20, .base62, &r), "gl" + "rtr-" + "t2_" + mixed(27, .base64url, &r) + ".01" + r.string(7, .lowerAlnum),
                     "gl" + "rtr-" + mixed(26, .base64url, &r)])
        }, fp: { r in ["gl" + "rtr-" + mixed(19, .base62, &r), "gl" + "rtr-" + String(repeating: "x", count: 20)] }),
        .sample("gitlab-session-cookie", { _, r in
            let value = mixed(32, .lowerAlnum, &r)
            return Sample("Cookie: _gitlab" + "_session=" + value, secret: value)
        }, fp: { r in ["_gitlab" + "_session=" + mixed(31, .lowerAlnum, &r), "_gitlab" + "_session=" + String(repeating: "x", count: 32)] }),
        keyedHex("gitea-access-token", name: "GITEA_TOKEN", 40),
        keyedHex("gitee-access-token", name: "GITEE_ACCESS_TOKEN", 32),
        .token("sourcegraph-access-token", { i, r in
            pick(i, ["sg" + "p_" + hex(40, &r), "sg" + "p_" + hex(16, &r) + "_" + hex(40, &r), "sg" + "p_" + "local_" + hex(40, &r)])
        }, fp: { r in ["sg" + "p_" + hex(39, &r), "sg" + "p_" + mixed(40, .base62, &r).uppercased() + "Z"] }),
        .token("sourcegraph-cody-gateway-key", { i, r in pick(i, ["sl" + "k_", "sg" + "d_"]) + hex(64, &r) },
               fp: { r in ["sl" + "k_" + hex(63, &r), "sl" + "x_" + hex(64, &r)] }),
        .token("bitbucket-datacenter-token", { _, r in "BB" + "DC-" + mixed(44, .base64, &r) },
               fp: { r in ["BB" + "DC-" + mixed(30, .base64, &r), "BB" + "DC-" + String(repeating: "x", count: 44)] }),
        .keyed("bitbucket-client-secret", name: "BITBUCKET_CLIENT_SECRET", { _, r in mixed(32, .base62, &r) },
               fp: { r in [mixed(31, .base62, &r), r.string(32, .letters)] }),
        .token("youtrack-permanent-token", { i, r in
            let user = SampleSecrets.base64(Array(("svc-" + r.string(pick(i, [5, 6, 8]), .lowerAlnum)).utf8))
            let name = SampleSecrets.base64(Array((r.digits(2) + "-" + r.digits(1)).utf8))
            return "pe" + pick(i, ["rm:", "rm-", "rm:"]) + user + "." + name + "." + mixed(30, .base62, &r)
        }, fp: { r in
            let user = SampleSecrets.base64(Array(("ci-" + r.string(5, .lowerAlnum)).utf8)) + "." + SampleSecrets.base64(Array(r.digits(3).utf8)) + "."
            return ["pe" + "rm:" + user + mixed(29, .base62, &r), "pe" + "rm:" + user + String(repeating: "x", count: 30)]
        }),
        hexToken("sonarqube-user-token", "sq" + "u_", 40),
        hexToken("sonarqube-project-token", "sq" + "p_", 40),
        hexToken("sonarqube-global-token", "sq" + "a_", 40),
        keyedHex("sonar-token", name: "SONAR_TOKEN", 40),
        keyedUUID("snyk-api-token", name: "SNYK_TOKEN"),
        .keyed("codecov-token", name: "CODECOV_TOKEN", { i, r in i == 1 ? hex(40, &r) : SampleSecrets.uuid(&r) },
               fp: { r in [String(SampleSecrets.uuid(&r).dropLast()), hex(39, &r)] }),
        .keyed("coveralls-repo-token", name: "COVERALLS_REPO_TOKEN", { i, r in mixed(pick(i, [32, 37, 40]), .base62, &r) },
               fp: { r in [mixed(20, .base62, &r), r.string(32, .letters)] }),
        .sample("deepsource-dsn", { i, r in
            let secret = hex(32, &r)
            return Sample("https://" + secret + "@" + pick(i, ["app.deep", "deep", "app.deep"]) + "source." + pick(i, ["io", "com", "com"]), secret: secret)
        }, fp: { r in ["https://" + hex(31, &r) + "@app.deep" + "source.io", "https://" + hex(32, &r) + "@deep" + "source.acme.org"] }),
        .keyed("codacy-token", name: "CODACY_PROJECT_TOKEN", { i, r in i == 1 ? mixed(20, .base62, &r) : hex(32, &r) },
               fp: { r in [hex(31, &r), r.string(20, .letters)] }),
        keyedHex("semgrep-app-token", name: "SEMGREP_APP_TOKEN", 64),
        .keyed("gitguardian-api-key", name: "GITGUARDIAN_API_KEY", { _, r in mixed(69, .base62, &r) },
               fp: { r in [mixed(50, .base62, &r), r.string(69, .letters)] }),
        prefixed("readme-api-key", "rd" + "me_", 70, .lowerAlnum),
        .token("postman-collection-access-key", { _, r in "PM" + "AT-" + crockford(26, &r) },
               fp: { r in ["PM" + "AT-" + crockford(25, &r), "PM" + "AT-" + crockford(26, &r).lowercased()] }),
        .keyed("stoplight-api-token", name: "STOPLIGHT_TOKEN", { _, r in mixed(40, .base62, &r) },
               fp: { r in [mixed(20, .base62, &r), String(repeating: "x", count: 40)] }),
    ]
}
