@testable import BackstopCore
import BackstopTestSupport
import Foundation

extension RuleSamples {
    /// A password that a person might choose for a repository account: letters, digits and a sign.
    static func repositoryPassword(_ r: inout R) -> String { mixed(18, .base62, &r) + pick(r.below(3), ["!", "#", "%"]) }

    static let packageSources: [RuleSpec] = [
        .keyed("sidekiq-enterprise-credentials", name: "BUNDLE_ENTERPRISE" + "__CONTRIBSYS__COM", { _, r in hex(8, &r) + ":" + hex(8, &r) },
               fp: { r in [hex(8, &r) + ":" + hex(7, &r), "xxxxxxxx:xxxxxxxx"] }),
        .sample("sidekiq-credentials-url", { i, r in
            let password = hex(8, &r)
            return Sample("https://" + hex(8, &r) + ":" + password + "@" + pick(i, ["gems", "enterprise"]) + ".contrib" + "sys.com/", secret: password)
        }, fp: { r in ["https://gems.contrib" + "sys.com/", "https://" + hex(8, &r) + "@gems.contrib" + "sys.com/", "https://${SIDEKIQ_CREDENTIALS}@enterprise.contrib" + "sys.com/"] }),
        .keyed("bundler-source-credentials", name: "BUNDLE_GEMS" + "__ACME__IO", { i, r in pick(i, ["deploy", "ci-bot", "x-token"]) + ":" + mixed(24, .base62, &r) },
               fp: { r in ["deploy:" + mixed(5, .base62, &r), "deploy:" + r.string(24, .letters)] }),
        .sample("npmrc-basic-auth", { i, r in
            let credentials = SampleSecrets.base64(Array(("ci-bot:" + mixed(16, .base62, &r)).utf8))
            return Sample("//npm.acme.io/:_au" + pick(i, ["th=", "th = ", "th="]) + credentials, secret: credentials)
        }, fp: { _ in ["//npm.acme.io/:_au" + "th=${NPM_AUTH}", "//npm.acme.io/:_au" + "th=Zm9v"] }),
        .sample("npmrc-password", { i, r in
            let password = SampleSecrets.base64(Array(mixed(pick(i, [14, 20, 16]), .base62, &r).utf8))
            return Sample("//npm.acme.io/:_pass" + "word=" + password, secret: password)
        }, fp: { _ in ["//npm.acme.io/:_pass" + "word=${NPM_PASSWORD}", "//npm.acme.io/:_pass" + "word=YWJj"] }),
        .sample("yarnrc-npm-auth-ident", { i, r in
            let ident = i == 1 ? SampleSecrets.base64(Array(("ci:" + mixed(16, .base62, &r)).utf8)) : "ci-bot:" + mixed(20, .base62, &r)
            return Sample("npmAuth" + "Ident: \"" + ident + "\"", secret: ident)
        }, fp: { r in ["npmAuth" + "Ident: \"${NPM_IDENT}\"", "npmAuth" + "Ident: \"ci:" + mixed(4, .base62, &r) + "\""] }),
        .sample("composer-github-oauth", { _, r in
            let token = hex(40, &r)
            return Sample("{\"github-oauth\": {\"github.com\": \"" + token + "\"}}", secret: token)
        }, fp: { r in ["{\"github-oauth\": {\"github.com\": \"" + hex(39, &r) + "\"}}",
                       "{\"github-oauth\": {\"github.com\": \"" + SampleSecrets.gitHub("gh" + "p_", &r, validChecksum: false) + "\"}}"] }),
        .sample("composer-http-basic-password", { _, r in
            let password = repositoryPassword(&r)
            return Sample("{\"http-basic\": {\"repo.acme.io\": {\"username\": \"deploy\", \"password\": \"" + password + "\"}}}", secret: password)
        }, fp: { _ in ["{\"http-basic\": {\"repo.acme.io\": {\"username\": \"deploy\", \"password\": \"password\"}}}",
                       "{\"http-basic\": {\"repo.acme.io\": {\"username\": \"deploy\", \"password\": \"%env(REPO_PASS)%\"}}}"] }),
        .sample("composer-gitlab-token", { i, r in
            let token = mixed(pick(i, [20, 20, 26]), .base64url, &r)
            let body = i == 1 ? "{\"username\": \"ci\", \"token\": \"" + token + "\"}" : "\"" + token + "\""
            return Sample("{\"gitlab-token\": {\"gitlab.acme.io\": " + body + "}}", secret: token)
        }, fp: { r in ["{\"gitlab-token\": {\"gitlab.acme.io\": \"" + mixed(12, .base64url, &r) + "\"}}",
                       "{\"gitlab-token\": {\"gitlab.acme.io\": \"${GITLAB_TOKEN}\"}}"] }),
        .sample("composer-bitbucket-oauth", { _, r in
            let secret = mixed(32, .base62, &r)
            return Sample("{\"bitbucket-oauth\": {\"bitbucket.org\": {\"consumer-key\": \"" + mixed(18, .base62, &r) + "\", \"consumer-secret\": \"" + secret + "\"}}}",
                          secret: secret)
        }, fp: { r in ["{\"bitbucket-oauth\": {\"bitbucket.org\": {\"consumer-key\": \"" + mixed(18, .base62, &r) + "\"}}}",
                       "{\"bitbucket-oauth\": {\"bitbucket.org\": {\"consumer-secret\": \"" + mixed(10, .base62, &r) + "\"}}}"] }),
        .keyed("gradle-repository-password", name: "ossrhPassword", { _, r in repositoryPassword(&r) },
               fp: { r in ["password", "changeme" + r.digits(3)] }),
        .sample("pip-index-url-credentials", { i, r in
            let token = mixed(24, .base62, &r)
            let option = pick(i, ["--extra-index-url https://", "index-url = https://", "PIP_EXTRA_INDEX_URL=https://"])
            return Sample(option + "ci:" + token + "@pypi.acme.io/simple", secret: token)
        }, fp: { _ in ["--index-url https://pypi.org/simple", "--extra-index-url https://ci:${PIP_TOKEN}@pypi.acme.io/simple",
                       "--index-url https://user:password@localhost/simple"] }),
        .keyed("poetry-http-basic-password", name: "POETRY_HTTP_BASIC_ACME_PASSWORD", { _, r in repositoryPassword(&r) },
               fp: { r in ["password", "changeme" + r.digits(3)] }),
        .sample("docker-config-auth", { i, r in
            let auth = SampleSecrets.base64(Array((pick(i, ["ci", "deploy", "robot$ci"]) + ":" + mixed(20, .base62, &r)).utf8))
            return Sample("{\"auths\": {\"registry.acme.io\": {\"auth\": \"" + auth + "\"}}}", secret: auth)
        }, fp: { _ in ["{\"auths\": {\"registry.acme.io\": {}}}", "{\"auths\": {\"registry.acme.io\": {\"auth\": \"${REGISTRY_AUTH}\"}}}"] }),
        .token("packagist-token", { i, r in "packagist" + pick(i, ["_ort_", "_out_", "_uut_"]) + hex(68, &r) },
               fp: { r in ["packagist" + "_ort_" + hex(67, &r), "packagist" + "_ort_" + hex(68, &r).uppercased() + "Z"] }),
        .keyed("gradle-plugin-portal-key", name: "gradle.publish.secret", { _, r in mixed(32, .base62, &r) },
               fp: { r in [mixed(31, .base62, &r), hex(32, &r)] }),
        keyedHex("hex-api-key", name: "HEX_API_KEY", 32),
        .sample("cocoapods-trunk-token", { i, r in
            let token = hex(32, &r)
            return Sample(i == 1 ? "COCOAPODS_TRUNK_TOKEN=" + token : "machine trunk.coco" + "apods.org\n  login dev@acme.io\n  password " + token, secret: token)
        }, fp: { r in ["COCOAPODS_TRUNK_TOKEN=" + hex(31, &r), "COCOAPODS_TRUNK_TOKEN=" + hex(33, &r)] }),
        .sample("rubygems-legacy-api-key", { _, r in
            let key = hex(32, &r)
            return Sample(":rubygems" + "_api_key: " + key, secret: key)
        }, fp: { r in [":rubygems" + "_api_key: " + hex(31, &r), ":rubygems" + "_api_key: " + mixed(32, .base62, &r).uppercased() + "Z"] }),
        .keyed("jfrog-identity-token", name: "JFROG_ACCESS_TOKEN", { _, r in mixed(64, .base62, &r) },
               fp: { r in [hex(64, &r), mixed(63, .base62, &r)] }),
        keyedHex("cloudsmith-api-key", name: "CLOUDSMITH_API_KEY", 40),
        .sample("gemfury-token-url", { i, r in
            let token = mixed(20, .base62, &r)
            return Sample("https://" + token + pick(i, ["@push.fu", ":@repo.fu", "@npm.fu"]) + "ry.io/acme/", secret: token)
        }, fp: { r in ["https://" + mixed(10, .base62, &r) + "@push.fu" + "ry.io/acme/", "https://" + r.string(20, .letters) + "@push.fu" + "ry.io/acme/"] }),
        keyedMixed("gemfury-api-token", name: "FURY_TOKEN", 20, short: 10),
        .keyed("anaconda-token", name: "ANACONDA_API_TOKEN", { i, r in
            i == 1 ? mixed(40, .base62, &r) : r.string(2, .lowerAlnum) + "-" + SampleSecrets.uuid(&r)
        }, fp: { r in [SampleSecrets.uuid(&r), mixed(20, .base62, &r)] }),
        .sample("nuget-config-password", { _, r in
            let password = repositoryPassword(&r)
            return Sample("<add key=\"ClearText" + "Password\" value=\"" + password + "\" />", secret: password)
        }, fp: { _ in ["<add key=\"ClearText" + "Password\" value=\"%NUGET_PASSWORD%\" />", "<add key=\"ClearText" + "Password\" value=\"password\" />"] }),
    ]
}
