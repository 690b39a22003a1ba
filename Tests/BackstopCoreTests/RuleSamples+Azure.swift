@testable import BackstopCore
import BackstopTestSupport
import Foundation

/// Samples for the Azure rules. Signatures and prefixes are split so no whole key is written here.
extension RuleSamples {
    /// One character of `alphabet`.
    static func one(of alphabet: String, _ r: inout R) -> String {
        let characters = Array(alphabet)
        return String(characters[r.below(characters.count)])
    }

    /// Random characters of `alphabet` (which must hold digits and letters), with at least one of each.
    static func drawn(_ count: Int, from alphabet: String, _ r: inout R) -> String {
        let characters = Array(alphabet)
        while true {
            let value = String((0..<count).map { _ in characters[r.below(characters.count)] })
            if value.contains(where: \.isNumber), value.contains(where: \.isLetter) { return value }
        }
    }

    /// A Microsoft identifiable key with `signature` at its fixed offset.
    static func azureIdentifiable(_ signature: String, long: Bool, _ r: inout R, before: Int? = nil, check: String? = nil) -> String {
        long
            ? mixed(before ?? 76, .base64, &r) + signature + mixed(5, .base64, &r) + (check ?? one(of: "AQgw", &r)) + "=="
            : mixed(before ?? 33, .base64, &r) + signature + (check ?? one(of: "ABCDEFGHIJKLMNOP", &r)) + mixed(5, .base64, &r) + "="
    }

    /// A common annotated security key of `provider`.
    static func azureAnnotated(_ provider: String, _ r: inout R, random: Int = 52, version: String? = nil) -> String {
        mixed(random, .base62, &r) + "JQ" + "QJ" + (version ?? ("9" + one(of: "9D", &r))) + r.string(1, .base62)
            + one(of: "ABCDEFGHIJKL", &r) + mixed(16, .base62, &r) + provider + mixed(4, .base62, &r)
    }

    static func azureKeySpec(_ id: String, _ signature: String, wrong: String, long: Bool) -> RuleSpec {
        .token(id, { _, r in azureIdentifiable(signature, long: long, &r) },
               fp: { r in [azureIdentifiable(wrong, long: long, &r), azureIdentifiable(signature, long: long, &r, before: long ? 75 : 32),
                           azureIdentifiable(signature, long: long, &r, check: long ? "B" : "Z")] })
    }

    static func sharedAccessKey(_ r: inout R) -> String { SampleSecrets.base64(r.bytes(32)) }

