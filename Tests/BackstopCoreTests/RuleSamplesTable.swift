@testable import BackstopCore
import BackstopTestSupport
import Foundation

/// True positives (assembled at test time) and look-alikes for every built-in rule.
/// Prefixes are split (`"gh" + "p_"`) so no whole token is ever written in this file.
enum RuleSamples {
    typealias R = SampleRandom

    static func pick<T>(_ index: Int, _ options: [T]) -> T { options[index % options.count] }

    /// A random string over `alphabet` that holds at least one digit and one letter.
    static func mixed(_ count: Int, _ alphabet: Alphabet, _ r: inout R) -> String {
        while true {
            let value = r.string(count, alphabet)
            if value.contains(where: \.isNumber), value.contains(where: \.isLetter) { return value }
        }
    }

    static func hex(_ count: Int, _ r: inout R) -> String { mixed(count, .hex, &r) }

    static let cloud: [RuleSpec] = [
        .token("aws-access-key-id", { i, r in pick(i, ["AK" + "IA", "AS" + "IA", "A3T" + "K"]) + mixed(16, .awsBase32, &r) },
               fp: { r in ["AK" + "IA" + r.string(15, .awsBase32), "AK" + "IA" + r.string(16, .lowerAlnum),
                           "AK" + "IA" + "IOSFODNN7" + "EXAMPLE", "AK" + "IA" + "0189018901890189"] }),
        .keyed("aws-secret-access-key", name: "AWS_SECRET_ACCESS_KEY", { _, r in mixed(40, .base64, &r) },
               fp: { r in [mixed(39, .base64, &r), mixed(41, .base64, &r), "wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY",
                           "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"] }),
        .token("aws-mws-auth-token", { _, r in "amzn" + ".mws." + SampleSecrets.uuid(&r) },
               fp: { r in ["amzn" + ".mws." + r.string(8, .hex) + "-" + r.string(4, .hex), "amzn" + ".mws." + SampleSecrets.uuid(&r).uppercased()] }),
        .keyed("gcp-service-account-key-id", name: "private_key_id", { _, r in hex(40, &r) },
               fp: { r in [hex(39, &r), r.string(40, .letters), "0000000000" + hex(30, &r)] }),
        .token("gcp-api-key", { i, r in "AI" + "za" + pick(i, ["Sy", "Sz", "Sx"]) + mixed(33, .base64url, &r) },
               fp: { r in ["AI" + "za" + mixed(34, .base64url, &r), "AI" + "za" + mixed(36, .base64url, &r),
                           "AI" + "za" + "Sy" + String(repeating: "x", count: 33)] }),
        .token("gcp-oauth-client-secret", { _, r in "GOC" + "SPX-" + mixed(28, .base64url, &r) },
               fp: { r in ["GOC" + "SPX-" + mixed(27, .base64url, &r), "GOC" + "SPX-" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxx"] }),
        .token("google-oauth-access-token", { i, r in "ya" + "29." + mixed(pick(i, [120, 163, 218]), .base64url, &r) },
               fp: { r in ["ya" + "29." + mixed(20, .base64url, &r), "ya" + "29." + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"] }),
        .keyed("azure-storage-account-key", name: "AZURE_STORAGE_ACCOUNT_KEY", { _, r in SampleSecrets.base64(r.bytes(64)) },
               fp: { r in [SampleSecrets.base64(r.bytes(63)), SampleSecrets.base64(r.bytes(32)), "xxxx" + SampleSecrets.base64(r.bytes(61))] }),
        .sample("azure-storage-connection-string", { i, r in
            let key = SampleSecrets.base64(r.bytes(64))
            return Sample("DefaultEndpointsProtocol=https;AccountName=acct\(i)store;Account" + "Key=" + key + ";EndpointSuffix=core.windows.net", secret: key)
        }, fp: { r in [
            "DefaultEndpointsProtocol=https;AccountName=acct;Account" + "Key=" + SampleSecrets.base64(r.bytes(32)) + ";",
            "UseDevelopmentStorage=true",
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;Account" + "Key="
                + "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;",
        ] }),
        .sample("azure-sas-token", { i, r in
            let sig = SampleSecrets.base64(r.bytes(32)).replacingOccurrences(of: "+", with: "%2B")
                .replacingOccurrences(of: "/", with: "%2F").replacingOccurrences(of: "=", with: "%3D")
            let start = pick(i, ["sp=r&st=2024-05-01T08:00:00Z&se=2025-05-01T16:00:00Z&spr=https&", "", "ss=b&srt=co&sp=rl&"])
            return Sample("https://acct\(i).blob.core.windows.net/backups/db.bak?" + start + "sv=2022-11-02&sr=b&si" + "g=" + sig, secret: sig)
        }, fp: { r in [
            "https://acct.blob.core.windows.net/c/b?sp=r&si" + "g=" + SampleSecrets.base64(r.bytes(32)),
            "https://acct.blob.core.windows.net/c/b?sv=2022-11-02&sr=b&si" + "g=abc123",
            "https://acct.blob.core.windows.net/c/b?sv=2022-11-02&sr=b&si" + "g=" + "<signature-goes-here-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx>",
        ] }),
        .token("azure-ad-client-secret", { _, r in mixed(3, .base62, &r) + String(r.below(10)) + "Q" + "~" + mixed(34, .base62, &r) },
               fp: { r in [r.string(4, .letters) + "Q" + "~" + mixed(34, .base62, &r), mixed(3, .base62, &r) + "8Q" + "~" + mixed(20, .base62, &r)] }),
        .token("alibaba-access-key-id", { _, r in "LT" + "AI" + mixed(20, .base62, &r) },
               fp: { r in ["LT" + "AI" + mixed(19, .base62, &r), "LT" + "AI" + "xxxxxxxxxxxxxxxxxxxx", "LT" + "AI" + r.string(20, .letters)] }),
    ]

    static func gitHubSpec(_ id: String, _ prefix: String) -> RuleSpec {
        .token(id, { _, r in SampleSecrets.gitHub(prefix, &r) },
               fp: { r in [SampleSecrets.gitHub(prefix, &r, validChecksum: false), prefix + mixed(35, .base62, &r),
                           prefix + String(repeating: "x", count: 36)] })
    }

    static func prefixed(_ id: String, _ prefix: String, _ count: Int, _ alphabet: Alphabet = .base64url) -> RuleSpec {
        .token(id, { _, r in prefix + mixed(count, alphabet, &r) },
               fp: { r in [prefix + mixed(count - 1, alphabet, &r), prefix + String(repeating: "x", count: count)] })
    }

    static let sourceHosting: [RuleSpec] = [
        gitHubSpec("github-pat", "gh" + "p_"),
        gitHubSpec("github-oauth-token", "gh" + "o_"),
        gitHubSpec("github-user-to-server-token", "gh" + "u_"),
        gitHubSpec("github-app-token", "gh" + "s_"),
        gitHubSpec("github-refresh-token", "gh" + "r_"),
        .token("github-fine-grained-pat", { _, r in "github" + "_pat_" + mixed(22, .base62, &r) + "_" + mixed(59, .base62, &r) },
               fp: { r in ["github" + "_pat_" + mixed(22, .base62, &r) + "_" + mixed(58, .base62, &r),
                           "github" + "_pat_" + mixed(21, .base62, &r) + "_" + mixed(59, .base62, &r)] }),
        .token("gitlab-pat", { i, r in
            pick(i, ["gl" + "pat-" + mixed(20, .base64url, &r), "gl" + "pat-" + mixed(38, .base64url, &r) + ".01" + r.string(7, .lowerAlnum),
                     "gl" + "pat-" + mixed(20, .base62, &r)])
        }, fp: { r in ["gl" + "pat-" + mixed(19, .base64url, &r), "gl" + "pat-" + "xxxxxxxxxxxxxxxxxxxx", "gl" + "pat-" + "abababababababababab"] }),
        prefixed("gitlab-deploy-token", "gl" + "dt-", 20),
        .token("gitlab-runner-auth-token", { i, r in
            pick(i, ["gl" + "rt-" + mixed(20, .base64url, &r), "gl" + "rt-" + "t1_" + mixed(27, .base64url, &r) + ".01" + r.string(7, .lowerAlnum),
                     "gl" + "rt-" + mixed(20, .base62, &r)])
        }, fp: { r in ["gl" + "rt-" + mixed(19, .base64url, &r), "gl" + "rt-" + "xxxxxxxxxxxxxxxxxxxx"] }),
        prefixed("gitlab-runner-registration-token", "GR" + "1348941", 20),
        .token("gitlab-pipeline-trigger-token", { _, r in "gl" + "ptt-" + hex(40, &r) },
               fp: { r in ["gl" + "ptt-" + hex(39, &r), "gl" + "ptt-" + hex(40, &r).uppercased() + "G"] }),
        .token("gitlab-cicd-job-token", { i, r in "gl" + "cbt-" + mixed(pick(i, [2, 4, 5]), .base62, &r) + "_" + mixed(20, .base64url, &r) },
               fp: { r in ["gl" + "cbt-" + mixed(20, .base64url, &r), "gl" + "cbt-" + "64_" + mixed(12, .base64url, &r)] }),
        prefixed("gitlab-feed-token", "gl" + "ft-", 20),
        prefixed("gitlab-oauth-app-secret", "gl" + "oas-", 64),
        prefixed("gitlab-scim-token", "gl" + "soat-", 20),
        prefixed("gitlab-incoming-mail-token", "gl" + "imt-", 25),
        prefixed("gitlab-kubernetes-agent-token", "gl" + "agent-", 50),
        prefixed("gitlab-feature-flag-client-token", "gl" + "ffct-", 20),
        .token("bitbucket-app-password", { _, r in "AT" + "BB" + mixed(28, .base62, &r) + mixed(8, .upperHex, &r) },
               fp: { r in ["AT" + "BB" + mixed(10, .base62, &r), "AT" + "BB" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxx" + mixed(8, .upperHex, &r)] }),
        .token("bitbucket-access-token", { _, r in "ATCTT3" + "xFfGN0" + mixed(170, .base64url, &r) + "=" + mixed(8, .upperHex, &r) },
               fp: { r in ["ATCTT3" + "xFfGN0" + mixed(50, .base64url, &r), "ATCTT3" + "xFfGN1" + mixed(170, .base64url, &r)] }),
    ]

    static let packageRegistries: [RuleSpec] = [
        prefixed("npm-access-token", "np" + "m_", 36, .base62),
        .sample("npmrc-auth-token", { i, r in
            let token = pick(i, [mixed(40, .base62, &r), SampleSecrets.uuid(&r), SampleSecrets.base64(r.bytes(33))])
            return Sample("//npm.internal.corp/:_auth" + "Token=" + token, secret: token)
        }, fp: { r in ["//registry.npmjs.org/:_auth" + "Token=${NPM_TOKEN}", "//registry.npmjs.org/:_auth" + "Token=short123",
                       "//registry.npmjs.org/:_auth" + "Token=NPM_TOKEN_FROM_THE_ENVIRONMENT"] }),
        .token("pypi-upload-token", { i, r in
            "py" + "pi-" + pick(i, ["AgEIcHlwaS5vcmc", "AgENdGVzdC5weXBpLm9yZw", "AgEIcHlwaS5vcmc"]) + mixed(pick(i, [160, 90, 200]), .base64url, &r)
        }, fp: { r in ["py" + "pi-" + "AgEIcHlwaS5vcmc" + mixed(20, .base64url, &r), "py" + "pi-" + "AgEIcHlwaS5vcmd" + mixed(160, .base64url, &r)] }),
        .token("rubygems-api-key", { _, r in "ruby" + "gems_" + hex(48, &r) },
               fp: { r in ["ruby" + "gems_" + hex(47, &r), "ruby" + "gems_" + hex(48, &r).uppercased() + "Z"] }),
        .token("nuget-api-key", { _, r in "oy" + "2" + mixed(43, .lowerAlnum, &r) },
               fp: { r in ["oy" + "2" + mixed(42, .lowerAlnum, &r), "oy" + "2" + mixed(43, .base62, &r).uppercased()] }),
        .token("docker-hub-access-token", { i, r in "dckr" + pick(i, ["_pat_", "_oat_", "_pat_"]) + mixed(27, .base64url, &r) },
               fp: { r in ["dckr" + "_pat_" + mixed(20, .base64url, &r), "dckr" + "_pat_" + String(repeating: "x", count: 27)] }),
        .token("clojars-api-token", { _, r in "CLO" + "JARS_" + mixed(60, .lowerAlnum, &r) },
               fp: { r in ["CLO" + "JARS_" + mixed(59, .lowerAlnum, &r), "CLO" + "JARS_" + mixed(60, .upperAlnum, &r)] }),
        prefixed("artifactory-api-key", "AK" + "Cp", 69, .base62),
        prefixed("artifactory-reference-token", "cmVmdGtu" + "OjAx", 52, .base62),
        .token("crates-io-api-token", { _, r in "ci" + "o" + mixed(32, .base62, &r) },
               fp: { r in ["ci" + "o" + mixed(31, .base62, &r), "ci" + "o" + r.string(32, .letters)] }),
    ]

    static let payments: [RuleSpec] = [
        .token("stripe-secret-key", { i, r in "sk" + "_live_" + mixed(pick(i, [24, 99, 50]), .base62, &r) },
               fp: { r in ["sk" + "_test_" + mixed(24, .base62, &r), "sk" + "_live_" + mixed(10, .base62, &r)] }),
        .token("stripe-restricted-key", { i, r in "rk" + "_live_" + mixed(pick(i, [24, 99, 50]), .base62, &r) },
               fp: { r in ["rk" + "_test_" + mixed(24, .base62, &r), "rk" + "_live_" + mixed(10, .base62, &r)] }),
        .token("stripe-webhook-secret", { i, r in "wh" + "sec_" + mixed(pick(i, [32, 40, 44]), .base62, &r) },
               fp: { r in ["wh" + "sec_" + mixed(20, .base62, &r), "wh" + "sec_" + String(repeating: "x", count: 32)] }),
        .token("square-access-token", { i, r in i == 1 ? "EA" + "AA" + mixed(60, .base64url, &r) : "sq0" + "atp-" + mixed(22, .base64url, &r) },
               fp: { r in ["sq0" + "atp-" + mixed(21, .base64url, &r), "EA" + "AA" + mixed(59, .base64url, &r), "EA" + "AA" + mixed(61, .base64url, &r)] }),
        prefixed("square-oauth-secret", "sq0" + "csp-", 43),
        .token("braintree-access-token", { _, r in "access_token$" + "production$" + mixed(16, .lowerAlnum, &r) + "$" + hex(32, &r) },
               fp: { r in ["access_token$" + "sandbox$" + mixed(16, .lowerAlnum, &r) + "$" + hex(32, &r),
                           "access_token$" + "production$" + mixed(16, .lowerAlnum, &r) + "$" + hex(31, &r)] }),
        .token("plaid-access-token", { i, r in "access-" + pick(i, ["production-", "development-"]) + SampleSecrets.uuid(&r) },
               fp: { r in ["access-" + "sandbox-" + SampleSecrets.uuid(&r), "access-" + "production-" + mixed(36, .lowerAlnum, &r)] }),
        .token("flutterwave-secret-key", { i, r in "FLW" + pick(i, ["SECK-", "SECK_TEST-"]) + hex(32, &r) + "-X" },
               fp: { r in ["FLW" + "PUBK-" + hex(32, &r) + "-X", "FLW" + "SECK-" + hex(31, &r) + "-X"] }),
        .keyed("gocardless-access-token", name: "GOCARDLESS_ACCESS_TOKEN", { _, r in "live" + "_" + mixed(40, .base64url, &r) },
               fp: { r in ["sandbox" + "_" + mixed(40, .base64url, &r), "live" + "_" + mixed(39, .base64url, &r)] }),
    ]

    static let messaging: [RuleSpec] = [
        .token("slack-bot-token", { _, r in "xo" + "xb-" + r.digits(11) + "-" + r.digits(13) + "-" + mixed(24, .base62, &r) },
               fp: { r in ["xo" + "xb-" + r.digits(11) + "-" + "xxxxxxxxxxxxxxxxxxxxxxxx", "xo" + "xb-" + r.digits(4) + "-" + mixed(24, .base62, &r)] }),
        .token("slack-user-token", { _, r in "xo" + "xp-" + r.digits(11) + "-" + r.digits(12) + "-" + r.digits(13) + "-" + hex(32, &r) },
               fp: { r in ["xo" + "xp-" + r.digits(11) + "-" + r.digits(12) + "-" + hex(32, &r),
                           "xo" + "xp-" + r.digits(11) + "-" + r.digits(12) + "-" + r.digits(13) + "-" + hex(12, &r)] }),
        .token("slack-app-token", { _, r in "xa" + "pp-1-" + "A0" + mixed(9, .upperAlnum, &r) + "-" + r.digits(13) + "-" + hex(64, &r) },
               fp: { r in ["xa" + "pp-1-" + "a0" + mixed(9, .lowerAlnum, &r) + "-" + r.digits(13) + "-" + hex(64, &r),
                           "xa" + "pp-1-" + "A0" + mixed(9, .upperAlnum, &r) + "-" + r.digits(13)] }),
        .token("slack-workspace-token", { i, r in
            pick(i, ["xo" + "xa-2-" + r.digits(11) + "-" + r.digits(12) + "-" + mixed(32, .base62, &r), "xo" + "xr-" + mixed(40, .base62, &r),
                     "xo" + "xa-" + mixed(48, .base62, &r)])
        }, fp: { r in ["xo" + "xa-" + mixed(10, .base62, &r), "xo" + "xr-" + r.string(30, .letters)] }),
        .token("slack-config-token", { i, r in i == 1 ? "xo" + "xe-1-" + mixed(146, .upperAlnum, &r) : "xo" + "xe.xoxp-1-" + mixed(166, .upperAlnum, &r) },
               fp: { r in ["xo" + "xe-1-" + mixed(50, .upperAlnum, &r), "xo" + "xe.xoxp-1-" + mixed(60, .upperAlnum, &r)] }),
        .sample("slack-webhook-url", { i, r in
            let path = i == 2
                ? "hooks" + ".slack.com/triggers/T" + mixed(10, .upperAlnum, &r) + "/A" + mixed(10, .upperAlnum, &r) + "/" + r.digits(13)
                    + "/" + mixed(32, .base62, &r)
                : "hooks" + ".slack.com/services/T" + mixed(pick(i, [10, 9]), .upperAlnum, &r) + "/B" + mixed(pick(i, [11, 9]), .upperAlnum, &r)
                    + "/" + mixed(24, .base62, &r)
            return Sample("https://" + path, secret: path)
        }, fp: { r in ["https://hooks" + ".slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                       "https://hooks" + ".slack.com/services/T" + mixed(10, .upperAlnum, &r) + "/B" + mixed(10, .upperAlnum, &r),
                       "https://hooks" + ".slack.com/services/T" + mixed(10, .upperAlnum, &r) + "/B" + mixed(10, .upperAlnum, &r)
                           + "/" + mixed(12, .base62, &r)] }),
        .keyed("discord-bot-token", name: "DISCORD_BOT_TOKEN", { _, r in
            SampleSecrets.base64url(Array(("1" + r.string(17, .digits)).utf8)) + "." + mixed(6, .base64url, &r) + "." + mixed(38, .base64url, &r)
        }, fp: { r in ["X" + mixed(23, .base64url, &r) + "." + mixed(6, .base64url, &r) + "." + mixed(38, .base64url, &r),
                       "MT" + mixed(22, .base64url, &r) + "." + mixed(6, .base64url, &r)] }),
        .sample("discord-webhook-url", { i, r in
            let path = pick(i, ["discord", "discordapp", "discord"]) + ".com/api/webhooks/" + r.digits(18) + "/" + mixed(68, .base64url, &r)
            return Sample("https://" + path, secret: path)
        }, fp: { r in ["https://discord" + ".com/api/webhooks/" + mixed(18, .lowerAlnum, &r) + "/" + mixed(68, .base64url, &r),
                       "https://discord" + ".com/api/webhooks/" + r.digits(18) + "/" + mixed(20, .base64url, &r)] }),
        .token("telegram-bot-token", { i, r in r.digits(pick(i, [10, 9, 8])) + ":" + "AA" + mixed(33, .base64url, &r) },
               fp: { r in [r.digits(10) + ":" + "AB" + mixed(33, .base64url, &r), r.digits(10) + ":" + "AA" + mixed(32, .base64url, &r),
                           r.digits(5) + ":" + "AA" + mixed(33, .base64url, &r)] }),
        .keyed("twilio-api-key", name: "TWILIO_API_KEY", { _, r in "S" + "K" + hex(32, &r) },
               fp: { r in ["S" + "K" + hex(31, &r), "A" + "C" + hex(32, &r)] }),
        .keyed("twilio-api-secret", name: "TWILIO_API_SECRET", { _, r in mixed(32, .base62, &r) },
               fp: { r in [mixed(31, .base62, &r), r.string(32, .letters)] }),
        .keyed("twilio-auth-token", name: "TWILIO_AUTH_TOKEN", { _, r in hex(32, &r) },
               fp: { r in [hex(31, &r), "your_auth_token"] }),
        .token("sendgrid-api-key", { _, r in "S" + "G." + mixed(22, .base64url, &r) + "." + mixed(43, .base64url, &r) },
               fp: { r in ["S" + "G." + mixed(22, .base64url, &r) + "." + mixed(42, .base64url, &r), "S" + "G." + mixed(22, .base64url, &r)] }),
        .keyed("mailgun-api-key", name: "MAILGUN_API_KEY", { i, r in
            i == 1 ? hex(32, &r) + "-" + hex(8, &r) + "-" + hex(8, &r) : "key" + "-" + hex(32, &r)
        }, fp: { r in ["pub" + "key-" + hex(32, &r), "key" + "-" + hex(31, &r)] }),
        .token("mailchimp-api-key", { i, r in hex(32, &r) + "-us" + pick(i, ["12", "6", "21"]) },
               fp: { r in [hex(31, &r) + "-us" + "12", hex(32, &r) + "-eu1"] }, fpTexts: ["locale = \"en-US\"\nLANG=en-US.UTF-8\n"]),
        .sample("microsoft-teams-webhook-url", { _, r in
            let url = "https://contoso" + ".webhook.office.com/webhookb2/" + SampleSecrets.uuid(&r) + "@" + SampleSecrets.uuid(&r)
                + "/IncomingWebhook/" + hex(32, &r) + "/" + SampleSecrets.uuid(&r)
            return Sample(url)
        }, fp: { r in ["https://contoso" + ".webhook.office.com/webhookb2/" + SampleSecrets.uuid(&r) + "@" + SampleSecrets.uuid(&r) + "/IncomingWebhook/",
                       "https://contoso" + ".webhook.office.com/webhookb2/" + SampleSecrets.uuid(&r) + "@" + SampleSecrets.uuid(&r)
                           + "/IncomingWebhook/" + hex(31, &r) + "/" + SampleSecrets.uuid(&r)] }),
    ]

    static func openAIProject(_ prefix: String) -> @Sendable (Int, inout R) -> String {
        { i, r in
            i == 1 ? prefix + mixed(48, .base62, &r) : prefix + mixed(74, .base64url, &r) + "T3Blbk" + "FJ" + mixed(74, .base64url, &r)
        }
    }

    static let aiProviders: [RuleSpec] = [
        .token("openai-project-key", openAIProject("sk" + "-proj-"),
               fp: { r in ["sk" + "-proj-" + mixed(20, .base62, &r), "sk" + "-proj-" + String(repeating: "x", count: 48)] }),
        .token("openai-service-account-key", openAIProject("sk" + "-svcacct-"),
               fp: { r in ["sk" + "-svcacct-" + mixed(20, .base62, &r), "sk" + "-svcacct-" + String(repeating: "x", count: 48)] }),
        .token("openai-admin-key", openAIProject("sk" + "-admin-"),
               fp: { r in ["sk" + "-admin-" + mixed(20, .base62, &r), "sk" + "-admin-" + String(repeating: "x", count: 48)] }),
        .token("openai-api-key", { i, r in "sk" + "-" + (i == 2 ? "None-" : "") + mixed(20, .base62, &r) + "T3Blbk" + "FJ" + mixed(20, .base62, &r) },
               fp: { r in ["sk" + "-" + mixed(19, .base62, &r) + "T3Blbk" + "FJ" + mixed(20, .base62, &r), "sk" + "-" + mixed(48, .base62, &r)] }),
        .token("anthropic-api-key", { _, r in "sk" + "-ant-api03-" + mixed(93, .base64url, &r) + "AA" },
               fp: { r in ["sk" + "-ant-api03-" + mixed(93, .base64url, &r) + "Zq", "sk" + "-ant-api03-" + mixed(92, .base64url, &r) + "AA"] }),
        .token("anthropic-admin-key", { _, r in "sk" + "-ant-admin01-" + mixed(93, .base64url, &r) + "AA" },
               fp: { r in ["sk" + "-ant-admin01-" + mixed(93, .base64url, &r) + "Zq", "sk" + "-ant-admin01-" + mixed(60, .base64url, &r) + "AA"] }),
        .token("huggingface-access-token", { _, r in "h" + "f_" + r.string(34, .letters) },
               fp: { r in ["h" + "f_" + r.string(33, .letters), "h" + "f_" + mixed(34, .base62, &r)] },
               fpTexts: ["from huggingface_hub import hf_hub_download\npath = hf_hub_download(repo_id=\"org/model\")\n"]),
        .token("huggingface-org-token", { _, r in "api" + "_org_" + r.string(34, .letters) },
               fp: { r in ["api" + "_org_" + r.string(33, .letters), "api" + "_org_" + mixed(34, .base62, &r)] }),
        .keyed("cohere-api-key", name: "COHERE_API_KEY", { _, r in mixed(40, .base62, &r) },
               fp: { r in [mixed(39, .base62, &r), r.string(40, .letters)] }),
        prefixed("groq-api-key", "gs" + "k_", 52, .base62),
        prefixed("replicate-api-token", "r" + "8_", 37, .base62),
        prefixed("perplexity-api-key", "pp" + "lx-", 48, .base62),
        prefixed("xai-api-key", "xa" + "i-", 80, .base62),
        .keyed("mistral-api-key", name: "MISTRAL_API_KEY", { _, r in mixed(32, .base62, &r) },
               fp: { r in [mixed(31, .base62, &r), r.string(32, .letters)] },
               fpTexts: ["MISTRAL_MODEL = \"mistral-large-2411\"\n", "mistral_model_id: \"Mx7bInstructV02q4Kz8Lr1Tn6Wc3YeQ\"\n"]),
        .token("langsmith-api-key", { i, r in "lsv" + pick(i, ["2_pt_", "2_sk_"]) + hex(32, &r) + "_" + hex(10, &r) },
               fp: { r in ["lsv" + "2_pt_" + hex(32, &r) + "_" + hex(9, &r), "lsv" + "2_xx_" + hex(32, &r) + "_" + hex(10, &r)] }),
        prefixed("openrouter-api-key", "sk" + "-or-v1-", 64, .hex),
    ]

    static func shopify(_ id: String, _ prefix: String) -> RuleSpec {
        .token(id, { i, r in prefix + (i == 1 ? hex(32, &r).uppercased() : hex(32, &r)) },
               fp: { r in [prefix + hex(31, &r), prefix + mixed(32, .base62, &r)] })
    }

    static func hexToken(_ id: String, _ prefix: String, _ count: Int) -> RuleSpec {
        .token(id, { _, r in prefix + hex(count, &r) }, fp: { r in [prefix + hex(count - 1, &r), prefix + hex(count, &r).uppercased() + "Z"] })
    }

    static let saas: [RuleSpec] = [
        shopify("shopify-access-token", "sh" + "pat_"),
        shopify("shopify-custom-app-token", "sh" + "pca_"),
        shopify("shopify-private-app-token", "sh" + "ppa_"),
        shopify("shopify-shared-secret", "sh" + "pss_"),
        .token("atlassian-api-token", { _, r in "ATATT" + "3xFfGF0" + mixed(170, .base64url, &r) + "=" + mixed(8, .upperHex, &r) },
               fp: { r in ["ATATT" + "3xFfGF0" + mixed(100, .base64url, &r), "ATATT" + "3" + String(repeating: "x", count: 180)] }),
        prefixed("linear-api-key", "lin" + "_api_", 40, .base62),
        .token("notion-integration-token", { i, r in i == 1 ? "sec" + "ret_" + mixed(43, .base62, &r) : "nt" + "n_" + r.digits(11) + mixed(35, .base62, &r) },
               fp: { r in ["sec" + "ret_key_base_for_development_environment", "nt" + "n_" + r.digits(10), "sec" + "ret_" + mixed(42, .base62, &r)] }),
        .token("postman-api-key", { _, r in "PM" + "AK-" + hex(24, &r) + "-" + hex(34, &r) },
               fp: { r in ["PM" + "AK-" + hex(24, &r) + "-" + hex(33, &r), "PM" + "AK-" + hex(24, &r)] }),
        .token("newrelic-user-api-key", { _, r in "NR" + "AK-" + mixed(27, .upperAlnum, &r) },
               fp: { r in ["NR" + "AK-" + mixed(26, .upperAlnum, &r), "NR" + "AK-" + mixed(27, .lowerAlnum, &r)] }),
        prefixed("newrelic-insert-key", "NR" + "II-", 32),
        hexToken("newrelic-browser-key", "NR" + "JS-", 19),
        .token("newrelic-license-key", { _, r in hex(36, &r) + "NR" + "AL" },
               fp: { r in [hex(35, &r) + "NR" + "AL", hex(36, &r) + "NR" + "AX"] }),
        .keyed("datadog-api-key", name: "DATADOG_API_KEY", { _, r in hex(32, &r) },
               fp: { r in [hex(31, &r), hex(33, &r), "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"] },
               fpTexts: ["datadog_trace_id = \"" + "4bf92f3577b34da6a3ce929d0e0e4736" + "\"\n"]),
        .keyed("datadog-app-key", name: "DD_APP_KEY", { _, r in hex(40, &r) },
               fp: { r in [hex(39, &r), mixed(40, .base62, &r)] }),
        .token("grafana-cloud-token", { _, r in "gl" + "c_" + SampleSecrets.base64(r.bytes(pick(0, [90]))) },
               fp: { r in ["gl" + "c_" + mixed(20, .base62, &r), "gl" + "c_" + String(repeating: "x", count: 60)] }),
        .token("grafana-service-account-token", { _, r in "gl" + "sa_" + mixed(32, .base62, &r) + "_" + hex(8, &r) },
               fp: { r in ["gl" + "sa_" + mixed(32, .base62, &r) + "_" + hex(7, &r), "gl" + "sa_" + mixed(31, .base62, &r) + "_" + hex(8, &r)] }),
        .token("sentry-org-token", { i, r in
            let claims = #"{"iat":"# + r.digits(10) + #".0,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"acme"# + String(i) + #""}"#
            return "sntr" + "ys_" + SampleSecrets.base64(Array(claims.utf8)) + "_" + SampleSecrets.base64(r.bytes(32)).replacingOccurrences(of: "=", with: "")
        }, fp: { r in ["sntr" + "ys_" + "eyJ" + mixed(60, .base62, &r) + "_" + mixed(42, .base62, &r), "sntr" + "ys_" + "eyJ" + mixed(60, .base62, &r)] }),
        hexToken("sentry-user-token", "sntr" + "yu_", 64),
        .token("doppler-token", { i, r in "dp" + pick(i, [".pt.", ".st.dev.", ".sa."]) + mixed(pick(i, [43, 40, 44]), .base62, &r) },
               fp: { r in ["dp" + ".pt." + mixed(30, .base62, &r), "dp" + ".xx." + mixed(43, .base62, &r)] }),
        .token("vault-token", { i, r in "hv" + pick(i, ["s.", "b.", "s."]) + "CAESI" + mixed(pick(i, [90, 150, 110]), .base64url, &r) },
               fp: { r in ["hv" + "s." + mixed(24, .base62, &r), "hv" + "x." + "CAESI" + mixed(90, .base64url, &r)] }),
        hexToken("digitalocean-pat", "do" + "p_v1_", 64),
        hexToken("digitalocean-oauth-token", "do" + "o_v1_", 64),
        hexToken("digitalocean-refresh-token", "do" + "r_v1_", 64),
        .keyed("heroku-api-key", name: "HEROKU_API_KEY", { _, r in SampleSecrets.uuid(&r) },
               fp: { r in [String(SampleSecrets.uuid(&r).dropLast()), mixed(36, .lowerAlnum, &r)] },
               fpTexts: ["HEROKU_APP_ID = \"" + "5f2c1e7a-9d3b-4c8e-a1f0-6b7d2e9c4a13" + "\"\n"]),
        .token("heroku-api-key-v2", { _, r in "HR" + "KU-AA" + mixed(58, .base64url, &r) },
               fp: { r in ["HR" + "KU-AA" + mixed(57, .base64url, &r), "HR" + "KU-AB" + mixed(58, .base64url, &r)] }),
        .token("databricks-token", { i, r in "da" + "pi" + hex(32, &r) + (i == 1 ? "-2" : "") },
               fp: { r in ["da" + "pi" + hex(31, &r), "da" + "pi" + hex(32, &r).uppercased() + "Z"] }),
        .keyed("okta-api-token", name: "OKTA_API_TOKEN", { _, r in "00" + mixed(40, .base64url, &r) },
               fp: { r in ["01" + mixed(40, .base64url, &r), "00" + mixed(39, .base64url, &r)] }),
        .keyed("cloudflare-api-token", name: "CLOUDFLARE_API_TOKEN", { _, r in mixed(40, .base64url, &r) },
               fp: { r in [hex(40, &r), mixed(39, .base64url, &r)] }),
        .keyed("cloudflare-global-api-key", name: "CLOUDFLARE_GLOBAL_KEY", { _, r in hex(37, &r) },
               fp: { r in [hex(36, &r), hex(38, &r)] }),
        .token("cloudflare-origin-ca-key", { _, r in "v1" + ".0-" + hex(24, &r) + "-" + hex(146, &r) },
               fp: { r in ["v1" + ".0-" + hex(24, &r) + "-" + hex(145, &r), "v1" + ".0-" + hex(23, &r) + "-" + hex(146, &r)] }),
        .token("terraform-cloud-token", { _, r in mixed(14, .base62, &r) + ".atlas" + "v1." + mixed(67, .base64url, &r) },
               fp: { r in [mixed(13, .base62, &r) + ".atlas" + "v1." + mixed(67, .base64url, &r),
                           mixed(14, .base62, &r) + ".atlas" + "v1." + mixed(50, .base64url, &r)] }),
        hexToken("pulumi-access-token", "pu" + "l-", 40),
        .token("onepassword-service-account-token",
               { _, r in "op" + "s_" + SampleSecrets.base64(Array(#"{"signInAddress":"my.1password.com","#.utf8) + r.bytes(200)) },
               fp: { r in ["op" + "s_" + "eyJ" + mixed(100, .base62, &r), "op" + "s_" + String(repeating: "x", count: 300)] }),
        .token("planetscale-token", { i, r in "pscale" + pick(i, ["_tkn_", "_pw_", "_oauth_"]) + mixed(43, .base64url, &r) },
               fp: { r in ["pscale" + "_tkn_" + mixed(20, .base64url, &r), "pscale" + "_key_" + mixed(43, .base64url, &r)] }),
        hexToken("supabase-access-token", "sb" + "p_", 40),
        .token("mapbox-secret-token", { _, r in "s" + "k.eyJ" + mixed(60, .base64url, &r) + "." + mixed(22, .base64url, &r) },
               fp: { r in ["p" + "k.eyJ" + mixed(60, .base64url, &r) + "." + mixed(22, .base64url, &r), "s" + "k.eyJ" + mixed(60, .base64url, &r)] }),
        .token("dynatrace-api-token", { _, r in "dt0c" + "01." + mixed(24, .upperAlnum, &r) + "." + mixed(64, .upperAlnum, &r) },
               fp: { r in ["dt0c" + "01." + mixed(24, .upperAlnum, &r) + "." + mixed(63, .upperAlnum, &r), "dt0c" + "01." + mixed(24, .upperAlnum, &r)] }),
        prefixed("prefect-api-key", "pn" + "u_", 36, .base62),
        .token("tailscale-key", { i, r in "tskey" + pick(i, ["-auth-", "-api-", "-client-"]) + mixed(12, .base62, &r) + "-" + mixed(33, .base62, &r) },
               fp: { r in ["tskey" + "-auth-" + "xxxxxxxxxxxx", "tskey" + "-other-" + mixed(12, .base62, &r) + "-" + mixed(33, .base62, &r)] }),
        prefixed("figma-access-token", "fig" + "d_", 40),
        hexToken("buildkite-api-token", "bk" + "ua_", 40),
        .token("circleci-personal-token", { _, r in "CCI" + "PAT_" + mixed(22, .base62, &r) + "_" + hex(40, &r) },
               fp: { r in ["CCI" + "PAT_" + mixed(22, .base62, &r) + "_" + hex(39, &r), "CCI" + "PAT_" + mixed(22, .base62, &r)] }),
        .token("easypost-api-key", { _, r in "EZ" + "AK" + mixed(54, .base62, &r) },
               fp: { r in ["EZ" + "AK" + mixed(53, .base62, &r), "EZ" + "TK" + mixed(54, .base62, &r)] }),
    ]

    static let cryptographicKeys: [RuleSpec] = [
        .sample("private-key", shape: .multiline, variants: 7, { i, r in
            let privateKey = "PRIVATE" + " KEY"
            let pem: (text: String, body: String)
            switch i {
            case 0: pem = SampleSecrets.pem("RSA " + privateKey, &r, bytes: 1190)
            case 1: pem = SampleSecrets.pem(privateKey, &r, bytes: 1216)
            case 2: pem = SampleSecrets.pem("OPENSSH " + privateKey, &r, bytes: 380, leading: "b3BlbnNzaC1rZXktdjEAAAAA", width: 70)
            case 3: pem = SampleSecrets.pem("EC " + privateKey, &r, bytes: 121)
            case 4: pem = SampleSecrets.pem("ENCRYPTED " + privateKey, &r, bytes: 1300)
            case 5: pem = SampleSecrets.pem("RSA " + privateKey, &r, bytes: 1190,
                                            headers: ["Proc-Type: 4,ENCRYPTED", "DEK-Info: AES-128-CBC," + hex(32, &r).uppercased()])
            default: pem = SampleSecrets.pem("PGP " + privateKey + " BLOCK", &r, bytes: 900, headers: ["Version: GnuPG v2"])
            }
            return Sample(pem.text, secret: pem.body)
        }, fp: { r in [
            SampleSecrets.pem("PUBLIC" + " KEY", &r, bytes: 294).text,
            SampleSecrets.pem("CERTIFICATE", &r, bytes: 900).text,
            "-----BEGIN RSA " + "PRIVATE" + " KEY-----\n...\n-----END RSA " + "PRIVATE" + " KEY-----",
            "-----BEGIN " + "PRIVATE" + " KEY-----\n<your private key here>\n-----END " + "PRIVATE" + " KEY-----",
        ] }),
        .sample("putty-private-key", shape: .multiline, { i, r in
            let key = SampleSecrets.putty(&r, version: i == 1 ? 2 : 3)
            return Sample(key.text, secret: key.body)
        }, fp: { r in [
            "---- BEGIN SSH2 PUBLIC KEY ----\nComment: \"rsa-key\"\n" + SampleSecrets.wrappedBase64(&r, bytes: 270).joined(separator: "\n")
                + "\n---- END SSH2 PUBLIC KEY ----",
            "PuTTY" + "-User-Key-File-3: ssh-ed25519\nEncryption: none\nPrivate-Lines: 1\n<private key data>\nPrivate-MAC: 00",
        ] }),
        .token("age-secret-key", { _, r in "AGE-SECRET" + "-KEY-1" + mixed(58, .bech32, &r) },
               fp: { r in ["AGE-SECRET" + "-KEY-1" + mixed(57, .bech32, &r), "age" + "1" + mixed(58, .bech32, &r).lowercased()] }),
        .token("jwt", { i, r in
            SampleSecrets.jwt(&r, algorithm: pick(i, ["HS256", "RS256", "ES256"]), signatureBytes: pick(i, [32, 256, 64]))
        }, fp: { r in [SampleSecrets.jwt(&r, algorithm: "none", signatureBytes: 0),
                       String(SampleSecrets.jwt(&r).split(separator: ".").prefix(2).joined(separator: ".")),
                       // Supabase anon keys are public by design, in every alignment of the role claim.
                       SampleSecrets.jwt(&r, claims: #"{"iss":"supabase","ref":""# + r.string(20, .lowerAlnum) + #"","role":"anon","iat":1700000000}"#),
                       SampleSecrets.jwt(&r, claims: #"{"iss":"supabase","ref":""# + r.string(21, .lowerAlnum) + #"","role":"anon"}"#),
                       SampleSecrets.jwt(&r, claims: #"{"iss":"supabase","ref":""# + r.string(22, .lowerAlnum) + #"","role":"anon"}"#),
                       // jwt.io's sample token.
                       "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9" + "." + "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ" + "."
                           + SampleSecrets.base64url(r.bytes(32))] }),
    ]

    static let connectionStrings: [RuleSpec] = [
        .sample("connection-url-password", { i, r in
            let password = mixed(18, .base62, &r)
            let url = pick(i, ["postgres://app:" + password + "@db.internal:5432/app", "mongodb+srv://svc:" + password + "@cluster0.mongo.net/db",
                               "redis://:" + password + "@cache.internal:6379/0"])
            return Sample(url, secret: password)
        }, fp: { _ in ["postgres://user:password@localhost/db", "postgres://user:${DB_PASSWORD}@db:5432/app", "mysql://root@localhost/db",
                       "postgres://user:pass@localhost/db", "amqp://guest:guest@localhost:5672/", "postgres://postgres:postgres@localhost:5432/test"] }),
        .sample("ado-net-connection-string-password", { i, r in
            let password = mixed(16, .base62, &r)
            let text = pick(i, ["Server=tcp:sql.internal,1433;Initial Catalog=app;User ID=app;Password=" + password + ";Encrypt=True;",
                                "Data Source=db01;Database=sales;Uid=report;Pwd=" + password + ";",
                                "Host=pg.internal;Port=5432;Username=app;Password=" + password])
            return Sample(text, secret: password)
        }, fp: { _ in ["Server=db;Database=app;User Id=sa;Password={0};", "Server=db;Database=app;User Id=sa;Password=<password>;",
                       "Server=db;Database=app;Integrated Security=true;"] }),
    ]

    static let generic: [RuleSpec] = [
        .sample("generic-secret-assignment", shape: .quoted("db_password"), { i, r in Sample(mixed(pick(i, [14, 24, 40]), .base62, &r) + "!x") },
                fp: { r in ["changeme", "DB_PASSWORD_FROM_ENV", r.string(30, .letters)] },
                fpTexts: ["password_hash = \"" + "pbkdf2:sha256:260000$Xx7$8a3c" + "\"\n", "token_type = \"Bearer\"\n",
                          "secret = get_secret(\"db\")\n", "\"auth_key\": \"auth-active-12\",\n", "admin_pass = \"release-candidate-2026\"\n"]),
        .sample("generic-secret-assignment-unquoted", shape: .bare("admin_pass"), { i, r in Sample(mixed(pick(i, [16, 24, 40]), .base62, &r) + "9") },
                fp: { r in ["changeme", "compute_token_v2", "prod-db-primary-01", r.string(30, .letters)] },
                fpTexts: ["token: someVariable123,\n", "TOKEN_TTL=86400\n", "password: ${DB_PASSWORD}\n",
                          "bypass = Xk81mQ0zLw27bRt5\n", "secret_file: /run/secrets/db_password_2\n"]),
        .sample("generic-secret-xml-element", { i, r in
            let value = mixed(pick(i, [18, 22, 32]), .base62, &r) + "!"
            let name = pick(i, ["db_password", "db" + "Password", "client_secret"])
            return Sample("<" + name + ">" + value + "</" + name + ">", secret: value)
        }, fp: { r in ["<password>${DB_PASSWORD}</password>", "<password>{" + mixed(20, .base64, &r) + "}</password>",
                       "<password_length>" + mixed(14, .base62, &r) + "</password_length>", "<token>" + r.string(20, .letters) + "</token>"] }),
        .sample("generic-secret-setting-attributes", { i, r in
            let value = mixed(pick(i, [16, 24, 40]), .base62, &r)
            let name = pick(i, ["DbPassword", "Stripe" + "ApiKey", "ClientSecret"])
            return Sample("<add key=\"" + name + "\" value=\"" + value + "\" />", secret: value)
        }, fp: { r in ["<add key=\"PasswordLength\" value=\"" + mixed(12, .base62, &r) + "\" />",
                       "<add key=\"ApiKey\" value=\"%API_KEY%\" />", "<add key=\"Theme\" value=\"" + mixed(16, .base62, &r) + "\" />"] }),
        .sample("sql-password-literal", { i, r in
            let password = mixed(pick(i, [12, 16, 24]), .base62, &r) + "#"
            return Sample(pick(i, ["CREATE USER reporting WITH PASSWORD '", "ALTER USER app IDENTIFIED BY '", "CREATE ROLE etl LOGIN PASSWORD '"])
                          + password + "';", secret: password)
        }, fp: { r in ["ALTER USER app IDENTIFIED BY '" + r.string(12, .letters) + "';", "CREATE USER x WITH PASSWORD '${PASSWORD}';",
                       "ALTER USER app IDENTIFIED BY 'change-me-now-2';"] }),
        .sample("laravel-app-key", { _, r in
            let key = "base64:" + SampleSecrets.base64(r.bytes(32))
            return Sample("APP_" + "KEY=" + key, secret: key)
        }, fp: { r in ["APP_" + "KEY=base64:" + SampleSecrets.base64(r.bytes(16)), "APP_" + "KEY=", "APP_" + "KEY=SomeRandomString"] }),
        .keyed("rails-secret-key-base", name: "secret_key_base", { _, r in hex(128, &r) },
               fp: { r in [hex(127, &r), hex(64, &r), "<%= ENV[\"SECRET_KEY_BASE\"] %>"] }),
        .sample("powershell-plaintext-secure-string", { i, r in
            let value = mixed(pick(i, [10, 16, 24]), .base62, &r) + "#"
            let text = pick(i, ["ConvertTo-SecureString \"" + value + "\" -AsPlainText -Force",
                                "ConvertTo-SecureString -String '" + value + "' -AsPlainText -Force",
                                "ConvertTo-SecureString -AsPlainText -Force -String \"" + value + "\""])
            return Sample(text, secret: value)
        }, fp: { r in ["ConvertTo-SecureString $plain -AsPlainText -Force", "ConvertTo-SecureString \"changeme\" -AsPlainText -Force",
                       "ConvertTo-SecureString \"" + mixed(24, .base62, &r) + "\" -Key $key"] }),
    ]

    static let all: [RuleSpec] = cloud + azure + cloudProviders + cloudNative + databaseServices + sourceHosting + packageRegistries + payments
        + messaging + aiProviders + saas + developerTools + continuousIntegration + packageSources + observability + featureFlags
        + social + communication + email + paymentProviders + cryptoExchanges + businessSaaS
        + cryptographicKeys + connectionStrings
        + aiServices + httpAuthorization + connectionProtocols + passwordHashes + keyMaterial + generic
}
