@testable import BackstopCore
import BackstopTestSupport
import Foundation

extension RuleSamples {
    /// Base64 of binary data with a run of zero bytes after a `+` (fonts, images): a run of `A` at a
    /// word boundary, followed by a long stretch of letters and digits, as in a bearer token.
    static let zeroHeavyBase64: String = {
        var r = R(seed: 0x2E40)
        let blob = SampleSecrets.base64(r.bytes(60)) + "+" + String(repeating: "A", count: 22) + mixed(90, .base62, &r) + "/"
            + SampleSecrets.base64(r.bytes(60))
        return "<img src=\"data:image/png;base64," + blob + "\">\n"
    }()

    static let social: [RuleSpec] = [
        .token("facebook-access-token", { i, r in "EA" + "A" + pick(i, ["B", "G", "J"]) + mixed(pick(i, [150, 190, 240]), .base62, &r) },
               fp: { r in ["EA" + "AA" + mixed(180, .base62, &r), "EA" + "AB" + mixed(60, .base62, &r),
                           "EA" + "AB" + String(repeating: "x", count: 150)] }),
        keyedValue("facebook-app-secret", name: "FACEBOOK_APP_SECRET", 32, .hex),
        .keyed("facebook-app-access-token", name: "FB_APP_ACCESS_TOKEN", { i, r in
            r.digits(15) + "|" + (i == 1 ? mixed(27, .base64url, &r) : hex(32, &r))
        }, fp: { r in [r.digits(10) + "|" + hex(32, &r), r.digits(15) + "|" + hex(20, &r)] }),
        .token("instagram-access-token", { i, r in "IG" + pick(i, ["QV", "AA", "QV"]) + "J" + mixed(pick(i, [160, 200, 240]), .base64url, &r) },
               fp: { r in ["IG" + "QV" + mixed(50, .base64url, &r), "IG" + "QX" + mixed(180, .base64url, &r)] }),
        .token("twitter-bearer-token", { _, r in
            String(repeating: "A", count: 21) + mixed(8, .base62, &r) + String(repeating: "A", count: 7) + mixed(10, .base62, &r) + "%2B"
                + mixed(30, .base62, &r) + "%3D" + mixed(50, .base62, &r)
        }, fp: { r in [String(repeating: "A", count: 21) + mixed(20, .base62, &r), String(repeating: "A", count: 120),
                       String(repeating: "A", count: 10) + mixed(100, .base62, &r),
                       String(repeating: "A", count: 21) + mixed(100, .base62, &r)] }, fpTexts: [zeroHeavyBase64]),
        keyedValue("twitter-api-key", name: "TWITTER_API_KEY", 25, .base62),
        keyedValue("twitter-api-secret", name: "TWITTER_API_SECRET", 50, .base62),
        .keyed("twitter-access-token", name: "TWITTER_ACCESS_TOKEN", { _, r in r.digits(19) + "-" + mixed(30, .base62, &r) },
               fp: { r in [r.digits(5) + "-" + mixed(30, .base62, &r), r.digits(19) + "-" + mixed(10, .base62, &r)] }),
        keyedValue("twitter-access-token-secret", name: "TWITTER_ACCESS_TOKEN_SECRET", 45, .base62),
        .token("linkedin-client-secret", { i, r in "WPL" + "_AP" + pick(i, ["1", "0", "1"]) + "." + mixed(16, .base62, &r) + "." + SampleSecrets.base64(r.bytes(12)) },
               fp: { r in ["WPL" + "_AP1." + mixed(8, .base62, &r) + "." + SampleSecrets.base64(r.bytes(12)),
                           "WPL" + "_AX1." + mixed(16, .base62, &r) + "." + SampleSecrets.base64(r.bytes(12))] }),
        keyedValue("linkedin-legacy-client-secret", name: "LINKEDIN_CLIENT_SECRET", 16, .base62),
        .keyed("twitch-api-token", name: "TWITCH_CLIENT_SECRET", { i, r in (i == 1 ? "oauth:" : "") + mixed(30, .lowerAlnum, &r) },
               fp: { r in [mixed(29, .lowerAlnum, &r), mixed(30, .upperAlnum, &r)] },
               fpTexts: ["{\n  \"twitch_threshold_hash\": \"" + "llj10fern2abb7imvqffq7tapwmjzj" + "\"\n}\n"]),
        keyedValue("reddit-client-secret", name: "REDDIT_CLIENT_SECRET", 27, .base64url),
        .token("pinterest-access-token", { i, r in "pin" + pick(i, ["a_", "r_", "a_"]) + mixed(pick(i, [80, 120, 150]), .base64url, &r) },
               fp: { r in ["pin" + "a_" + mixed(20, .base64url, &r), "pin" + "x_" + mixed(120, .base64url, &r)] }),
        keyedValue("tiktok-client-secret", name: "TIKTOK_CLIENT_SECRET", 32, .base62),
        .keyed("tiktok-access-token", name: "TIKTOK_ACCESS_TOKEN", { i, r in
            pick(i, ["act.", "rft.", "act."]) + mixed(60, .base62, &r) + "!" + r.digits(4) + ".va"
        }, fp: { r in ["act." + mixed(10, .base62, &r), "acx." + mixed(60, .base62, &r)] }),
        keyedValue("flickr-api-key", name: "FLICKR_API_KEY", 32, .hex),
        keyedValue("etsy-api-key", name: "ETSY_API_KEY", 24, .lowerAlnum),
        .keyed("vimeo-access-token", name: "VIMEO_ACCESS_TOKEN", { i, r in i == 1 ? mixed(128, .base64, &r) : hex(32, &r) },
               fp: { r in [hex(31, &r), mixed(100, .base64, &r)] }),
        keyedValue("spotify-client-secret", name: "SPOTIFY_CLIENT_SECRET", 32, .hex),
    ]
}
