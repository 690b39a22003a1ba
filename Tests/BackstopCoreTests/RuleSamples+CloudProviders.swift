@testable import BackstopCore
import BackstopTestSupport
import Foundation

/// Samples for the cloud provider and hosting platform rules.
extension RuleSamples {
    static func uuidKeyed(_ id: String, name: String, identifierName: String) -> RuleSpec {
        .keyed(id, name: name, { _, r in SampleSecrets.uuid(&r) },
               fp: { r in [String(SampleSecrets.uuid(&r).dropLast()), mixed(36, .lowerAlnum, &r)] },
               fpTexts: [identifierName + " = \"" + "5f2c1e7a-9d3b-4c8e-a1f0-6b7d2e9c4a13" + "\"\n"])
    }

    static let cloudProviders: [RuleSpec] = [
        .keyed("aws-session-token", name: "AWS_SESSION_TOKEN", { i, r in
            "IQoJb3JpZ2luX2Vj" + SampleSecrets.base64(r.bytes(pick(i, [300, 450, 600])))
        }, fp: { r in [mixed(90, .base64, &r), "IQoJb3JpZ2luX2Vj" + String(repeating: "x", count: 200)] }),
        .token("aws-bedrock-api-key", { _, r in
            let inner = "Bedrock" + "APIKey-" + mixed(4, .lowerAlnum, &r) + "-at-" + r.digits(12) + ":" + SampleSecrets.base64(r.bytes(42))
            return "AB" + "SK" + SampleSecrets.base64(Array(inner.utf8))
        }, fp: { r in ["AB" + "SK" + mixed(100, .base64, &r), "AB" + "SK" + "QmVkcm9ja0FQSUtleS" + mixed(20, .base64, &r)] }),
        .token("aws-bedrock-short-term-api-key", { _, r in
            let url = "bedrock" + ".amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=" + "AS" + "IA"
                + mixed(16, .awsBase32, &r) + "%2F20250101%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Date=20250101T000000Z&X-Amz-Expires=43200"
                + "&X-Amz-Security-Token=" + SampleSecrets.base64(r.bytes(300)) + "&X-Amz-Signature=" + hex(64, &r) + "&Version=1"
            return "bedrock" + "-api-key-" + SampleSecrets.base64(Array(url.utf8))
        }, fp: { r in ["bedrock" + "-api-key-" + mixed(200, .base64, &r),
                       "bedrock" + "-api-key-" + SampleSecrets.base64(Array(("bedrock" + ".amazonaws.com/?Action=x").utf8))] }),
        .token("aws-appsync-api-key", { _, r in "da" + "2-" + mixed(26, .lowerAlnum, &r) },
               fp: { r in ["da" + "2-" + mixed(25, .lowerAlnum, &r), "da" + "2-" + mixed(26, .upperAlnum, &r)] }),
        .token("amazon-lwa-client-secret", { _, r in "amzn1" + ".oa2-cs.v1." + hex(64, &r) },
               fp: { r in ["amzn1" + ".oa2-cs.v1." + hex(63, &r), "amzn1" + ".oa2-cs.v2." + hex(64, &r)] }),
        .token("google-oauth-refresh-token", { i, r in
            "1//" + "0" + pick(i, ["e", "g", "3"]) + mixed(pick(i, [98, 70, 120]), .base64url, &r)
        }, fp: { r in ["1//" + "0e" + mixed(40, .base64url, &r), "1//" + "1e" + mixed(98, .base64url, &r)] }),
        .token("firebase-cloud-messaging-server-key", { _, r in
            "AAAA" + mixed(7, .base64url, &r) + ":" + "APA" + "91b" + mixed(134, .base64url, &r)
        }, fp: { r in ["AAAA" + mixed(7, .base64url, &r) + ":" + "APA" + "91b" + mixed(133, .base64url, &r),
                       "AAAA" + mixed(7, .base64url, &r) + ":" + "APA" + "91c" + mixed(134, .base64url, &r)] }),
        .token("gcp-hmac-access-key-id", { _, r in "GO" + "OG1" + mixed(56, .upperAlnum, &r) },
               fp: { r in ["GO" + "OG1" + mixed(55, .upperAlnum, &r), "GO" + "OG1" + mixed(56, .lowerAlnum, &r)] }),
        .keyed("ibm-cloud-api-key", name: "IBM_CLOUD_API_KEY", { _, r in mixed(44, .base64url, &r) },
               fp: { r in [mixed(43, .base64url, &r), mixed(45, .base64url, &r)] }),
        .keyed("ibm-cos-hmac-secret", name: "COS_HMAC_SECRET_ACCESS_KEY", { _, r in hex(48, &r) },
               fp: { r in [hex(47, &r), hex(49, &r)] }),
        .keyed("oci-auth-token", name: "OCI_AUTH_TOKEN", { _, r in drawn(20, from: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789()+._#;:-", &r) },
               fp: { r in [drawn(19, from: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", &r),
                           drawn(21, from: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", &r)] }),
        .keyed("oci-customer-secret-key", name: "OCI_CUSTOMER_SECRET_KEY", { _, r in SampleSecrets.base64(r.bytes(32)) },
               fp: { r in [SampleSecrets.base64(r.bytes(31)), SampleSecrets.base64(r.bytes(24))] }),
        .keyed("alibaba-access-key-secret", name: "ALIBABA_CLOUD_ACCESS_KEY_SECRET", { _, r in mixed(30, .base62, &r) },
               fp: { r in [mixed(29, .base62, &r), r.string(30, .letters)] }),
        .token("tencent-cloud-secret-id", { _, r in "AK" + "ID" + mixed(32, .base62, &r) },
               fp: { r in ["AK" + "ID" + mixed(31, .base62, &r), "AK" + "IX" + mixed(32, .base62, &r)] }),
        .keyed("tencent-cloud-secret-key", name: "TENCENTCLOUD_SECRET_KEY", { _, r in mixed(32, .base62, &r) },
               fp: { r in [mixed(31, .base62, &r), r.string(32, .letters)] }),
        .keyed("huawei-cloud-secret-key", name: "HUAWEICLOUD_SDK_SK", { _, r in mixed(40, .base62, &r) },
               fp: { r in [mixed(39, .base62, &r), r.string(40, .letters)] }),
        .token("yandex-iam-token", { i, r in "t1" + "." + mixed(pick(i, [120, 200, 160]), .base64url, &r) + "." + mixed(86, .base64url, &r) },
               fp: { r in ["t1" + "." + mixed(120, .base64url, &r) + "." + mixed(85, .base64url, &r),
                           "t2" + "." + mixed(120, .base64url, &r) + "." + mixed(86, .base64url, &r)] }),
        .token("yandex-api-key", { i, r in "AQ" + "VN" + mixed(pick(i, [35, 36, 38]), .base64url, &r) },
               fp: { r in ["AQ" + "VN" + mixed(30, .base64url, &r), "AQ" + "VX" + mixed(36, .base64url, &r)] }),
        .token("yandex-static-access-key-id", { _, r in "YC" + "AJ" + mixed(21, .base64url, &r) },
               fp: { r in ["YC" + "AJ" + mixed(20, .base64url, &r), "YC" + "AJ" + mixed(22, .base64url, &r)] }),
        .keyed("yandex-static-access-key-secret", name: "YANDEX_STATIC_KEY_SECRET", { _, r in "YC" + mixed(38, .base64url, &r) },
               fp: { r in ["YC" + mixed(37, .base64url, &r), "YX" + mixed(38, .base64url, &r)] }),
        .token("scaleway-access-key", { _, r in "SC" + "W" + mixed(17, .upperAlnum, &r) },
               fp: { r in ["SC" + "W" + mixed(16, .upperAlnum, &r), "SC" + "W" + mixed(17, .lowerAlnum, &r)] }),
        uuidKeyed("scaleway-secret-key", name: "SCW_SECRET_KEY", identifierName: "SCW_SECRET_KEY_ID"),
        .keyed("linode-api-token", name: "LINODE_TOKEN", { _, r in hex(64, &r) },
               fp: { r in [hex(63, &r), mixed(64, .base62, &r)] }),
        .keyed("vultr-api-key", name: "VULTR_API_KEY", { _, r in mixed(36, .upperAlnum, &r) },
               fp: { r in [mixed(35, .upperAlnum, &r), mixed(36, .lowerAlnum, &r)] }),
        .keyed("hetzner-cloud-api-token", name: "HCLOUD_TOKEN", { _, r in mixed(64, .base62, &r) },
               fp: { r in [mixed(63, .base62, &r), hex(64, &r)] }),
        .keyed("ovh-api-secret", name: "OVH_APPLICATION_SECRET", { _, r in mixed(32, .base62, &r) },
               fp: { r in [mixed(31, .base62, &r), hex(32, &r)] }),
        .token("backblaze-b2-application-key", { i, r in "K00" + pick(i, ["4", "5", "3"]) + mixed(27, .base64, &r) },
               fp: { r in ["K00" + "5" + mixed(26, .base64, &r), "K10" + "5" + mixed(27, .base64, &r)] }),
        .keyed("wasabi-secret-key", name: "WASABI_SECRET_KEY", { _, r in mixed(40, .base64, &r) },
               fp: { r in [mixed(39, .base64, &r), hex(40, &r)] }),
        .token("digitalocean-spaces-access-key", { _, r in "DO" + "00" + mixed(16, .upperAlnum, &r) },
               fp: { r in ["DO" + "00" + mixed(15, .upperAlnum, &r), "DO" + "00" + mixed(16, .lowerAlnum, &r)] }),
        .keyed("digitalocean-spaces-secret-key", name: "SPACES_SECRET_KEY", { _, r in mixed(43, .base64, &r) },
               fp: { r in [mixed(42, .base64, &r), mixed(44, .base64, &r)] }),
        .keyed("fastly-api-token", name: "FASTLY_API_TOKEN", { _, r in mixed(32, .base64url, &r) },
               fp: { r in [mixed(31, .base64url, &r), hex(32, &r)] }),
        .token("akamai-edgegrid-token", { _, r in "ak" + "ab-" + mixed(16, .lowerAlnum, &r) + "-" + mixed(16, .lowerAlnum, &r) },
               fp: { r in ["ak" + "ab-" + mixed(16, .lowerAlnum, &r) + "-" + mixed(15, .lowerAlnum, &r),
                           "ak" + "ab-" + mixed(16, .lowerAlnum, &r) + "-" + mixed(16, .lowerAlnum, &r) + ".luna.akamaiapis.net"] }),
        .token("exoscale-api-key", { _, r in "EX" + "O" + hex(24, &r) },
               fp: { r in ["EX" + "O" + hex(23, &r), "EX" + "O" + hex(24, &r).uppercased()] }),
        .token("cloudflare-tunnel-token", { _, r in
            let json = #"{"a":""# + hex(32, &r) + #"","t":""# + SampleSecrets.uuid(&r) + #"","s":""# + SampleSecrets.base64(r.bytes(32)) + #""}"#
            return SampleSecrets.base64(Array(json.utf8))
        }, fp: { r in [SampleSecrets.base64(Array((#"{"a":""# + hex(8, &r) + #""}"#).utf8)),
                       SampleSecrets.base64(Array((#"{"b":""# + hex(32, &r) + #"","t":""# + SampleSecrets.uuid(&r) + #""}"#).utf8))] }),
        .keyed("cloudflare-access-client-secret", name: "CF_ACCESS_CLIENT_SECRET", { _, r in hex(64, &r) },
               fp: { r in [hex(63, &r), mixed(64, .base62, &r)] }),
        .token("netlify-access-token", { _, r in "nf" + "p_" + mixed(36, .base62, &r) },
               fp: { r in ["nf" + "p_" + mixed(35, .base62, &r), "nf" + "x_" + mixed(36, .base62, &r)] }),
        .keyed("netlify-access-token-legacy", name: "NETLIFY_AUTH_TOKEN", { _, r in mixed(43, .base64url, &r) },
               fp: { r in [mixed(42, .base64url, &r), mixed(44, .base64url, &r)] }),
        .keyed("vercel-access-token", name: "VERCEL_TOKEN", { _, r in mixed(24, .base62, &r) },
               fp: { r in [mixed(23, .base62, &r), mixed(25, .base62, &r)] },
               fpTexts: ["VERCEL_PROJECT_ID = \"" + "prj" + "Q7xK2mN9pL4vR8sT1wY5zB3c" + "\"\n"]),
        .token("fly-io-access-token", { _, r in "fo" + "1_" + mixed(43, .base64url, &r) },
               fp: { r in ["fo" + "1_" + mixed(42, .base64url, &r), "fo" + "2_" + mixed(43, .base64url, &r)] }),
        .sample("fly-io-macaroon-token", { i, r in
            let token = "fm" + "2_" + SampleSecrets.base64(r.bytes(pick(i, [300, 500, 200])))
                + (i == 1 ? ",fm" + "2_" + SampleSecrets.base64(r.bytes(100)) : "")
            return Sample("FlyV1 " + token, secret: token)
        }, fp: { r in ["FlyV1 " + "fm" + "2_" + mixed(30, .base64, &r), "FlyV1 " + "fm" + "3_" + SampleSecrets.base64(r.bytes(300))] }),
        .token("render-api-key", { _, r in "rn" + "d_" + mixed(28, .base62, &r) },
               fp: { r in ["rn" + "d_" + mixed(27, .base62, &r), "rn" + "x_" + mixed(28, .base62, &r)] }),
        uuidKeyed("railway-api-token", name: "RAILWAY_TOKEN", identifierName: "RAILWAY_PROJECT_ID"),
        .token("deno-deploy-token", { _, r in "dd" + "p_" + mixed(36, .base62, &r) },
               fp: { r in ["dd" + "p_" + mixed(35, .base62, &r), "dd" + "x_" + mixed(36, .base62, &r)] }),
    ]
}
