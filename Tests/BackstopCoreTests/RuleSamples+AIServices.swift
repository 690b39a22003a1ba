@testable import BackstopCore
import BackstopTestSupport
import Foundation

extension RuleSamples {
    /// A key that is only a secret next to the provider's name: one short look-alike and one of the wrong alphabet.
    static func providerKeyed(_ id: String, name: String, _ make: @escaping @Sendable (Int, inout R) -> String,
                              fp: @escaping @Sendable (inout R) -> [String], fpTexts: [String] = []) -> RuleSpec {
        .keyed(id, name: name, make, fp: fp, fpTexts: fpTexts)
    }

    static func uuidKeyed(_ id: String, name: String) -> RuleSpec {
        .keyed(id, name: name, { _, r in SampleSecrets.uuid(&r) },
               fp: { r in [String(SampleSecrets.uuid(&r).dropLast()), mixed(36, .lowerAlnum, &r)] })
    }

    static let aiServices: [RuleSpec] = [
        .token("anthropic-oauth-token", { i, r in "sk" + "-ant-" + pick(i, ["oat01-", "ort01-", "oat01-"]) + mixed(pick(i, [95, 95, 108]), .base64url, &r) },
               fp: { r in ["sk" + "-ant-oat01-" + mixed(40, .base64url, &r), "sk" + "-ant-oax01-" + mixed(95, .base64url, &r)] }),
        .token("anthropic-session-key", { i, r in "sk" + "-ant-sid01-" + mixed(pick(i, [86, 95, 100]), .base64url, &r) },
               fp: { r in ["sk" + "-ant-sid01-" + mixed(40, .base64url, &r), "sk" + "-ant-sid01-" + String(repeating: "x", count: 90)] }),
        prefixed("nvidia-api-key", "nv" + "api-", 64),
        prefixed("cerebras-api-key", "cs" + "k-", 48, .lowerAlnum),
        .token("fireworks-api-key", { i, r in "fw" + "_" + mixed(pick(i, [24, 40, 32]), .base62, &r) },
               fp: { r in ["fw" + "_" + mixed(23, .base62, &r), "fw" + "_" + String(repeating: "x", count: 24),
                           "version.py,sha256=qaN-" + "fw" + "_" + mixed(24, .base62, &r) + ",160"] }),
        .token("together-api-key", { i, r in "tgp" + "_v1_" + mixed(pick(i, [43, 43, 50]), .base64url, &r) },
               fp: { r in ["tgp" + "_v1_" + mixed(30, .base64url, &r), "tgp" + "_v2_" + mixed(43, .base64url, &r)] }),
        .token("anyscale-api-key", { i, r in "esec" + "ret_" + mixed(pick(i, [26, 32, 40]), .lowerAlnum, &r) },
               fp: { r in ["esec" + "ret_" + mixed(12, .lowerAlnum, &r), "esec" + "ret_" + String(repeating: "x", count: 26)] }),
        .token("jina-api-key", { i, r in "ji" + "na_" + mixed(pick(i, [60, 48, 72]), .base62, &r) },
               fp: { r in ["ji" + "na_" + mixed(30, .base62, &r), "ji" + "na_" + String(repeating: "x", count: 60)] }),
        .token("runpod-api-key", { i, r in "rp" + "a_" + mixed(pick(i, [44, 40, 48]), pick(i, [.upperAlnum, .base62, .upperAlnum]), &r) },
               fp: { r in ["rp" + "a_" + mixed(20, .upperAlnum, &r), "rp" + "a_" + String(repeating: "X", count: 44)] }),
        .token("helicone-api-key", { i, r in
            let groups = (0..<4).map { _ in mixed(7, .lowerAlnum, &r) }.joined(separator: "-")
            return pick(i, ["sk" + "-helicone-", "pk" + "-helicone-eu-", "sk" + "-helicone-proxy-"]) + groups + (i == 2 ? "-" + SampleSecrets.uuid(&r) : "")
        }, fp: { r in ["sk" + "-helicone-" + (0..<4).map { _ in mixed(6, .lowerAlnum, &r) }.joined(separator: "-"),
                       "sk" + "-helicone-" + mixed(28, .lowerAlnum, &r)] }),
        .token("tavily-api-key", { i, r in "tv" + "ly-" + pick(i, ["", "dev-", "prod-"]) + mixed(32, .base62, &r) },
               fp: { r in ["tv" + "ly-" + mixed(31, .base62, &r), "tv" + "ly-" + String(repeating: "x", count: 32)] }),
        .token("firecrawl-api-key", { _, r in "f" + "c-" + hex(32, &r) },
               fp: { r in ["f" + "c-" + hex(31, &r), "f" + "c-" + hex(32, &r).uppercased() + "Z"] }),
        .token("browserbase-api-key", { i, r in "bb" + "_live_" + mixed(pick(i, [27, 27, 32]), .base64url, &r) },
               fp: { r in ["bb" + "_live_" + mixed(12, .base64url, &r), "bb" + "_test_" + mixed(27, .base64url, &r)] }),
        .token("neptune-api-token", { _, r in
            let address = "https://app" + ".neptune.ai"
            let claims = #"{"api_address":""# + address + #"","api_url":""# + address + #"","api_key":""# + SampleSecrets.uuid(&r) + #""}"#
            return SampleSecrets.base64(Array(claims.utf8))
        }, fp: { _ in [SampleSecrets.base64(Array(#"{"api_address":"x"}"#.utf8)), SampleSecrets.base64(Array(#"{"api_url":"https://app.neptune.ai"}"#.utf8))] }),

        providerKeyed("deepseek-api-key", name: "DEEPSEEK_API_KEY", { _, r in "sk" + "-" + hex(32, &r) },
                      fp: { r in ["sk" + "-" + hex(31, &r), "sk" + "-" + mixed(32, .upperAlnum, &r)] }),
        providerKeyed("stability-api-key", name: "STABILITY_API_KEY", { _, r in "sk" + "-" + mixed(48, .base62, &r) },
                      fp: { r in ["sk" + "-" + mixed(47, .base62, &r), "sk" + "-" + mixed(49, .base62, &r)] }),
        providerKeyed("elevenlabs-api-key", name: "ELEVENLABS_API_KEY", { i, r in i == 1 ? hex(32, &r) : "sk" + "_" + hex(48, &r) },
                      fp: { r in ["sk" + "_" + hex(47, &r), hex(31, &r)] }),
        providerKeyed("together-legacy-api-key", name: "TOGETHER_API_KEY", { _, r in hex(64, &r) },
                      fp: { r in [hex(63, &r), mixed(64, .upperAlnum, &r)] }),
        providerKeyed("assemblyai-api-key", name: "ASSEMBLYAI_API_KEY", { _, r in hex(32, &r) }, fp: { r in [hex(31, &r), hex(33, &r)] }),
        providerKeyed("deepgram-api-key", name: "DEEPGRAM_API_KEY", { _, r in hex(40, &r) }, fp: { r in [hex(39, &r), mixed(40, .upperAlnum, &r)] }),
        providerKeyed("ai21-api-key", name: "AI21_API_KEY", { i, r in i == 1 ? SampleSecrets.uuid(&r) : mixed(32, .base62, &r) },
                      fp: { r in [mixed(31, .base62, &r), mixed(33, .base62, &r)] }),
        providerKeyed("clarifai-pat", name: "CLARIFAI_PAT", { _, r in hex(32, &r) }, fp: { r in [hex(31, &r), hex(33, &r)] }),
        providerKeyed("voyage-api-key", name: "VOYAGE_API_KEY", { _, r in "pa" + "-" + mixed(43, .base64url, &r) },
                      fp: { r in ["pa" + "-" + mixed(20, .base64url, &r), "pa" + "-" + String(repeating: "x", count: 43)] }),
        uuidKeyed("sambanova-api-key", name: "SAMBANOVA_API_KEY"),
        providerKeyed("modal-token-secret", name: "MODAL_TOKEN_SECRET", { _, r in "a" + "s-" + mixed(22, .base62, &r) },
                      fp: { r in ["a" + "s-" + mixed(12, .base62, &r), "a" + "k-" + mixed(22, .base62, &r)] }),
        providerKeyed("baseten-api-key", name: "BASETEN_API_KEY", { _, r in mixed(8, .base62, &r) + "." + mixed(32, .base62, &r) },
                      fp: { r in [mixed(7, .base62, &r) + "." + mixed(32, .base62, &r), mixed(8, .base62, &r) + "." + mixed(31, .base62, &r)] }),
        providerKeyed("wandb-api-key", name: "WANDB_API_KEY", { i, r in (i == 1 ? "local" + "-" : "") + hex(40, &r) },
                      fp: { r in [hex(39, &r), hex(41, &r)] }),
        providerKeyed("comet-api-key", name: "COMET_API_KEY", { _, r in mixed(25, .base62, &r) },
                      fp: { r in [mixed(24, .base62, &r), mixed(26, .base62, &r)] }),
        uuidKeyed("exa-api-key", name: "EXA_API_KEY"),
        providerKeyed("serpapi-api-key", name: "SERPAPI_API_KEY", { _, r in hex(64, &r) }, fp: { r in [hex(63, &r), hex(65, &r)] }),
        providerKeyed("serper-api-key", name: "SERPER_API_KEY", { _, r in hex(40, &r) }, fp: { r in [hex(39, &r), hex(41, &r)] }),
        providerKeyed("brave-search-api-key", name: "BRAVE_SEARCH_API_KEY", { _, r in "BS" + "A" + mixed(28, .base62, &r) },
                      fp: { r in ["BS" + "A" + mixed(15, .base62, &r), "BS" + "B" + mixed(28, .base62, &r)] }),
        providerKeyed("kaggle-api-key", name: "KAGGLE_KEY", { _, r in hex(32, &r) }, fp: { r in [hex(31, &r), hex(33, &r)] }),
        providerKeyed("roboflow-api-key", name: "ROBOFLOW_API_KEY", { _, r in mixed(20, .base62, &r) },
                      fp: { r in [mixed(19, .base62, &r), mixed(21, .base62, &r)] }),
        uuidKeyed("leonardo-api-key", name: "LEONARDO_API_KEY"),
        providerKeyed("runway-api-key", name: "RUNWAYML_API_SECRET", { _, r in "key" + "_" + hex(128, &r) },
                      fp: { r in ["key" + "_" + hex(127, &r), "key" + "_" + mixed(128, .base62, &r)] }),
        providerKeyed("fal-api-key", name: "FAL_KEY", { _, r in SampleSecrets.uuid(&r) + ":" + hex(32, &r) },
                      fp: { r in [SampleSecrets.uuid(&r) + ":" + hex(31, &r), SampleSecrets.uuid(&r)] }),
        .sample("kaggle-json-credentials", { i, r in
            let key = hex(32, &r)
            let json = pick(i, [#"{"username":"#, #"{"username": "#, #"{ "username":"#]) + "\"analyst" + r.string(4, .lowerAlnum) + "\","
                + pick(i, [#""key":""#, #" "key": ""#, #""key":""#]) + key + "\"}"
            return Sample(json, secret: key)
        }, fp: { r in [#"{"username":"analyst","key":""# + hex(31, &r) + "\"}", #"{"username":"analyst","key":"<your key>"}"#] }),
    ]
}
