@testable import BackstopCore
import BackstopTestSupport
import Foundation

extension RuleSamples {
    static let continuousIntegration: [RuleSpec] = [
        .token("circleci-project-token", { _, r in "CCI" + "PRJ_" + mixed(22, .base62, &r) + "_" + hex(40, &r) },
               fp: { r in ["CCI" + "PRJ_" + mixed(22, .base62, &r) + "_" + hex(39, &r), "CCI" + "PRJ_" + mixed(22, .base62, &r)] }),
        keyedHex("circleci-legacy-token", name: "CIRCLECI_TOKEN", 40),
        .keyed("travis-ci-token", name: "TRAVIS_API_TOKEN", { i, r in i == 1 ? r.string(22, .letters) : mixed(22, .base64url, &r) },
               fp: { r in [mixed(21, .base62, &r), "travis-build-stage-two"] }),
        keyedMixed("drone-ci-token", name: "DRONE_TOKEN", 32),
        .token("harness-access-token", { i, r in
            pick(i, ["pa" + "t.", "sa" + "t.", "pa" + "t."]) + mixed(22, .base64url, &r) + "." + mixed(24, .base62, &r) + "." + mixed(20, .base62, &r)
        }, fp: { r in ["pa" + "t." + mixed(22, .base64url, &r) + "." + mixed(24, .base62, &r) + "." + mixed(19, .base62, &r),
                       "pa" + "x." + mixed(22, .base64url, &r) + "." + mixed(24, .base62, &r) + "." + mixed(20, .base62, &r)] }),
        .token("teamcity-access-token", { _, r in
            "eyJ0eXAiOiAi" + "VENWMiJ9" + "." + SampleSecrets.base64url(Array(mixed(27, .base64url, &r).utf8)) + "."
                + SampleSecrets.base64url(Array(SampleSecrets.uuid(&r).utf8))
        }, fp: { r in ["eyJ0eXAiOiAi" + "VENWMiJ9" + "." + SampleSecrets.base64url(Array(mixed(27, .base64url, &r).utf8)),
                       "eyJ0eXAiOiAi" + "VENWMyJ9" + "." + mixed(36, .base64url, &r) + "." + mixed(48, .base64url, &r)] }),
        .keyed("jenkins-api-token", name: "JENKINS_API_TOKEN", { i, r in i == 1 ? hex(32, &r) : "11" + hex(32, &r) },
               fp: { r in [hex(31, &r), hex(33, &r), mixed(34, .base62, &r)] }),
        .keyed("jenkins-crumb", name: "JENKINS_CRUMB", { i, r in i == 1 ? hex(32, &r) : hex(64, &r) },
               fp: { r in [hex(31, &r), hex(63, &r)] }),
        .token("octopus-deploy-api-key", { i, r in "AP" + "I-" + mixed(pick(i, [26, 28, 32]), .upperAlnum, &r) },
               fp: { r in ["AP" + "I-" + mixed(20, .upperAlnum, &r), "AP" + "I-" + mixed(26, .lowerAlnum, &r), "AP" + "I-" + "GATEWAYINTEGRATIONRESPONSES"] }),
        .keyed("bitrise-access-token", name: "BITRISE_TOKEN", { _, r in mixed(86, .base64url, &r) },
               fp: { r in [mixed(40, .base64url, &r), r.string(86, .letters)] }),
        .keyed("appveyor-api-key", name: "APPVEYOR_API_TOKEN", { i, r in i == 1 ? "v2." + mixed(20, .lowerAlnum, &r) : mixed(20, .base62, &r) },
               fp: { r in [mixed(19, .base62, &r), r.string(20, .letters)] }),
        keyedMixed("semaphore-api-token", name: "SEMAPHORE_API_TOKEN", 20),
        .token("buildkite-agent-token", { i, r in
            i == 1 ? "bk" + "aj_" + mixed(120, .base64url, &r) : "bk" + "aa_" + mixed(pick(i, [64, 64, 75]), .base62, &r)
        }, fp: { r in ["bk" + "aa_" + mixed(20, .base62, &r), "bk" + "ax_" + mixed(64, .base62, &r)] }),
        .keyed("buildkite-agent-registration-token", name: "BUILDKITE_AGENT_TOKEN", { _, r in mixed(50, .lowerAlnum, &r) },
               fp: { r in [mixed(30, .lowerAlnum, &r), mixed(50, .upperAlnum, &r)] }),
        keyedMixed("codemagic-api-token", name: "CODEMAGIC_API_TOKEN", 44, short: 30),
        .keyed("codefresh-api-key", name: "CODEFRESH_API_KEY", { _, r in hex(24, &r) + "." + hex(32, &r) },
               fp: { r in [hex(23, &r) + "." + hex(32, &r), hex(24, &r)] }),
        keyedUUID("cypress-record-key", name: "CYPRESS_RECORD_KEY"),
        .keyed("percy-token", name: "PERCY_TOKEN", { i, r in pick(i, ["web_", "", "app_"]) + hex(64, &r) },
               fp: { r in [hex(63, &r), "web_" + hex(63, &r)] }),
        keyedMixed("browserstack-access-key", name: "BROWSERSTACK_ACCESS_KEY", 20),
        keyedUUID("saucelabs-access-key", name: "SAUCE_ACCESS_KEY"),
        .keyed("lambdatest-access-key", name: "LT_ACCESS_KEY", { i, r in (i == 1 ? "LT_" : "") + mixed(50, .base62, &r) },
               fp: { r in [mixed(30, .base62, &r), r.string(50, .letters)] }),
        keyedMixed("applitools-api-key", name: "APPLITOOLS_API_KEY", 42, short: 20),
    ]
}
