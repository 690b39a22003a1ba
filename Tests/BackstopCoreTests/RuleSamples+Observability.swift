@testable import BackstopCore
import BackstopTestSupport
import Foundation

extension RuleSamples {
    static let observability: [RuleSpec] = [
        .token("honeycomb-ingest-key", { i, r in "hc" + pick(i, ["aik_", "xik_", "bik_"]) + mixed(58, .lowerAlnum, &r) },
               fp: { r in ["hc" + "aik_" + mixed(57, .lowerAlnum, &r), "hc" + "aik_" + mixed(58, .upperAlnum, &r)] }),
        .keyed("honeycomb-api-key", name: "HONEYCOMB_API_KEY", { i, r in i == 1 ? mixed(22, .base62, &r) : hex(32, &r) },
               fp: { r in [hex(31, &r), r.string(22, .letters)] }, fpTexts: ["honeycomb_lattice_digest: " + "9f86d081884c7d659a2feaa0c55ad015" + "\n"]),
        .keyed("lightstep-access-token", name: "LIGHTSTEP_ACCESS_TOKEN", { i, r in i == 1 ? hex(32, &r) : mixed(128, .base64, &r) },
               fp: { r in [mixed(40, .base62, &r), hex(31, &r)] }),
        keyedUUID("splunk-hec-token", name: "SPLUNK_HEC_TOKEN"),
        keyedMixed("splunk-observability-token", name: "SPLUNK_ACCESS_TOKEN", 22),
        .keyed("sumologic-access-id", name: "SUMO_ACCESS_ID", { _, r in "su" + mixed(12, .base62, &r) },
               fp: { r in ["su" + mixed(11, .base62, &r), "ab" + mixed(12, .base62, &r)] }),
        .keyed("sumologic-access-key", name: "SUMO_ACCESS_KEY", { _, r in mixed(64, .base62, &r) },
               fp: { r in [hex(64, &r), mixed(63, .base62, &r)] }),
        .sample("sumologic-collector-url", { i, r in
            let token = SampleSecrets.base64(r.bytes(60))
            return Sample("https://endpoint" + pick(i, ["4", "1", ""]) + ".collection." + pick(i, ["", "us2.", "eu."]) + "sumo" + "logic.com/receiver/v1/http/" + token,
                          secret: token)
        }, fp: { r in ["https://endpoint4.collection.sumo" + "logic.com/receiver/v1/http/" + mixed(20, .base62, &r),
                       "https://endpoint4.collection.sumo" + "logic.com/receiver/v1/http/" + String(repeating: "x", count: 60)] }),
        keyedUUID("loggly-token", name: "LOGGLY_TOKEN"),
        .keyed("logzio-token", name: "LOGZIO_TOKEN", { i, r in pick(i, [mixed(32, .base62, &r), SampleSecrets.uuid(&r), r.string(32, .letters)]) },
               fp: { r in [mixed(31, .base62, &r), mixed(33, .base62, &r)] }),
        keyedMixed("papertrail-api-token", name: "PAPERTRAIL_API_TOKEN", 20),
        keyedHex("mezmo-ingestion-key", name: "LOGDNA_INGESTION_KEY", 32),
        keyedHex("rollbar-access-token", name: "ROLLBAR_ACCESS_TOKEN", 32),
        keyedHex("bugsnag-api-key", name: "BUGSNAG_API_KEY", 32),
        .keyed("airbrake-key", name: "AIRBRAKE_PROJECT_KEY", { i, r in hex(i == 1 ? 40 : 32, &r) },
               fp: { r in [hex(31, &r), hex(36, &r)] }),
        .keyed("raygun-api-key", name: "RAYGUN_API_KEY", { i, r in i == 1 ? mixed(40, .base62, &r) : mixed(22, .base62, &r) + "==" },
               fp: { r in [mixed(12, .base62, &r), r.string(22, .letters)] }),
        .token("honeybadger-personal-token", { _, r in "hb" + "p_" + mixed(36, .base62, &r) },
               fp: { r in ["hb" + "p_" + mixed(20, .base62, &r), "hb" + "p_" + String(repeating: "x", count: 36)] }),
        .keyed("honeybadger-api-key", name: "HONEYBADGER_API_KEY", { _, r in mixed(24, .base62, &r) },
               fp: { r in [mixed(10, .base62, &r), r.string(24, .letters)] }),
        .keyed("pagerduty-api-key", name: "PAGERDUTY_API_KEY", { i, r in pick(i, ["u+" + mixed(18, .base62, &r), mixed(20, .base62, &r), hex(32, &r)]) },
               fp: { r in [mixed(12, .base62, &r), r.string(20, .letters)] }),
        keyedUUID("opsgenie-api-key", name: "OPSGENIE_API_KEY"),
        .keyed("statuspage-api-key", name: "STATUSPAGE_API_KEY", { i, r in i == 1 ? hex(32, &r) : SampleSecrets.uuid(&r) },
               fp: { r in [hex(31, &r), String(SampleSecrets.uuid(&r).dropLast())] }),
        keyedMixed("betterstack-token", name: "LOGTAIL_SOURCE_TOKEN", 24),
        hexToken("checkly-api-key", "c" + "u_", 32),
        .token("grafana-api-key", { i, r in
            SampleSecrets.base64(Array(("{\"k\":\"" + mixed(32, .base62, &r) + "\",\"n\":\"ci-deploy-" + r.string(pick(i, [8, 12, 16]), .lowerAlnum)
                + "\",\"id\":" + r.digits(2) + "}").utf8))
        }, fp: { r in [SampleSecrets.base64(Array(("{\"k\":\"" + mixed(8, .base62, &r) + "\"}").utf8)),
                       "eyJr" + "Ijoi" + String(repeating: "x", count: 80)] }),
        .keyed("grafana-oncall-token", name: "GRAFANA_ONCALL_TOKEN", { i, r in i == 1 ? hex(64, &r) : mixed(48, .base62, &r) },
               fp: { r in [mixed(20, .base62, &r), r.string(48, .letters)] }),
        keyedMixed("elastic-apm-secret-token", name: "ELASTIC_APM_SECRET_TOKEN", 32, short: 10),
        keyedMixed("instana-agent-key", name: "INSTANA_AGENT_KEY", 22),
        .keyed("appdynamics-access-key", name: "APPDYNAMICS_AGENT_ACCOUNT_ACCESS_KEY", { i, r in i == 1 ? SampleSecrets.uuid(&r) : mixed(12, .lowerAlnum, &r) },
               fp: { r in [mixed(11, .lowerAlnum, &r), r.string(12, .letters).lowercased()] }),
        keyedMixed("scalyr-api-key", name: "SCALYR_API_KEY", 44, .base64url, short: 30),
        .token("coralogix-api-key", { i, r in "cx" + pick(i, ["tp_", "up_"]) + mixed(30, .base62, &r) },
               fp: { r in ["cx" + "tp_" + mixed(29, .base62, &r), "cx" + "xp_" + mixed(30, .base62, &r)] }),
        keyedUUID("coralogix-private-key", name: "CORALOGIX_PRIVATE_KEY"),
        .token("axiom-token", { i, r in "xa" + pick(i, ["at-", "pt-"]) + SampleSecrets.uuid(&r) },
               fp: { r in ["xa" + "at-" + String(SampleSecrets.uuid(&r).dropLast()), "xa" + "at-" + "server-token-value"] }),
        .token("posthog-personal-api-key", { _, r in "ph" + "x_" + mixed(43, .base62, &r) },
               fp: { r in ["ph" + "x_" + mixed(20, .base62, &r), "ph" + "c_" + mixed(43, .base62, &r)] }),
        keyedMixed("mixpanel-api-secret", name: "MIXPANEL_API_SECRET", 32),
        keyedHex("amplitude-secret-key", name: "AMPLITUDE_SECRET_KEY", 32),
        .keyed("segment-write-key", name: "SEGMENT_WRITE_KEY", { _, r in mixed(32, .base62, &r) },
               fp: { r in [hex(32, &r), mixed(31, .base62, &r)] }),
        keyedMixed("rudderstack-write-key", name: "RUDDERSTACK_WRITE_KEY", 27),
        keyedMixed("heap-api-key", name: "HEAP_API_KEY", 40, short: 20),
        .keyed("fullstory-api-key", name: "FULLSTORY_API_KEY", { i, r in pick(i, ["na1.", "eu1.", "na1."]) + SampleSecrets.base64(r.bytes(60)) },
               fp: { r in ["na1." + mixed(10, .base62, &r), "xx1." + SampleSecrets.base64(r.bytes(60))] }),
        keyedMixed("logrocket-api-key", name: "LOGROCKET_API_KEY", 40, short: 12),
        .sample("sentry-dsn-secret", { i, r in
            let secret = hex(32, &r)
            return Sample("https://" + hex(32, &r) + ":" + secret + "@" + pick(i, ["sentry.io", "o12.ingest.sentry.io", "sentry.acme.io:9000"]) + "/" + r.digits(4),
                          secret: secret)
        }, fp: { r in ["https://" + hex(32, &r) + "@o12.ingest.sentry.io/" + r.digits(4), "https://" + hex(32, &r) + "@sentry.acme.io/" + r.digits(2)] }),
        keyedHex("sentry-legacy-auth-token", name: "SENTRY_AUTH_TOKEN", 64),
        keyedHex("appoptics-api-token", name: "APPOPTICS_TOKEN", 64),
        .keyed("uptimerobot-api-key", name: "UPTIMEROBOT_API_KEY", { i, r in pick(i, ["u", "ur", "m"]) + r.digits(7) + "-" + hex(24, &r) },
               fp: { r in ["u" + r.digits(7) + "-" + hex(23, &r), "x" + r.digits(7) + "-" + hex(24, &r)] }),
        keyedHex("cronitor-api-key", name: "CRONITOR_API_KEY", 32),
    ]
}
