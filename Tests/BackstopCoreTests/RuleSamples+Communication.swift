@testable import BackstopCore
import BackstopTestSupport
import Foundation

extension RuleSamples {
    static func teamsLegacyURL(_ r: inout R, signature: Int = 32) -> String {
        "https://outlook" + ".office.com/webhook/" + SampleSecrets.uuid(&r) + "@" + SampleSecrets.uuid(&r) + "/IncomingWebhook/"
            + hex(signature, &r) + "/" + SampleSecrets.uuid(&r)
    }

    static let communication: [RuleSpec] = [
        .token("slack-legacy-token", { i, r in
            "xo" + pick(i, ["xs-", "xo-", "xs-"]) + r.digits(10) + "-" + r.digits(12) + "-" + r.digits(13) + "-" + hex(pick(i, [64, 32, 40]), &r)
        }, fp: { r in ["xo" + "xs-" + r.digits(10) + "-" + hex(64, &r), "xo" + "xq-" + r.digits(10) + "-" + r.digits(12) + "-" + r.digits(13) + "-" + hex(64, &r)] }),
        .sample("microsoft-teams-legacy-webhook-url", { _, r in Sample(teamsLegacyURL(&r)) },
                fp: { r in ["https://outlook" + ".office.com/webhook/" + SampleSecrets.uuid(&r) + "@" + SampleSecrets.uuid(&r) + "/IncomingWebhook/",
                            teamsLegacyURL(&r, signature: 31)] }),
        .sample("microsoft-power-automate-webhook-url", { i, r in
            let host = pick(i, ["prod-27.westus.logic" + ".azure.com:443/workflows/",
                                "default" + hex(32, &r) + ".0c.environment.api.powerplatform" + ".com:443/powerautomate/automations/direct/workflows/",
                                "prod-03.northeurope.logic" + ".azure.com/workflows/"])
            let url = host + hex(32, &r) + "/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&si" + "g="
                + mixed(43, .base64url, &r)
            return Sample("https://" + url, secret: url)
        }, fp: { r in [
            "https://prod-27.westus.logic" + ".azure.com:443/workflows/" + hex(32, &r) + "/triggers/manual/paths/invoke?api-version=2016-06-01",
            "https://prod-27.westus.logic" + ".azure.com:443/workflows/" + hex(32, &r) + "/triggers/manual/paths/invoke?sv=1.0&si" + "g=" + mixed(12, .base64url, &r),
        ] }),
        keyedValue("mattermost-access-token", name: "MATTERMOST_TOKEN", 26, .lowerAlnum),
        keyedValue("zulip-api-key", name: "ZULIP_API_KEY", 32, .base62),
        keyedValue("rocketchat-access-token", name: "ROCKETCHAT_AUTH_TOKEN", 43, .base64url),
        .keyed("webex-access-token", name: "WEBEX_ACCESS_TOKEN", { _, r in
            mixed(64, .base62, &r) + "_" + mixed(4, .upperAlnum, &r) + "_" + SampleSecrets.uuid(&r)
        }, fp: { r in [mixed(64, .base62, &r) + "_" + mixed(4, .upperAlnum, &r), mixed(40, .base62, &r) + "_" + mixed(4, .upperAlnum, &r) + "_" + SampleSecrets.uuid(&r)] }),
        keyedValue("zoom-api-secret", name: "ZOOM_CLIENT_SECRET", 32, .base62),
        .keyed("line-channel-access-token", name: "LINE_CHANNEL_ACCESS_TOKEN", { _, r in SampleSecrets.base64(r.bytes(128)) },
               fp: { r in [SampleSecrets.base64(r.bytes(40)), String(repeating: "x", count: 172)] }),
        keyedValue("line-channel-secret", name: "LINE_CHANNEL_SECRET", 32, .hex),
        keyedValue("vonage-api-secret", name: "VONAGE_API_SECRET", 16, .base62),
        keyedValue("messagebird-api-key", name: "MESSAGEBIRD_ACCESS_KEY", 25, .base62),
        keyedValue("plivo-auth-token", name: "PLIVO_AUTH_TOKEN", 40, .base62),
        keyedValue("sinch-api-token", name: "SINCH_API_TOKEN", 32, .hex),
        .keyed("telnyx-api-key", name: "TELNYX_API_KEY", { _, r in "KEY" + mixed(32, .upperHex, &r) + "_" + mixed(22, .base62, &r) },
               fp: { r in ["KEY" + mixed(31, .upperHex, &r) + "_" + mixed(22, .base62, &r), "KEY" + hex(32, &r) + "_" + mixed(22, .base62, &r)] }),
        keyedUUID("clicksend-api-key", name: "CLICKSEND_API_KEY", uppercase: true),
        keyedValue("pusher-app-secret", name: "PUSHER_APP_SECRET", 20, .hex),
        .keyed("ably-api-key", name: "ABLY_API_KEY", { _, r in
            mixed(6, .base62, &r) + "." + mixed(6, .base62, &r) + ":" + mixed(43, .base64url, &r)
        }, fp: { r in [mixed(6, .base62, &r) + "." + mixed(6, .base62, &r), mixed(6, .base62, &r) + "." + mixed(6, .base62, &r) + ":" + mixed(20, .base64url, &r)] }),
        .token("pubnub-secret-key", { _, r in "sec" + "-c-" + SampleSecrets.base64(Array(SampleSecrets.uuid(&r).utf8)) },
               fp: { r in ["sec" + "-c-" + mixed(20, .base62, &r), "sec" + "-x-" + SampleSecrets.base64(Array(SampleSecrets.uuid(&r).utf8))] }),
        .token("pubnub-publish-key", { _, r in "pub" + "-c-" + SampleSecrets.uuid(&r) },
               fp: { r in ["sub" + "-c-" + SampleSecrets.uuid(&r), "pub" + "-c-" + String(SampleSecrets.uuid(&r).dropLast(4))] }),
        keyedValue("getstream-api-secret", name: "STREAM_API_SECRET", 64, .lowerAlnum),
        keyedValue("sendbird-api-token", name: "SENDBIRD_API_TOKEN", 40, .hex),
        .token("intercom-access-token", { _, r in
            SampleSecrets.base64(Array(("to" + "k:" + SampleSecrets.uuid(&r).replacingOccurrences(of: "-", with: "_") + ":1:0").utf8))
        }, fp: { r in [SampleSecrets.base64(Array(("ti" + "k:" + SampleSecrets.uuid(&r) + ":1:0").utf8)), SampleSecrets.base64(Array(("to" + "k:ab12").utf8))] }),
        keyedValue("drift-access-token", name: "DRIFT_ACCESS_TOKEN", 32, .base62),
        keyedValue("crisp-plugin-key", name: "CRISP_TOKEN_KEY", 64, .hex),
        keyedValue("gitter-access-token", name: "GITTER_TOKEN", 40, .lowerAlnum),
        keyedValue("discord-client-secret", name: "DISCORD_CLIENT_SECRET", 32, .base64url),
    ]
}
