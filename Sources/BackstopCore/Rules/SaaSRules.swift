extension BuiltInRules {
    static let saas: [SecretRule] = [
        SecretRule(
            id: "shopify-access-token", description: "Shopify admin API access token", family: "saas",
            pattern: #"\b(shpat_[a-fA-F0-9]{32})\b"#, keywords: ["shpat_"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "shopify-custom-app-token", description: "Shopify custom app access token", family: "saas",
            pattern: #"\b(shpca_[a-fA-F0-9]{32})\b"#, keywords: ["shpca_"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "shopify-private-app-token", description: "Shopify private app access token", family: "saas",
            pattern: #"\b(shppa_[a-fA-F0-9]{32})\b"#, keywords: ["shppa_"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "shopify-shared-secret", description: "Shopify app shared secret", family: "saas",
            pattern: #"\b(shpss_[a-fA-F0-9]{32})\b"#, keywords: ["shpss_"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "atlassian-api-token", description: "Atlassian (Jira, Confluence) API token", family: "saas",
            pattern: #"\b(ATATT3[A-Za-z0-9_=-]{150,250})(?![A-Za-z0-9_=-])"#,
            keywords: ["atatt3"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "linear-api-key", description: "Linear API key", family: "saas",
            pattern: #"\b(lin_api_[A-Za-z0-9]{40})\b"#, keywords: ["lin_api_"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "notion-integration-token", description: "Notion integration token", family: "saas",
            pattern: #"\b(ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})\b"#,
            keywords: ["ntn_", "secret_"], secretGroup: 1, minimumEntropy: 4.0, valueChecks: [.containsDigit]),
        SecretRule(
            id: "postman-api-key", description: "Postman API key", family: "saas",
            pattern: #"\b(PMAK-[a-f0-9]{24}-[a-f0-9]{34})\b"#, keywords: ["pmak-"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "newrelic-user-api-key", description: "New Relic user API key", family: "saas",
            pattern: #"\b(NRAK-[A-Z0-9]{27})\b"#, keywords: ["nrak-"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "newrelic-insert-key", description: "New Relic insights insert key", family: "saas",
            pattern: #"\b(NRII-[A-Za-z0-9_-]{32})"# + tokenEnd, keywords: ["nrii-"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "newrelic-browser-key", description: "New Relic browser ingest key", family: "saas",
            pattern: #"\b(NRJS-[a-f0-9]{19})\b"#, keywords: ["nrjs-"], secretGroup: 1, minimumEntropy: 2.5),
        SecretRule(
            id: "newrelic-license-key", description: "New Relic ingest license key", family: "saas",
            pattern: #"\b([a-f0-9]{36}NRAL)\b"#, keywords: ["nral"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "datadog-api-key", description: "Datadog API key", family: "saas",
            pattern: named(#"datadog|dd[_.-]api[_.-]?key"#, value: #"[a-f0-9]{32}"#, end: #"\b"#),
            keywords: ["datadog", "dd_api", "dd-api", "dd.api"], secretGroup: 2, minimumEntropy: 2.7, nameGroup: 1,
            nameStopwords: identifierNames),
        SecretRule(
            id: "datadog-app-key", description: "Datadog application key", family: "saas",
            pattern: named(#"datadog|dd[_.-]app(?:lication)?[_.-]?key"#, value: #"[a-f0-9]{40}"#, end: #"\b"#),
            keywords: ["datadog", "dd_app", "dd-app", "dd.app"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1,
            nameStopwords: identifierNames),
        SecretRule(
            id: "grafana-cloud-token", description: "Grafana Cloud access policy token", family: "saas",
            pattern: #"\b(glc_[A-Za-z0-9+/]{32,400}={0,3})(?![A-Za-z0-9+/=])"#, keywords: ["glc_"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "grafana-service-account-token", description: "Grafana service account token", family: "saas",
            pattern: #"\b(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})\b"#, keywords: ["glsa_"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "sentry-org-token", description: "Sentry organization auth token", family: "saas",
            pattern: #"\b(sntrys_eyJ[A-Za-z0-9+/]{30,400}={0,2}_[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=])"#,
            keywords: ["sntrys_"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "sentry-user-token", description: "Sentry user auth token", family: "saas",
            pattern: #"\b(sntryu_[a-f0-9]{64})\b"#, keywords: ["sntryu_"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "doppler-token", description: "Doppler personal, service, service account or CLI token", family: "saas",
            pattern: #"\b(dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_-]{1,60}\.)?[A-Za-z0-9]{40,44})\b"#,
            keywords: ["dp.pt.", "dp.st.", "dp.sa.", "dp.ct.", "dp.scim.", "dp.audit."], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "vault-token", description: "HashiCorp Vault service, batch or recovery token", family: "saas",
            pattern: #"\b(hv[sbr]\.[A-Za-z0-9_-]{90,300})"# + tokenEnd,
            keywords: ["hvs.", "hvb.", "hvr."], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "digitalocean-pat", description: "DigitalOcean personal access token", family: "saas",
            pattern: #"\b(dop_v1_[a-f0-9]{64})\b"#, keywords: ["dop_v1_"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "digitalocean-oauth-token", description: "DigitalOcean OAuth access token", family: "saas",
            pattern: #"\b(doo_v1_[a-f0-9]{64})\b"#, keywords: ["doo_v1_"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "digitalocean-refresh-token", description: "DigitalOcean OAuth refresh token", family: "saas",
            pattern: #"\b(dor_v1_[a-f0-9]{64})\b"#, keywords: ["dor_v1_"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "heroku-api-key", description: "Heroku API key (UUID form)", family: "saas",
            pattern: #"(?i)(heroku[A-Za-z0-9_.-]{0,30})"# + assignment
                + #"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b"#,
            keywords: ["heroku"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1,
            nameStopwords: ["_id", "-id", ".id", "uuid", "app_id", "appid", "release", "dyno", "slug", "team", "space", "pipeline"]),
        SecretRule(
            id: "heroku-api-key-v2", description: "Heroku API key", family: "saas",
            pattern: #"\b(HRKU-AA[A-Za-z0-9_-]{58})"# + tokenEnd, keywords: ["hrku-aa"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "databricks-token", description: "Databricks personal access token", family: "saas",
            pattern: #"\b(dapi[a-f0-9]{32}(?:-[0-9])?)\b"#, keywords: ["dapi"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "okta-api-token", description: "Okta API token", family: "saas",
            pattern: assigned("okta", value: #"00[A-Za-z0-9_-]{40}"#),
            keywords: ["okta"], secretGroup: 1, minimumEntropy: 4.0, valueChecks: [.containsDigit]),
        SecretRule(
            id: "cloudflare-api-token", description: "Cloudflare API token", family: "saas",
            pattern: named("cloudflare|cf_api_token|cf-api-token|cf_token", value: #"[A-Za-z0-9_-]{40}"#),
            keywords: ["cloudflare", "cf_api_token", "cf-api-token", "cf_token"], secretGroup: 2, minimumEntropy: 4.0,
            nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit, .notHexDigest]),
        SecretRule(
            id: "cloudflare-global-api-key", description: "Cloudflare global API key", family: "saas",
            pattern: assigned("cloudflare|cf_api_key|cf-api-key", value: #"[a-f0-9]{37}"#, end: #"\b"#),
            keywords: ["cloudflare", "cf_api_key", "cf-api-key"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "cloudflare-origin-ca-key", description: "Cloudflare origin CA key", family: "saas",
            pattern: #"\b(v1\.0-[a-f0-9]{24}-[a-f0-9]{146})\b"#, keywords: ["v1.0-"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "terraform-cloud-token", description: "HashiCorp Terraform Cloud / Enterprise API token", family: "saas",
            pattern: #"\b([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])"#,
            keywords: ["atlasv1"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "pulumi-access-token", description: "Pulumi access token", family: "saas",
            pattern: #"\b(pul-[a-f0-9]{40})\b"#, keywords: ["pul-"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "onepassword-service-account-token", description: "1Password service account token", family: "saas",
            pattern: #"\b(ops_eyJ[A-Za-z0-9+/]{250,}={0,3})(?![A-Za-z0-9+/=])"#, keywords: ["ops_eyj"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "planetscale-token", description: "PlanetScale API token, OAuth token or password", family: "saas",
            pattern: #"\b(pscale_(?:tkn|oauth|pw)_[A-Za-z0-9_=.-]{32,64})(?![A-Za-z0-9_=.-])"#,
            keywords: ["pscale_tkn_", "pscale_oauth_", "pscale_pw_"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "supabase-access-token", description: "Supabase personal access token", family: "saas",
            pattern: #"\b(sbp_[a-f0-9]{40})\b"#, keywords: ["sbp_"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "mapbox-secret-token", description: "Mapbox secret access token", family: "saas",
            pattern: #"\b(sk\.eyJ[A-Za-z0-9_-]{20,200}\.[A-Za-z0-9_-]{20,40})"# + tokenEnd, keywords: ["sk.eyj"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "dynatrace-api-token", description: "Dynatrace API token", family: "saas",
            pattern: #"\b(dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64})\b"#, keywords: ["dt0c01."], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "prefect-api-key", description: "Prefect Cloud API key", family: "saas",
            pattern: #"\b(pnu_[A-Za-z0-9]{36})\b"#, keywords: ["pnu_"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "tailscale-key", description: "Tailscale API, auth or OAuth client key", family: "saas",
            pattern: #"\b(tskey-(?:api|auth|client|scim|webhook)-[A-Za-z0-9]{6,20}-[A-Za-z0-9]{20,64})\b"#,
            keywords: ["tskey-"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "figma-access-token", description: "Figma personal access token", family: "saas",
            pattern: #"\b(figd_[A-Za-z0-9_-]{40,44})"# + tokenEnd, keywords: ["figd_"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "buildkite-api-token", description: "Buildkite API access token", family: "saas",
            pattern: #"\b(bkua_[a-f0-9]{40})\b"#, keywords: ["bkua_"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "circleci-personal-token", description: "CircleCI personal API token", family: "saas",
            pattern: #"\b(CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40})\b"#, keywords: ["ccipat_"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "easypost-api-key", description: "EasyPost production API key", family: "saas",
            pattern: #"\b(EZAK[A-Za-z0-9]{54})\b"#, keywords: ["ezak"], secretGroup: 1, minimumEntropy: 4.0),
    ]
}
