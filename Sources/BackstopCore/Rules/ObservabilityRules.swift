extension BuiltInRules {
    /// Honeycomb ingest key prefixes: `hc`, one letter assigned at creation, `ik_`.
    static let honeycombIngestPrefixes = "abcdefghijklmnopqrstuvwxyz".map { "hc\($0)ik_" }

    /// Logging, tracing, error tracking, alerting, status and product analytics services.
    static let observability: [SecretRule] = [
        SecretRule(
            id: "honeycomb-ingest-key", description: "Honeycomb ingest key", family: "observability",
            pattern: #"\b(hc[a-z]ik_[0-9a-z]{58})\b"#, keywords: honeycombIngestPrefixes, secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "honeycomb-api-key", description: "Honeycomb classic or configuration API key", family: "observability",
            pattern: named("honeycomb", value: #"[a-f0-9]{32}|[A-Za-z0-9]{22}"#),
            keywords: ["honeycomb"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1,
            nameStopwords: identifierNames + ["dataset", "team_slug", "endpoint", "digest", "hash", "sha", "checksum"],
            valueChecks: [.containsDigit]),
        SecretRule(
            id: "lightstep-access-token", description: "Lightstep (ServiceNow Cloud Observability) access token", family: "observability",
            pattern: named("lightstep|ls[_.]access[_.]token", value: #"[A-Za-z0-9+/]{60,200}={0,2}|[a-f0-9]{32}"#),
            keywords: ["lightstep", "ls_access_token", "ls.access.token"], secretGroup: 2, minimumEntropy: 3.5, nameGroup: 1,
            nameStopwords: identifierNames, valueChecks: [.containsDigit]),
        SecretRule(
            id: "splunk-hec-token", description: "Splunk HTTP Event Collector token", family: "observability",
            pattern: named("splunk|hec[_.-]?token", value: toolingUUID, end: #"\b"#),
            keywords: ["splunk", "hec_token", "hec-token", "hec.token", "hectoken"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1,
            nameStopwords: identifierNames + ["index", "channel", "source"]),
        SecretRule(
            id: "splunk-observability-token", description: "Splunk Observability Cloud (SignalFx) access token", family: "observability",
            pattern: named(#"signalfx|sfx[_.-](?:access[_.-])?token|splunk[_.-]?(?:o11y|observability|access)[_.-]?token"#, value: #"[A-Za-z0-9_-]{22}"#),
            keywords: ["signalfx", "sfx_", "sfx-", "sfx.", "splunk"], secretGroup: 2, minimumEntropy: 3.5, nameGroup: 1,
            nameStopwords: identifierNames + ["realm"], valueChecks: [.containsDigit, .notWordSlug]),
        SecretRule(
            id: "sumologic-access-id", description: "Sumo Logic access id", family: "observability",
            pattern: named("sumo", value: #"su[A-Za-z0-9]{12}"#),
            keywords: ["sumo"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1, nameStopwords: ["endpoint", "url", "region"],
            valueChecks: [.containsDigit]),
        SecretRule(
            id: "sumologic-access-key", description: "Sumo Logic access key", family: "observability",
            pattern: named("sumo", value: #"[A-Za-z0-9]{64}"#),
            keywords: ["sumo"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit, .notHexDigest]),
        SecretRule(
            id: "sumologic-collector-url", description: "Sumo Logic HTTP source URL with its collector token", family: "observability",
            pattern: #"(?i)\bhttps://endpoint[0-9]?\.collection\.(?:[a-z0-9]+\.)?sumologic\.com/receiver/v1/(?:http|otlp)/(?-i:([A-Za-z0-9+/=_-]{40,200}))"#,
            keywords: ["sumologic.com/receiver"], secretGroup: 1, minimumEntropy: 4.0, windowBefore: 80, windowAfter: 240),
        SecretRule(
            id: "loggly-token", description: "Loggly customer token", family: "observability",
            pattern: named("loggly", value: toolingUUID, end: #"\b"#),
            keywords: ["loggly"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1, nameStopwords: identifierNames),
        SecretRule(
            id: "logzio-token", description: "Logz.io shipping or API token", family: "observability",
            pattern: named(#"logz[_.-]?io|logzio"#, value: #"[A-Za-z0-9]{32}|"# + toolingUUID, end: #"\b"#),
            keywords: ["logzio", "logz_io", "logz-io", "logz.io"], secretGroup: 2, minimumEntropy: 3.5, nameGroup: 1,
            nameStopwords: identifierNames + ["listener", "url"]),
        SecretRule(
            id: "papertrail-api-token", description: "Papertrail API token", family: "observability",
            pattern: named("papertrail", value: #"[A-Za-z0-9]{20}"#),
            keywords: ["papertrail"], secretGroup: 2, minimumEntropy: 3.5, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit]),
        SecretRule(
            id: "mezmo-ingestion-key", description: "Mezmo (LogDNA) ingestion or service key", family: "observability",
            pattern: named("logdna|mezmo", value: #"[a-f0-9]{32}"#, end: #"\b"#),
            keywords: ["logdna", "mezmo"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1, nameStopwords: identifierNames),
        SecretRule(
            id: "rollbar-access-token", description: "Rollbar access token", family: "observability",
            pattern: named("rollbar", value: #"[a-f0-9]{32}"#, end: #"\b"#),
            keywords: ["rollbar"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1, nameStopwords: identifierNames),
        SecretRule(
            id: "bugsnag-api-key", description: "Bugsnag API or data access key", family: "observability",
            pattern: named("bugsnag", value: #"[a-f0-9]{32}"#, end: #"\b"#),
            keywords: ["bugsnag"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1, nameStopwords: identifierNames),
        SecretRule(
            id: "airbrake-key", description: "Airbrake project or user key", family: "observability",
            pattern: named("airbrake", value: #"[a-f0-9]{40}|[a-f0-9]{32}"#, end: #"\b"#),
            keywords: ["airbrake"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1, nameStopwords: identifierNames),
        SecretRule(
            id: "raygun-api-key", description: "Raygun API key or personal access token", family: "observability",
            pattern: named("raygun", value: #"[A-Za-z0-9+/]{20,24}={0,2}|[A-Za-z0-9]{40}"#, end: #"(?![A-Za-z0-9+/=])"#),
            keywords: ["raygun"], secretGroup: 2, minimumEntropy: 3.5, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit]),
        SecretRule(
            id: "honeybadger-personal-token", description: "Honeybadger personal authentication token", family: "observability",
            pattern: #"\b(hbp_[A-Za-z0-9]{30,48})\b"#, keywords: ["hbp_"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "honeybadger-api-key", description: "Honeybadger project API key", family: "observability",
            pattern: named("honeybadger", value: #"[A-Za-z0-9]{20,32}"#),
            keywords: ["honeybadger"], secretGroup: 2, minimumEntropy: 3.5, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit, .notHexDigest]),
        SecretRule(
            id: "pagerduty-api-key", description: "PagerDuty REST API key or integration (routing) key", family: "observability",
            pattern: named("pagerduty|pager_duty", value: #"u\+[A-Za-z0-9_+-]{18}|[A-Za-z0-9_+-]{20}|[a-f0-9]{32}"#),
            keywords: ["pagerduty", "pager_duty"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1,
            nameStopwords: identifierNames + ["service", "schedule", "policy", "escalation", "user"], valueChecks: [.containsDigit, .notWordSlug]),
        SecretRule(
            id: "opsgenie-api-key", description: "Opsgenie API or integration key", family: "observability",
            pattern: named("opsgenie|genie[_.-]?key", value: toolingUUID, end: #"\b"#),
            keywords: ["opsgenie", "genie_key", "genie-key", "genie.key", "geniekey"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1,
            nameStopwords: identifierNames + ["team", "schedule"]),
        SecretRule(
            id: "statuspage-api-key", description: "Atlassian Statuspage API key", family: "observability",
            pattern: named("statuspage|status_page", value: toolingUUID + #"|[a-f0-9]{32}"#, end: #"\b"#),
            keywords: ["statuspage", "status_page"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1,
            nameStopwords: identifierNames + ["component", "incident"]),
        SecretRule(
            id: "betterstack-token", description: "Better Stack (Logtail, Better Uptime) token", family: "observability",
            pattern: named("betterstack|better_stack|logtail|betteruptime|better_uptime", value: #"[A-Za-z0-9]{24}"#),
            keywords: ["betterstack", "better_stack", "logtail", "betteruptime", "better_uptime"], secretGroup: 2, minimumEntropy: 3.5,
            nameGroup: 1, nameStopwords: identifierNames + ["host", "url"], valueChecks: [.containsDigit]),
        SecretRule(
            id: "checkly-api-key", description: "Checkly API key", family: "observability",
            pattern: #"\b(cu_[a-f0-9]{32})\b"#, keywords: ["cu_"], secretGroup: 1, minimumEntropy: 3.0, windowBefore: 4, windowAfter: 40),
        SecretRule(
            id: "grafana-api-key", description: "Grafana API key (legacy)", family: "observability",
            pattern: #"\b(eyJrIjoi[A-Za-z0-9+/]{70,400}={0,3})(?![A-Za-z0-9+/=])"#,
            keywords: ["eyjrijoi"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "grafana-oncall-token", description: "Grafana OnCall or IRM API token", family: "observability",
            pattern: named(#"grafana[_.-]?(?:oncall|irm)"#, value: #"[a-f0-9]{64}|[A-Za-z0-9]{40,64}"#),
            keywords: ["grafana"], secretGroup: 2, minimumEntropy: 3.5, nameGroup: 1, nameStopwords: identifierNames + ["url"],
            valueChecks: [.containsDigit]),
        SecretRule(
            id: "elastic-apm-secret-token", description: "Elastic APM secret token", family: "observability",
            pattern: named(#"apm(?:_secret_token|-secret-token|\.secret_token|secrettoken)|elastic_apm_api_key"#, value: #"[A-Za-z0-9_=+/-]{16,128}"#),
            keywords: ["apm_secret_token", "apm-secret-token", "apm.secret_token", "apmsecrettoken", "elastic_apm_api_key"], secretGroup: 2,
            minimumEntropy: 3.5, nameGroup: 1, nameStopwords: identifierNames, valueChecks: [.containsDigit, .notWordSlug, .notReference]),
        SecretRule(
            id: "instana-agent-key", description: "IBM Instana agent key or API token", family: "observability",
            pattern: named("instana", value: #"[A-Za-z0-9_-]{22}"#),
            keywords: ["instana"], secretGroup: 2, minimumEntropy: 3.5, nameGroup: 1,
            nameStopwords: identifierNames + ["zone", "endpoint", "host", "url"], valueChecks: [.containsDigit, .notWordSlug]),
        SecretRule(
            id: "appdynamics-access-key", description: "Cisco AppDynamics account access key", family: "observability",
            pattern: named("appdynamics", value: #"[a-z0-9]{12}|[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"#, end: #"\b"#),
            keywords: ["appdynamics"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1,
            nameStopwords: identifierNames + ["account_name", "accountname", "application", "tier", "node", "host", "port"],
            valueChecks: [.containsDigit]),
        SecretRule(
            id: "scalyr-api-key", description: "Scalyr (DataSet) API key", family: "observability",
            pattern: named("scalyr|dataset_api_key", value: #"[A-Za-z0-9_/+-]{40,46}"#, end: #"(?![A-Za-z0-9_/+=-])"#),
            keywords: ["scalyr", "dataset_api_key"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1,
            nameStopwords: identifierNames, valueChecks: [.containsDigit]),
        SecretRule(
            id: "coralogix-api-key", description: "Coralogix API key", family: "observability",
            pattern: #"\b(cx[tu]p_[A-Za-z0-9]{30})\b"#, keywords: ["cxtp_", "cxup_"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "coralogix-private-key", description: "Coralogix private key (send-your-data key)", family: "observability",
            pattern: named("coralogix", value: toolingUUID, end: #"\b"#),
            keywords: ["coralogix"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1, nameStopwords: identifierNames + ["app", "subsystem"]),
        SecretRule(
            id: "axiom-token", description: "Axiom API or personal token", family: "observability",
            pattern: #"\b(xa[ap]t-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b"#,
            keywords: ["xaat-", "xapt-"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "posthog-personal-api-key", description: "PostHog personal API key", family: "observability",
            pattern: #"\b(phx_[A-Za-z0-9]{40,50})\b"#, keywords: ["phx_"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "mixpanel-api-secret", description: "Mixpanel API or service account secret", family: "observability",
            pattern: named(#"mixpanel[A-Za-z0-9_.-]{0,20}secret"#, value: #"[A-Za-z0-9]{32}"#),
            keywords: ["mixpanel"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit]),
        SecretRule(
            id: "amplitude-secret-key", description: "Amplitude secret key", family: "observability",
            pattern: named(#"amplitude[A-Za-z0-9_.-]{0,20}secret"#, value: #"[a-f0-9]{32}"#, end: #"\b"#),
            keywords: ["amplitude"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1, nameStopwords: identifierNames),
        SecretRule(
            id: "segment-write-key", description: "Segment write key", family: "observability",
            pattern: named(#"segment[_-]?write[_.-]?key"#, value: #"[A-Za-z0-9]{32}"#),
            keywords: ["segment_write", "segment-write", "segmentwrite"], secretGroup: 2, minimumEntropy: 3.5, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit, .notHexDigest]),
        SecretRule(
            id: "rudderstack-write-key", description: "RudderStack write key or access token", family: "observability",
            pattern: named("rudderstack|rudder[_.-]?(?:write|key|token|access)", value: #"[A-Za-z0-9]{27}|[A-Za-z0-9_-]{40,48}"#),
            keywords: ["rudder"], secretGroup: 2, minimumEntropy: 3.5, nameGroup: 1, nameStopwords: identifierNames + ["url", "plane"],
            valueChecks: [.containsDigit, .notWordSlug]),
        SecretRule(
            id: "heap-api-key", description: "Heap API key", family: "observability",
            pattern: named(#"heap[_.-]?(?:api[_.-]?key|secret)"#, value: #"[A-Za-z0-9_-]{30,64}"#),
            keywords: ["heap_api", "heap-api", "heap.api", "heapapi", "heap_secret", "heap-secret", "heap.secret", "heapsecret"], secretGroup: 2,
            minimumEntropy: 3.5, nameGroup: 1, nameStopwords: identifierNames, valueChecks: [.containsDigit, .notWordSlug]),
        SecretRule(
            id: "fullstory-api-key", description: "FullStory API key", family: "observability",
            pattern: named("fullstory", value: #"(?:na|eu)[0-9]\.[A-Za-z0-9+/_=-]{20,200}"#, end: #"(?![A-Za-z0-9+/_=-])"#),
            keywords: ["fullstory"], secretGroup: 2, minimumEntropy: 3.5, nameGroup: 1, nameStopwords: identifierNames + ["org"]),
        SecretRule(
            id: "logrocket-api-key", description: "LogRocket API key", family: "observability",
            pattern: named(#"logrocket[_.-]?(?:api|secret|token)"#, value: #"[A-Za-z0-9_:/-]{20,80}"#),
            keywords: ["logrocket"], secretGroup: 2, minimumEntropy: 3.5, nameGroup: 1, nameStopwords: identifierNames + ["app"],
            valueChecks: [.containsDigit, .notWordSlug]),
        SecretRule(
            id: "sentry-dsn-secret", description: "Sentry DSN with its (legacy) secret key", family: "observability",
            pattern: #"(?i)\bhttps?://[a-f0-9]{32}:([a-f0-9]{32})@(?:[a-z0-9-]+\.)*[a-z0-9-]*sentry[a-z0-9.-]*(?::[0-9]{2,5})?/"#,
            keywords: ["sentry"], secretGroup: 1, minimumEntropy: 3.0, windowBefore: 100, windowAfter: 80),
        SecretRule(
            id: "sentry-legacy-auth-token", description: "Sentry auth token (unprefixed)", family: "observability",
            pattern: named(#"sentry(?:_auth_token|-auth-token|\.auth\.token|authtoken|_api_key|_api_token|_access_token)"#, value: #"[a-f0-9]{64}"#, end: #"\b"#),
            keywords: ["sentry_auth", "sentry-auth", "sentry.auth", "sentryauth", "sentry_api", "sentry_access"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1, nameStopwords: identifierNames),
        SecretRule(
            id: "appoptics-api-token", description: "SolarWinds AppOptics API token", family: "observability",
            pattern: named("appoptics", value: #"[a-f0-9]{64}|[A-Za-z0-9_-]{71}"#, end: #"\b"#),
            keywords: ["appoptics"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1, nameStopwords: identifierNames),
        SecretRule(
            id: "uptimerobot-api-key", description: "UptimeRobot API key", family: "observability",
            pattern: named("uptimerobot|uptime_robot", value: #"(?:u|ur|m)[0-9]{6,10}-[a-f0-9]{24}"#, end: #"\b"#),
            keywords: ["uptimerobot", "uptime_robot"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1, nameStopwords: identifierNames),
        SecretRule(
            id: "cronitor-api-key", description: "Cronitor API key", family: "observability",
            pattern: named("cronitor", value: #"[a-f0-9]{32}"#, end: #"\b"#),
            keywords: ["cronitor"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1, nameStopwords: identifierNames),
    ]
}
