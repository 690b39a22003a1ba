@testable import BackstopCore
import BackstopTestSupport
import Foundation

extension RuleSamples {
    static func miroPrefix(_ region: String = "eu01") -> String {
        SampleSecrets.base64url(Array(("{\"miro" + ".origin\":\"" + region + "\"}").utf8))
    }

    static let businessSaaS: [RuleSpec] = [
        .token("hubspot-private-app-token", { i, r in "pat" + "-" + pick(i, ["na1", "eu1", "na2"]) + "-" + SampleSecrets.uuid(&r) },
               fp: { r in ["pat" + "-xx1-" + SampleSecrets.uuid(&r), "pat" + "-na1-" + String(SampleSecrets.uuid(&r).dropLast(2))] }),
        keyedUUID("hubspot-api-key", name: "HUBSPOT_API_KEY"),
        .token("salesforce-access-token", { i, r in
            "00" + "D" + mixed(pick(i, [15, 12, 15]), .base62, &r) + "!" + mixed(30, .base62, &r) + "." + mixed(pick(i, [70, 80, 90]), .base62, &r)
        }, fp: { r in ["00" + "D" + mixed(15, .base62, &r) + "!" + mixed(20, .base62, &r), "00" + "E" + mixed(15, .base62, &r) + "!" + mixed(100, .base62, &r)] }),
        .token("salesforce-refresh-token", { _, r in "5A" + "ep861" + mixed(82, .base62, &r) },
               fp: { r in ["5A" + "ep861" + mixed(30, .base62, &r), "5A" + "eq861" + mixed(82, .base62, &r)] }),
        keyedValue("zendesk-api-token", name: "ZENDESK_API_TOKEN", 40, .base62),
        keyedValue("freshdesk-api-key", name: "FRESHDESK_API_KEY", 20, .base62),
        .keyed("freshworks-api-key", name: "FRESHSALES_API_KEY", { i, r in mixed(pick(i, [22, 20, 22]), .base64url, &r) },
               fp: { r in [mixed(19, .base64url, &r), String(repeating: "x", count: 22)] }),
        .keyed("asana-personal-access-token", name: "ASANA_ACCESS_TOKEN", { i, r in
            i == 1 ? "1/" + r.digits(16) + ":" + hex(32, &r) : "2/" + r.digits(16) + "/" + r.digits(16) + ":" + hex(32, &r)
        }, fp: { r in ["2/" + r.digits(16) + ":" + hex(20, &r), "3/" + r.digits(16) + ":" + hex(32, &r)] }),
        .keyed("airtable-personal-access-token", name: "AIRTABLE_TOKEN", { _, r in "pat" + mixed(14, .base62, &r) + "." + hex(64, &r) },
               fp: { r in ["pat" + mixed(14, .base62, &r) + "." + hex(63, &r), "pax" + mixed(14, .base62, &r) + "." + hex(64, &r)] }),
        .keyed("airtable-api-key", name: "AIRTABLE_API_KEY", { _, r in "key" + mixed(14, .base62, &r) },
               fp: { r in ["key" + mixed(13, .base62, &r), "kez" + mixed(14, .base62, &r)] }),
        .token("clickup-api-token", { _, r in "pk" + "_" + r.digits(8) + "_" + mixed(32, .upperAlnum, &r) },
               fp: { r in ["pk" + "_0" + r.digits(7) + "_" + mixed(32, .upperAlnum, &r), "pk" + "_" + r.digits(8) + "_" + mixed(32, .lowerAlnum, &r)] }),
        .keyed("trello-api-token", name: "TRELLO_TOKEN", { i, r in i == 1 ? hex(64, &r) : "AT" + "TA" + hex(72, &r) },
               fp: { r in [hex(63, &r), "AT" + "TA" + hex(60, &r)] }),
        .token("typeform-api-token", { _, r in "tf" + "p_" + mixed(44, .base62, &r) + "_" + mixed(14, .base62, &r) },
               fp: { r in ["tf" + "p_" + mixed(20, .base62, &r), "tf" + "x_" + mixed(44, .base62, &r) + "_" + mixed(14, .base62, &r)] }),
        prefixed("contentful-personal-access-token", "CFP" + "AT-", 43),
        keyedValue("algolia-admin-key", name: "ALGOLIA_ADMIN_API_KEY", 32, .hex),
        .token("dropbox-short-lived-token", { i, r in "sl" + "." + pick(i, ["B", "7", "u."]) + mixed(pick(i, [140, 150, 600]), .base64url, &r) },
               fp: { r in ["sl" + "." + mixed(40, .base64url, &r), "sx" + ".B" + mixed(150, .base64url, &r)] }),
        .keyed("dropbox-long-lived-token", name: "DROPBOX_ACCESS_TOKEN", { _, r in mixed(11, .lowerAlnum, &r) + String(repeating: "A", count: 10) + mixed(43, .base64url, &r) },
               fp: { r in [mixed(11, .lowerAlnum, &r) + String(repeating: "A", count: 9) + "b" + mixed(42, .base64url, &r),
                           mixed(11, .lowerAlnum, &r) + String(repeating: "A", count: 10) + mixed(30, .base64url, &r)] }),
        keyedValue("dropbox-app-secret", name: "DROPBOX_APP_SECRET", 15, .lowerAlnum),
        keyedValue("box-api-token", name: "BOX_CLIENT_SECRET", 32, .base62),
        keyedUUID("docusign-secret-key", name: "DOCUSIGN_SECRET_KEY"),
        .token("miro-access-token", { i, r in miroPrefix(pick(i, ["eu01", "us01", "eu01"])) + "_" + mixed(27, .base64url, &r) },
               fp: { r in [miroPrefix() + "_" + mixed(10, .base62, &r), miroPrefix() + mixed(27, .base62, &r)] }),
        keyedValue("webflow-api-token", name: "WEBFLOW_API_TOKEN", 64, .hex),
        .keyed("ghost-admin-api-key", name: "GHOST_ADMIN_API_KEY", { _, r in hex(24, &r) + ":" + hex(64, &r) },
               fp: { r in [hex(24, &r) + ":" + hex(32, &r), hex(23, &r) + ":" + hex(64, &r)] }),
        .keyed("sanity-api-token", name: "SANITY_API_TOKEN", { i, r in "sk" + mixed(pick(i, [180, 90, 120]), .base62, &r) },
               fp: { r in ["sk" + mixed(30, .base62, &r), "sx" + mixed(180, .base62, &r)] }),
        .sample("cloudinary-url", { i, r in
            let secret = mixed(27, .base64url, &r)
            return Sample("cloudinary" + "://" + r.digits(15) + ":" + secret + "@acme-cloud-\(i)", secret: secret)
        }, fp: { r in ["cloudinary" + "://" + r.digits(15) + ":" + mixed(10, .base64url, &r) + "@acme", "cloudinary" + "://<api_key>:<api_secret>@<cloud_name>"] }),
        keyedValue("cloudinary-api-secret", name: "CLOUDINARY_API_SECRET", 27, .base64url),
        keyedValue("uploadcare-secret-key", name: "UPLOADCARE_SECRET_KEY", 20, .hex),
        prefixed("frameio-api-token", "fio" + "-u-", 64),
        prefixed("shippo-api-token", "shippo" + "_live_", 40, .hex),
        prefixed("duffel-api-token", "duffel" + "_live_", 43),
        .keyed("lob-api-key", name: "LOB_API_KEY", { _, r in "live" + "_" + hex(35, &r) },
               fp: { r in ["test" + "_" + hex(35, &r), "live" + "_" + hex(34, &r)] }),
        .keyed("beamer-api-key", name: "BEAMER_API_KEY", { _, r in "b" + "_" + mixed(44, .base64url, &r) },
               fp: { r in ["b" + "_" + mixed(43, .base64url, &r), "c" + "_" + mixed(44, .base64url, &r)] }),
        .token("nylas-api-key", { _, r in "nyk" + "_v0_" + mixed(50, .base64url, &r) },
               fp: { r in ["nyk" + "_v0_" + mixed(30, .base64url, &r), "nyk" + "_v0_" + String(repeating: "x", count: 50)] }),
        .keyed("surveymonkey-access-token", name: "SURVEYMONKEY_ACCESS_TOKEN", { _, r in mixed(60, .base64url, &r) },
               fp: { r in [mixed(39, .base64url, &r), String(repeating: "x", count: 60)] }),
        .sample("zapier-webhook-url", { _, r in
            let path = "hooks" + ".zapier.com/hooks/catch/" + r.digits(7) + "/" + mixed(7, .lowerAlnum, &r)
            return Sample("https://" + path + "/", secret: path)
        }, fp: { r in ["https://hooks" + ".zapier.com/hooks/catch/" + r.digits(7) + "/", "https://hooks" + ".zapier.com/hooks/standard/" + r.digits(7) + "/" + mixed(7, .lowerAlnum, &r)] }),
        .sample("ifttt-webhook-key", { i, r in
            let key = mixed(pick(i, [22, 22, 43]), .base64url, &r)
            return Sample("https://maker" + ".ifttt.com/trigger/" + pick(i, ["deploy_done", "door_open", "alert"]) + pick(i, ["/with/key/", "/json/with/key/", "/with/key/"]) + key,
                          secret: key)
        }, fp: { r in ["https://maker" + ".ifttt.com/trigger/deploy/with/key/" + mixed(10, .base64url, &r), "https://maker" + ".ifttt.com/trigger/deploy/with/key/{your_key}"] }),
        .sample("make-webhook-url", { i, r in
            let path = "hook" + "." + pick(i, ["eu1", "us1", "eu2"]) + ".make" + ".com/" + mixed(32, .lowerAlnum, &r)
            return Sample("https://" + path, secret: path)
        }, fp: { r in ["https://hook" + ".eu1.make" + ".com/" + mixed(31, .lowerAlnum, &r), "https://hook" + ".eu1.make" + ".com/" + String(repeating: "x", count: 32)] }),
        keyedValue("auth0-client-secret", name: "AUTH0_CLIENT_SECRET", 64, .base64url),
        .keyed("workos-api-key", name: "WORKOS_API_KEY", { i, r in "sk" + "_" + mixed(pick(i, [60, 80, 50]), .base62, &r) },
               fp: { r in ["sk" + "_test_" + mixed(60, .base62, &r), "sk" + "_" + mixed(20, .base62, &r)] }),
        .token("stytch-project-secret", { _, r in "secret" + "-live-" + mixed(36, .base64url, &r) },
               fp: { r in ["secret" + "-test-" + mixed(36, .base64url, &r), "secret" + "-live-" + mixed(20, .base64url, &r)] }),
        .keyed("okta-client-secret", name: "OKTA_CLIENT_SECRET", { i, r in "Q" + mixed(pick(i, [39, 63, 47]), .base64url, &r) },
               fp: { r in [mixed(30, .base64url, &r), String(repeating: "x", count: 40)] }),
        keyedValue("xero-client-secret", name: "XERO_CLIENT_SECRET", 48, .base64url),
        keyedValue("quickbooks-client-secret", name: "QUICKBOOKS_CLIENT_SECRET", 40, .base62),
        .token("harvest-access-token", { _, r in r.digits(7) + ".pt." + mixed(86, .base64url, &r) },
               fp: { r in [r.digits(7) + ".pt." + mixed(40, .base64url, &r), r.digits(7) + ".px." + mixed(86, .base64url, &r)] }),
        keyedValue("pipedrive-api-token", name: "PIPEDRIVE_API_TOKEN", 40, .hex),
        keyedValue("freshbooks-access-token", name: "FRESHBOOKS_ACCESS_TOKEN", 64, .hex),
        keyedValue("jotform-api-key", name: "JOTFORM_API_KEY", 32, .hex),
        keyedValue("smartsheet-access-token", name: "SMARTSHEET_ACCESS_TOKEN", 26, .base62),
        keyedValue("todoist-api-token", name: "TODOIST_API_TOKEN", 40, .hex),
        keyedValue("here-api-key", name: "HERE_API_KEY", 43, .base64url),
        keyedValue("tomtom-api-key", name: "TOMTOM_API_KEY", 32, .base62),
    ]
}
