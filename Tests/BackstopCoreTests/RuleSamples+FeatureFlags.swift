@testable import BackstopCore
import BackstopTestSupport
import Foundation

extension RuleSamples {
    static let featureFlags: [RuleSpec] = [
        .token("launchdarkly-sdk-key", { _, r in "sd" + "k-" + SampleSecrets.uuid(&r) },
               fp: { r in ["sd" + "k-" + String(SampleSecrets.uuid(&r).dropLast()), "sd" + "k-" + mixed(36, .lowerAlnum, &r)] }),
        .token("launchdarkly-access-token", { _, r in "ap" + "i-" + SampleSecrets.uuid(&r) },
               fp: { r in ["ap" + "i-" + String(SampleSecrets.uuid(&r).dropLast()), "ap" + "i-" + SampleSecrets.uuid(&r).uppercased(), "ap" + "i-version-2024-10-01"] }),
        .keyed("split-sdk-key", name: "SPLITIO_API_KEY", { _, r in mixed(36, .lowerAlnum, &r) },
               fp: { r in [mixed(35, .lowerAlnum, &r), r.string(36, .letters).lowercased()] }),
        .keyed("flagsmith-server-key", name: "FLAGSMITH_ENVIRONMENT_KEY", { _, r in "se" + "r." + mixed(22, .base62, &r) },
               fp: { r in [mixed(22, .base62, &r), "se" + "r." + mixed(21, .base62, &r)] }),
        .token("configcat-sdk-key", { _, r in "configcat" + "-sdk-1/" + mixed(22, .base64url, &r) + "/" + mixed(22, .base64url, &r) },
               fp: { r in ["configcat" + "-sdk-1/" + mixed(22, .base64url, &r) + "/" + mixed(21, .base64url, &r), "configcat" + "-sdk-1/" + mixed(22, .base64url, &r)] }),
        .keyed("configcat-legacy-sdk-key", name: "CONFIGCAT_SDK_KEY", { _, r in mixed(22, .base64url, &r) + "/" + mixed(22, .base64url, &r) },
               fp: { r in [mixed(22, .base64url, &r), mixed(21, .base64url, &r) + "/" + mixed(22, .base64url, &r)] }),
        .keyed("optimizely-personal-token", name: "OPTIMIZELY_TOKEN", { _, r in "2:" + mixed(54, .base64url, &r) },
               fp: { r in ["2:" + mixed(20, .base64url, &r), mixed(56, .base64url, &r)] }),
        .keyed("statsig-secret-key", name: "STATSIG_SERVER_SECRET", { i, r in pick(i, ["sec" + "ret-", "con" + "sole-", "sec" + "ret-"]) + mixed(43, .base62, &r) },
               fp: { r in ["client-" + mixed(43, .base62, &r), "sec" + "ret-" + mixed(20, .base62, &r)] }),
        .keyed("unleash-api-token", name: "UNLEASH_API_TOKEN", { i, r in pick(i, ["*:production.", "default:development.", "user:"]) + hex(64, &r) },
               fp: { r in ["default:development.unleash-insecure-api-token", "*:production." + hex(63, &r)] }),
        .token("devcycle-server-sdk-key", { i, r in "dvc" + "_server_" + (i == 1 ? mixed(40, .base62, &r) : SampleSecrets.uuid(&r).replacingOccurrences(of: "-", with: "_")) },
               fp: { r in ["dvc" + "_server_" + "token_hash", "dvc" + "_client_" + SampleSecrets.uuid(&r)] }),
        keyedMixed("flipt-client-token", name: "FLIPT_CLIENT_TOKEN", 44, .base64url, short: 20),
    ]
}