    static let azure: [RuleSpec] = [
        .sample("azure-app-configuration-connection-string", { i, r in
            let secret = sharedAccessKey(&r)
            return Sample("Endpoint=https://cfg-\(i)-store" + ".azconfig.io;Id=" + mixed(4, .base62, &r) + "-l" + String(r.below(10)) + "-s0:"
                + mixed(20, .base62, &r) + ";Secret=" + secret, secret: secret)
        }, fp: { r in ["Endpoint=https://contoso" + ".azconfig.io;Id=xxx;Secret=xxx",
                       "Endpoint=https://contoso" + ".azconfig.io;Id=ab12;Secret=" + SampleSecrets.base64(r.bytes(16)),
                       "Endpoint=https://contoso" + ".azconfig.io;Id=ab12;Secret=<secret>"] }),
        .sample("azure-iot-hub-connection-string", { i, r in
            let key = sharedAccessKey(&r)
            let host = i == 1 ? "dps1.azure-devices" + "-provisioning.net;SharedAccessKeyName=provisioningserviceowner"
                : "hub\(i).azure-devices" + ".net;SharedAccessKeyName=iothubowner"
            return Sample("HostName=" + host + ";SharedAccess" + "Key=" + key, secret: key)
        }, fp: { r in ["HostName=hub.azure-devices" + ".net;SharedAccessKeyName=iothubowner;SharedAccess" + "Key=" + SampleSecrets.base64(r.bytes(16)),
                       "HostName=hub.azure-devices" + ".net;SharedAccessKeyName=iothubowner;SharedAccess" + "Key=<key>"] }),
        .sample("azure-iot-device-connection-string", { i, r in
            let key = sharedAccessKey(&r)
            let module = i == 2 ? "ModuleId=camera;" : ""
            return Sample("HostName=hub.azure-devices" + ".net;DeviceId=sensor-\(i);" + module + "SharedAccess" + "Key=" + key, secret: key)
        }, fp: { r in ["HostName=hub.azure-devices" + ".net;DeviceId=sensor-1;SharedAccess" + "Key=" + SampleSecrets.base64(r.bytes(16)),
                       "HostName=hub.azure-devices" + ".net;DeviceId=sensor-1;x509=true"] }),
        .sample("azure-service-bus-connection-string", { i, r in
            let key = sharedAccessKey(&r)
            return Sample("Endpoint=sb://ns\(i).servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccess" + "Key=" + key
                + pick(i, [";EntityPath=orders", "", ""]), secret: key)
        }, fp: { r in ["Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccess" + "Key=<key>",
                       "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccess" + "Key=" + SampleSecrets.base64(r.bytes(16)),
                       "Endpoint=sb://ns.servicebus.windows.net/;Authentication=Managed Identity"] }),
        .sample("azure-communication-services-connection-string", { i, r in
            let key = SampleSecrets.base64(r.bytes(64))
            return Sample("endpoint=https://acs-\(i).communication" + ".azure.com/;accesskey=" + key, secret: key)
        }, fp: { r in ["endpoint=https://acs.communication" + ".azure.com/;accesskey=<key>",
                       "endpoint=https://acs.communication" + ".azure.com/;accesskey=" + SampleSecrets.base64(r.bytes(16))] }),
        .sample("azure-signalr-connection-string", { i, r in
            let key = sharedAccessKey(&r)
            return Sample("Endpoint=https://sig\(i).service" + ".signalr.net;Access" + "Key=" + key + ";Version=1.0;", secret: key)
        }, fp: { r in ["Endpoint=https://sig.service" + ".signalr.net;Access" + "Key=" + SampleSecrets.base64(r.bytes(16)) + ";Version=1.0;",
                       "Endpoint=https://sig.service" + ".signalr.net;AuthType=azure.msi;Version=1.0;"] }),
        .sample("azure-web-pubsub-connection-string", { i, r in
            let key = sharedAccessKey(&r)
            return Sample("Endpoint=https://wps\(i).webpubsub" + ".azure.com;Access" + "Key=" + key + ";Version=1.0;", secret: key)
        }, fp: { r in ["Endpoint=https://wps.webpubsub" + ".azure.com;Access" + "Key=" + SampleSecrets.base64(r.bytes(16)) + ";Version=1.0;",
                       "Endpoint=https://wps.webpubsub" + ".azure.com;AuthType=azure.msi;Version=1.0;"] }),
        .sample("azure-redis-connection-string", { i, r in
            let key = sharedAccessKey(&r)
            let text = pick(i, ["cache0.redis" + ".cache.windows.net:6380,pass" + "word=" + key + ",ssl=True,abortConnect=False",
                                "app.westeurope.redis" + ".azure.net:10000,pass" + "word=" + key + ",ssl=True",
                                "cache2.redis" + ".cache.windows.net:6380,ssl=True,pass" + "word=" + key])
            return Sample(text, secret: key)
        }, fp: { r in ["cache.redis" + ".cache.windows.net:6380,pass" + "word=,ssl=True",
                       "cache.redis" + ".cache.windows.net:6380,pass" + "word=" + SampleSecrets.base64(r.bytes(16)) + ",ssl=True"] }),
        .sample("azure-functions-key", { i, r in
            let key = SampleSecrets.base64url(r.bytes(40)) + (i == 1 ? "%3D%3D" : "==")
            let text = i == 2 ? "x-functions" + "-key: " + key
                : "https://fn\(i)-app.azurewebsites" + ".net/api/HttpTrigger1?co" + "de=" + key
            return Sample(text, secret: key)
        }, fp: { r in ["https://fn.azurewebsites" + ".net/api/Http?co" + "de=<code>", "https://fn.azurewebsites" + ".net/api/Http?co" + "de=abc123",
                       "https://fn.azurewebsites" + ".net/api/Http?name=" + mixed(50, .base62, &r)] }),
        .token("azure-functions-identifiable-key", { _, r in
            mixed(44, .base64url, &r) + "Az" + "Fu" + mixed(5, .base64url, &r) + one(of: "AQgw", &r) + "=="
        }, fp: { r in [mixed(43, .base64url, &r) + "Az" + "Fu" + mixed(5, .base64url, &r) + "A==",
                       mixed(44, .base64url, &r) + "Az" + "Fu" + mixed(5, .base64url, &r) + "B==",
                       mixed(44, .base64url, &r) + "Az" + "Fx" + mixed(5, .base64url, &r) + "A=="] }),
        .token("azure-devops-pat", { _, r in azureAnnotated("AZ" + "DO", &r) },
               fp: { r in [azureAnnotated("AZ" + "DO", &r, random: 51), azureAnnotated("AZ" + "DO", &r, version: "77")] }),
        .keyed("azure-devops-pat-legacy", name: "AZURE_DEVOPS_PAT", { _, r in drawn(52, from: "abcdefghijklmnopqrstuvwxyz234567", &r) },
               fp: { r in [drawn(51, from: "abcdefghijklmnopqrstuvwxyz234567", &r), drawn(52, from: "abcdefghijklmnopqrstuvwxyz234567", &r).uppercased(),
                           drawn(52, from: "abcdefghijklmnopqrstuvwxyz0189", &r)] }),
        .token("azure-ai-services-key", { _, r in azureAnnotated("AC" + "OG", &r) },
               fp: { r in [azureAnnotated("AC" + "OG", &r, random: 51), azureAnnotated("AC" + "OG", &r, version: "88")] }),
        .keyed("azure-openai-key", name: "AZURE_OPENAI_API_KEY", { _, r in hex(32, &r) },
               fp: { r in [hex(31, &r), mixed(32, .base62, &r)] },
               fpTexts: ["AZURE_OPENAI_DEPLOYMENT_ID = \"" + "9f4c2b7e1a8d4e6f0c3b5a7d9e1f2c4b" + "\"\n"]),
        .token("azure-event-grid-key", { i, r in
            i == 1 ? azureAnnotated("AZ" + "EG", &r) : mixed(33, .base64, &r) + "AZ" + "EG" + one(of: "ABCDEFGHIJKLMNOP", &r) + mixed(5, .base64, &r) + "="
        }, fp: { r in [mixed(32, .base64, &r) + "AZ" + "EG" + "A" + mixed(5, .base64, &r) + "=",
                       mixed(33, .base64, &r) + "AZ" + "EG" + "Z" + mixed(5, .base64, &r) + "=", azureAnnotated("AZ" + "EG", &r, version: "12")] }),
        .token("azure-search-key", { _, r in mixed(42, .base62, &r) + "Az" + "Se" + one(of: "ABCD", &r) + mixed(5, .base62, &r) },
               fp: { r in [mixed(42, .base62, &r) + "Az" + "Se" + "E" + mixed(5, .base62, &r), mixed(41, .base62, &r) + "Az" + "Se" + "A" + mixed(5, .base62, &r)] }),
        .keyed("azure-search-key-legacy", name: "AZURE_SEARCH_ADMIN_KEY", { i, r in i == 1 ? hex(32, &r).uppercased() : hex(32, &r) },
               fp: { r in [mixed(32, .base62, &r), "xxxx" + hex(28, &r)] }),
        .token("azure-container-registry-key", { _, r in mixed(42, .base64, &r) + "+AC" + "R" + one(of: "ABCD", &r) + mixed(5, .base64, &r) },
               fp: { r in [mixed(42, .base64, &r) + "+AC" + "R" + "E" + mixed(5, .base64, &r), mixed(41, .base64, &r) + "+AC" + "R" + "A" + mixed(5, .base64, &r)] }),
        .keyed("azure-container-registry-password", name: "ACR_PASSWORD", { _, r in mixed(32, .base64, &r) },
               fp: { r in [mixed(31, .base64, &r), mixed(33, .base64, &r)] }),
        .keyed("azure-maps-key", name: "AZURE_MAPS_SUBSCRIPTION_KEY", { _, r in mixed(43, .base64url, &r) },
               fp: { r in [mixed(42, .base64url, &r), mixed(44, .base64url, &r)] }),
        .keyed("azure-apim-subscription-key", name: "Ocp-Apim-Subscription-Key", { _, r in hex(32, &r) },
               fp: { r in ["<your-subscription-key>", "xxxx" + hex(28, &r)] }),
        azureKeySpec("azure-apim-key", "AP" + "IM", wrong: "AP" + "IX", long: true),
        azureKeySpec("azure-batch-key", "+AB" + "a", wrong: "+AB" + "x", long: true),
        azureKeySpec("azure-cosmos-db-key", "AC" + "Db", wrong: "AC" + "Dx", long: true),
        azureKeySpec("azure-storage-identifiable-key", "+AS" + "t", wrong: "+AS" + "x", long: true),
        azureKeySpec("azure-cache-for-redis-key", "Az" + "Ca", wrong: "Az" + "Cx", long: false),
        azureKeySpec("azure-service-bus-key", "+AS" + "b", wrong: "+AS" + "y", long: false),
        azureKeySpec("azure-event-hubs-key", "+AE" + "h", wrong: "+AE" + "x", long: false),
        azureKeySpec("azure-relay-key", "+AR" + "m", wrong: "+AR" + "x", long: false),
        azureKeySpec("azure-iot-key", "AI" + "oT", wrong: "AI" + "oX", long: false),
        .token("azure-annotated-key", { i, r in azureAnnotated(pick(i, ["AW" + "PS", "AS" + "RS", "AZ" + "MP"]), &r) },
               fp: { r in [azureAnnotated("AW" + "PS", &r, random: 51), azureAnnotated("AW" + "PS", &r, version: "12")] }),
    ]
}
