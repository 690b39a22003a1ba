@testable import BackstopCore
import BackstopTestSupport
import Foundation

extension RuleSamples {
    static func base64url(_ count: Int, _ r: inout R) -> String { SampleSecrets.base64url(r.bytes(count)) }

    static let keyMaterial: [RuleSpec] = [
        .sample("openvpn-static-key", shape: .multiline, { i, r in
            let lines = i == 1
                ? SampleSecrets.wrappedBase64(&r, bytes: 300)
                : (0..<16).map { _ in hex(32, &r) }
            let label = i == 1 ? "OpenVPN tls-crypt-v2 client" + " key" : "OpenVPN Static" + " key V1"
            let body = lines.joined(separator: "\n")
            let text = (i == 2 ? "#\n# 2048 bit OpenVPN static key\n#\n" : "") + "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----"
            return Sample(text, secret: body)
        }, fp: { _ in ["-----BEGIN OpenVPN Static" + " key V1-----\n...\n-----END OpenVPN Static" + " key V1-----", "<tls-auth>\n</tls-auth>"] }),
        .keyed("wireguard-private-key", name: "PrivateKey", { _, r in SampleSecrets.base64(r.bytes(32)) },
               fp: { r in [SampleSecrets.base64(r.bytes(31)), SampleSecrets.base64(r.bytes(33))] }),
        .keyed("wireguard-preshared-key", name: "PresharedKey", { _, r in SampleSecrets.base64(r.bytes(32)) },
               fp: { r in [SampleSecrets.base64(r.bytes(31)), SampleSecrets.base64(r.bytes(24))] }),
        .sample("jwk-private-key", { i, r in
            let d = base64url(pick(i, [32, 256, 32]), &r)
            let text: String
            switch i {
            case 0: text = #"{"kty":"EC","crv":"P-256","x":""# + base64url(32, &r) + #"","y":""# + base64url(32, &r) + #"","d":""# + d + #""}"#
            case 1: text = #"{"kty":"RSA","n":""# + base64url(256, &r) + #"","e":"AQAB","d":""# + d + #"","p":""# + base64url(128, &r) + #""}"#
            default: text = #"{"crv":"Ed25519","d":""# + d + #"","kty":"OKP","x":""# + base64url(32, &r) + #""}"#
            }
            return Sample(text, secret: d)
        }, fp: { r in [#"{"kty":"EC","crv":"P-256","x":""# + base64url(32, &r) + #"","y":""# + base64url(32, &r) + #""}"#,
                       #"{"d":""# + base64url(32, &r) + #""}"#] }),
        .sample("jwk-symmetric-key", { i, r in
            let k = base64url(pick(i, [32, 64, 32]), &r)
            let text = i == 2 ? #"{"alg":"A256GCM","k":""# + k + #"","kty":"oct"}"# : #"{"kty":"oct","kid":"k"# + String(i) + #"","k":""# + k + #"","alg":"HS256"}"#
            return Sample(text, secret: k)
        }, fp: { r in [#"{"kty":"oct","kid":"signing"}"#, #"{"k":""# + base64url(32, &r) + #""}"#] }),
        .sample("tink-cleartext-keyset", { i, r in
            let value = SampleSecrets.base64(r.bytes(pick(i, [34, 70, 50])))
            let type = pick(i, ["AesGcmKey", "HmacKey", "EcdsaPrivateKey"])
            let text = #"{"primaryKeyId":123456789,"key":[{"keyData":{"typeUrl":"type.googleapis.com/google.crypto.tink."# + type
                + #"","value":""# + value + #"","keyMaterialType":""# + pick(i, ["SYMMETRIC", "SYMMETRIC", "ASYMMETRIC_PRIVATE"])
                + #""},"status":"ENABLED","keyId":123456789,"outputPrefixType":"TINK"}]}"#
            return Sample(text, secret: value)
        }, fp: { r in [#"{"keyData":{"value":""# + SampleSecrets.base64(r.bytes(60)) + #"","keyMaterialType":"ASYMMETRIC_PUBLIC"}}"#,
                       #"{"encryptedKeyset":""# + SampleSecrets.base64(r.bytes(120)) + #"","keysetInfo":{}}"#] }),
        .sample("jenkins-credentials-secret", { i, r in
            let secret = SampleSecrets.base64([1, 0, 0, 0, 16, 0, 0, 0, 32] + r.bytes(pick(i, [48, 64, 120])))
            let element = pick(i, ["password", "secret", "privateKey"])
            return Sample("<" + element + ">{" + secret + "}</" + element + ">", secret: secret)
        }, fp: { _ in ["<password>{AQAAABAAAA}</password>", "<password>{AQAAABAAAA" + String(repeating: "x", count: 40) + "}</password>"] }),
        textSpec("java-keystore-password", ["keytool -list -keystore app.jks -storepass {}", "storePassword \"{}\"", "keyPassword={}"], length: 14,
                 fp: ["keytool -list -keystore cacerts -storepass changeit", "storePassword System.getenv(\"KS_PASS\")", "keytool -storepass:env KS_PASS",
                      "storePassword keystoreProperties['storePassword']", "# storepass must be at least 6 characters long"]),
        .sample("kubernetes-secret-manifest", shape: .multiline, { i, r in
            let value = SampleSecrets.base64(r.bytes(pick(i, [18, 24, 40])))
            let text = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-credentials-" + String(i) + "\ntype: Opaque\ndata:\n  "
                + pick(i, ["DB_PASSWORD", "client-secret", "token"]) + ": " + value + "\n  DB_USER: YXBw"
            return Sample(text, secret: value)
        }, fp: { r in ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: demo\ndata:\n  password: cGFzc3dvcmQ=\n",
                       "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: demo\ndata:\n  setting: " + SampleSecrets.base64(r.bytes(18)) + "\n",
                       "apiVersion: v1\nkind: Secret\nmetadata:\n  name: demo\nstringData:\n  user: app\n"] }),
        .sample("base64-private-key", { i, r in
            let label = pick(i, ["RSA ", "EC ", "OPENSSH "]) + "PRIVATE" + " KEY"
            let encoded = SampleSecrets.base64(Array(SampleSecrets.pem(label, &r, bytes: pick(i, [600, 121, 380])).text.utf8))
            return Sample(pick(i, ["client-key-data: ", "tls.key: ", "SSH_KEY_B64="]) + encoded, secret: encoded)
        }, fp: { r in [SampleSecrets.base64(Array(SampleSecrets.pem("PUBLIC" + " KEY", &r, bytes: 294).text.utf8)),
                       SampleSecrets.base64(Array(SampleSecrets.pem("CERTIFICATE", &r, bytes: 600).text.utf8))] }),
        .sample("tls-key-log-secret", { i, r in
            let secret = hex(pick(i, [96, 64, 64]), &r)
            return Sample(pick(i, ["CLIENT_RANDOM ", "CLIENT_TRAFFIC_SECRET_0 ", "SERVER_HANDSHAKE_TRAFFIC_SECRET "]) + hex(64, &r) + " " + secret, secret: secret)
        }, fp: { r in ["CLIENT_RANDOM " + hex(64, &r), "CLIENT_RANDOM " + hex(63, &r) + " " + hex(96, &r)] }),
        .sample("vault-unseal-key", { i, r in
            let key = SampleSecrets.base64(r.bytes(pick(i, [33, 32, 33])))
            return Sample(pick(i, ["Unseal Key 1: ", "Unseal Key: ", "Recovery Key 3: "]) + key, secret: key)
        }, fp: { r in ["Unseal Key 1: " + SampleSecrets.base64(r.bytes(20)), "Unseal Key 1: <key>"] }),
    ]
}
