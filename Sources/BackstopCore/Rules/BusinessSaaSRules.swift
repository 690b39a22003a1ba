extension BuiltInRules {
    static let businessSaaS: [SecretRule] = [
        SecretRule(
            id: "hubspot-private-app-token", description: "HubSpot private app or personal access token", family: "saas",
            pattern: #"\b(pat-(?:na|eu|ap)[0-9]{1,2}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b"#,
            keywords: ["pat-na", "pat-eu", "pat-ap"], secretGroup: 1, minimumEntropy: 3.0),
        namedCredential(
            "hubspot-api-key", "HubSpot legacy API key (hapikey)", family: "saas", names: #"hubspot|hapikey"#,
            keywords: ["hubspot", "hapikey"], value: lowercaseUUID, end: #"\b"#, minimumEntropy: 3.0, valueChecks: []),
        SecretRule(
            id: "salesforce-access-token", description: "Salesforce session or OAuth access token", family: "saas",
            // The organization id (`00D` and 12 or 15 characters), `!`, then the session part.
            pattern: #"\b(00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{80,200})(?![A-Za-z0-9._])"#,
            keywords: ["00d"], secretGroup: 1, minimumEntropy: 4.0, windowBefore: 8, matchesAtKeyword: true),
        SecretRule(
            id: "salesforce-refresh-token", description: "Salesforce OAuth refresh token", family: "saas",
            pattern: #"\b(5Aep[A-Za-z0-9._]{80,90})(?![A-Za-z0-9._])"#,
            keywords: ["5aep"], secretGroup: 1, minimumEntropy: 4.0, windowBefore: 8),
        namedCredential(
            "zendesk-api-token", "Zendesk API token", family: "saas", names: "zendesk",
            value: #"[A-Za-z0-9]{40}"#, minimumEntropy: 4.0),
        namedCredential(
            "freshdesk-api-key", "Freshdesk API key", family: "saas", names: "freshdesk",
            value: #"[A-Za-z0-9]{20}"#, minimumEntropy: 3.5),
        namedCredential(
            "freshworks-api-key", "Freshworks (Freshsales, Freshservice) API key", family: "saas",
            names: #"freshworks|freshsales|freshservice"#, keywords: ["freshworks", "freshsales", "freshservice"],
            value: #"[A-Za-z0-9_-]{20,22}"#, minimumEntropy: 3.5),
        namedCredential(
            "asana-personal-access-token", "Asana personal access token", family: "saas", names: "asana",
            value: #"[012]/[0-9]{10,20}(?:/[0-9]{10,20})?:[a-f0-9]{32}"#, end: #"\b"#, minimumEntropy: 3.0),
        namedCredential(
            "airtable-personal-access-token", "Airtable personal access token", family: "saas", names: "airtable",
            value: #"pat[A-Za-z0-9]{14}\.[a-f0-9]{64}"#, end: #"\b"#, minimumEntropy: 3.5),
        namedCredential(
            "airtable-api-key", "Airtable legacy API key", family: "saas", names: "airtable",
            value: #"key[A-Za-z0-9]{14}"#, minimumEntropy: 3.3),
        SecretRule(
            id: "clickup-api-token", description: "ClickUp personal API token", family: "saas",
            pattern: #"\b(pk_[1-9][0-9]{3,11}_[A-Z0-9]{32})\b"#,
            // The user id after `pk_` never starts with 0, so nine keywords spare the many `pk_` of ORM code.
            keywords: ["pk_1", "pk_2", "pk_3", "pk_4", "pk_5", "pk_6", "pk_7", "pk_8", "pk_9"], secretGroup: 1, minimumEntropy: 3.5),
        namedCredential(
            "trello-api-token", "Trello API token or secret", family: "saas", names: "trello",
            value: #"ATTA[A-Fa-f0-9]{72}|[a-f0-9]{64}"#, end: #"\b"#, minimumEntropy: 3.0),
        SecretRule(
            id: "typeform-api-token", description: "Typeform personal access token", family: "saas",
            pattern: #"\b(tfp_[A-Za-z0-9_.=-]{40,70})(?![A-Za-z0-9_.=-])"#,
            keywords: ["tfp_"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "contentful-personal-access-token", description: "Contentful content management personal access token", family: "saas",
            pattern: #"\b(CFPAT-[A-Za-z0-9_-]{43})"# + tokenEnd, keywords: ["cfpat-"], secretGroup: 1, minimumEntropy: 4.0),
        namedCredential(
            "algolia-admin-key", "Algolia admin or write API key", family: "saas",
            names: #"algolia[A-Za-z0-9_.-]{0,20}(?:admin|write|secret|private)"#, keywords: ["algolia"],
            value: #"[a-f0-9]{32}"#, end: #"\b"#, minimumEntropy: 3.0),
        SecretRule(
            id: "dropbox-short-lived-token", description: "Dropbox short-lived access token", family: "saas",
            pattern: #"\b(sl\.(?:[A-Za-z0-9][A-Za-z0-9_-]{130,200}|u\.[A-Za-z0-9_-]{100,1500}))"# + tokenEnd,
            keywords: ["sl."], secretGroup: 1, minimumEntropy: 4.0, windowBefore: 8, windowAfter: 1600),
        namedCredential(
            "dropbox-long-lived-token", "Dropbox long-lived access token", family: "saas", names: "dropbox",
            // Named: ten `A`s inside base64 are also what any run of zero bytes encodes to.
            value: #"[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_-]{43}"#, minimumEntropy: 3.5),
        namedCredential(
            "dropbox-app-secret", "Dropbox app key or secret", family: "saas", names: "dropbox",
            value: #"[a-z0-9]{15}"#, minimumEntropy: 3.3),
        namedCredential(
            "box-api-token", "Box developer token or client secret", family: "saas",
            names: #"(?<![A-Za-z])box[_-](?:client|developer|access|api)"#,
            keywords: ["box_client", "box-client", "box_developer", "box-developer", "box_access", "box-access", "box_api", "box-api"],
            value: #"[A-Za-z0-9]{32}"#, minimumEntropy: 3.7),
        namedCredential(
            "docusign-secret-key", "DocuSign integration secret key", family: "saas",
            names: #"docusign[A-Za-z0-9_.-]{0,20}secret"#, keywords: ["docusign"],
            value: lowercaseUUID, end: #"\b"#, minimumEntropy: 3.0, valueChecks: []),
        SecretRule(
            id: "miro-access-token", description: "Miro REST API access token", family: "saas",
            // Base64 of `{"miro.origin":"<region>"}`, `_`, then the token.
            pattern: #"\b(eyJtaXJvLm9yaWdpbiI6[A-Za-z0-9]{6,30}_[A-Za-z0-9_-]{20,60})"# + tokenEnd,
            keywords: ["eyjtaxjvlm9yawdpbii6"], secretGroup: 1, minimumEntropy: 4.0),
        namedCredential(
            "webflow-api-token", "Webflow API token", family: "saas", names: "webflow",
            value: #"[a-f0-9]{64}"#, end: #"\b"#, minimumEntropy: 3.0),
        namedCredential(
            "ghost-admin-api-key", "Ghost Admin API key (id and secret)", family: "saas", names: "ghost",
            value: #"[a-f0-9]{24}:[a-f0-9]{64}"#, end: #"\b"#, minimumEntropy: 3.0),
        namedCredential(
            "sanity-api-token", "Sanity API token", family: "saas", names: "sanity",
            value: #"sk[A-Za-z0-9]{78,200}"#, minimumEntropy: 4.0),
        SecretRule(
            id: "cloudinary-url", description: "Cloudinary URL with its API secret", family: "saas",
            pattern: #"\bcloudinary://[0-9]{12,16}:([A-Za-z0-9_-]{27})@[A-Za-z0-9_-]{1,64}"#,
            keywords: ["cloudinary://"], secretGroup: 1, minimumEntropy: 3.7),
        namedCredential(
            "cloudinary-api-secret", "Cloudinary API secret", family: "saas",
            names: #"cloudinary[A-Za-z0-9_.-]{0,20}secret"#, keywords: ["cloudinary"],
            value: #"[A-Za-z0-9_-]{27}"#, minimumEntropy: 3.7),
        namedCredential(
            "uploadcare-secret-key", "Uploadcare secret key", family: "saas",
            names: #"uploadcare[A-Za-z0-9_.-]{0,20}secret"#, keywords: ["uploadcare"],
            value: #"[a-f0-9]{20}"#, end: #"\b"#, minimumEntropy: 3.0),
        SecretRule(
            id: "frameio-api-token", description: "Frame.io developer token", family: "saas",
            pattern: #"\b(fio-u-[A-Za-z0-9_=-]{64})(?![A-Za-z0-9_=-])"#, keywords: ["fio-u-"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "shippo-api-token", description: "Shippo live API token", family: "saas",
            pattern: #"\b(shippo_live_[a-f0-9]{40})\b"#, keywords: ["shippo_live_"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "duffel-api-token", description: "Duffel live access token", family: "saas",
            pattern: #"\b(duffel_live_[A-Za-z0-9_=-]{43})(?![A-Za-z0-9_=-])"#, keywords: ["duffel_live_"], secretGroup: 1,
            minimumEntropy: 4.0),
        namedCredential(
            "lob-api-key", "Lob live API key", family: "saas", names: #"(?<![A-Za-z])lob[_-]?(?:api|live|secret|key)"#,
            keywords: ["lob_api", "lob-api", "lobapi", "lob_live", "lob-live", "loblive", "lob_secret", "lob-secret", "lobsecret", "lob_key",
                       "lob-key", "lobkey"],
            value: #"live_[a-f0-9]{35}"#, end: #"\b"#, minimumEntropy: 3.0),
        namedCredential(
            "beamer-api-key", "Beamer API key", family: "saas", names: "beamer",
            value: #"b_[A-Za-z0-9_=-]{44}"#, end: #"(?![A-Za-z0-9_=-])"#, minimumEntropy: 4.0),
        SecretRule(
            id: "nylas-api-key", description: "Nylas v3 API key", family: "saas",
            pattern: #"\b(nyk_v0_[A-Za-z0-9_-]{40,80})"# + tokenEnd, keywords: ["nyk_v0_"], secretGroup: 1, minimumEntropy: 4.0),
        namedCredential(
            "surveymonkey-access-token", "SurveyMonkey access token", family: "saas", names: #"survey[_-]?monkey"#,
            keywords: ["surveymonkey", "survey_monkey", "survey-monkey"], value: #"[A-Za-z0-9._-]{40,200}"#, minimumEntropy: 4.0,
            valueChecks: [.containsDigit, .notWordSlug]),
        SecretRule(
            id: "zapier-webhook-url", description: "Zapier catch hook URL", family: "saas",
            pattern: #"\b(hooks\.zapier\.com/hooks/catch/[0-9]{4,12}/[A-Za-z0-9]{5,12})(?![A-Za-z0-9])"#,
            keywords: ["hooks.zapier.com/hooks/catch/"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "ifttt-webhook-key", description: "IFTTT Webhooks (Maker) key", family: "saas",
            pattern: #"\bmaker\.ifttt\.com/(?:trigger/[A-Za-z0-9_.-]{1,80}/(?:json/)?with/key|use)/([A-Za-z0-9_-]{22,43})"# + tokenEnd,
            keywords: ["maker.ifttt.com/"], secretGroup: 1, minimumEntropy: 3.7),
        SecretRule(
            id: "make-webhook-url", description: "Make (Integromat) custom webhook URL", family: "saas",
            pattern: #"\b(hook\.(?:(?:eu|us)[12]\.make\.com|integromat\.com)/[a-z0-9]{32})\b"#,
            keywords: ["hook.eu1.make.com", "hook.eu2.make.com", "hook.us1.make.com", "hook.us2.make.com", "hook.integromat.com"],
            secretGroup: 1, minimumEntropy: 3.5),
        namedCredential(
            "auth0-client-secret", "Auth0 application client secret", family: "saas",
            names: #"auth0[A-Za-z0-9_.-]{0,20}secret"#, keywords: ["auth0"],
            value: #"[A-Za-z0-9_-]{64}"#, minimumEntropy: 3.7),
        namedCredential(
            "workos-api-key", "WorkOS API key", family: "saas", names: "workos",
            value: #"sk_[A-Za-z0-9]{40,120}"#, minimumEntropy: 4.0),
        SecretRule(
            id: "stytch-project-secret", description: "Stytch live project secret", family: "saas",
            pattern: #"\b(secret-live-[A-Za-z0-9_=-]{36})(?![A-Za-z0-9_=-])"#, keywords: ["secret-live-"], secretGroup: 1,
            minimumEntropy: 3.7),
        namedCredential(
            "okta-client-secret", "Okta OAuth client secret", family: "saas",
            names: #"okta[A-Za-z0-9_.-]{0,20}secret"#, keywords: ["okta"],
            // `00` and 40 characters is an API token (`okta-api-token`).
            value: #"(?!00)[A-Za-z0-9_-]{40,64}"#, minimumEntropy: 4.0),
        namedCredential(
            "xero-client-secret", "Xero OAuth client secret", family: "saas",
            names: #"xero[A-Za-z0-9_.-]{0,20}secret"#, keywords: ["xero"],
            value: #"[A-Za-z0-9_-]{48}"#, minimumEntropy: 4.0),
        namedCredential(
            "quickbooks-client-secret", "QuickBooks (Intuit) OAuth client secret", family: "saas",
            names: #"(?:quickbooks|intuit|qbo)[A-Za-z0-9_.-]{0,20}secret"#, keywords: ["quickbooks", "intuit", "qbo"],
            value: #"[A-Za-z0-9]{40}"#, minimumEntropy: 4.0),
        SecretRule(
            id: "harvest-access-token", description: "Harvest personal access token", family: "saas",
            pattern: #"\b([0-9]{6,8}\.pt\.[A-Za-z0-9_-]{80,90})"# + tokenEnd,
            keywords: [".pt."], secretGroup: 1, minimumEntropy: 4.0),
        namedCredential(
            "pipedrive-api-token", "Pipedrive API token", family: "saas", names: "pipedrive",
            value: #"[a-f0-9]{40}"#, end: #"\b"#, minimumEntropy: 3.0),
        namedCredential(
            "freshbooks-access-token", "FreshBooks access token", family: "saas", names: "freshbooks",
            value: #"[a-f0-9]{64}"#, end: #"\b"#, minimumEntropy: 3.0),
        namedCredential(
            "jotform-api-key", "Jotform API key", family: "saas", names: "jotform",
            value: #"[a-f0-9]{32}"#, end: #"\b"#, minimumEntropy: 3.0),
        namedCredential(
            "smartsheet-access-token", "Smartsheet API access token", family: "saas", names: "smartsheet",
            value: #"[A-Za-z0-9]{26,37}"#, minimumEntropy: 3.7),
        namedCredential(
            "todoist-api-token", "Todoist API token", family: "saas", names: "todoist",
            value: #"[a-f0-9]{40}"#, end: #"\b"#, minimumEntropy: 3.0),
        namedCredential(
            "here-api-key", "HERE location platform API key", family: "saas",
            names: #"(?<![A-Za-z])here[_-]?(?:api|maps)"#, keywords: ["here_api", "here-api", "hereapi", "here_maps", "here-maps", "heremaps"],
            value: #"[A-Za-z0-9_-]{43}"#, minimumEntropy: 4.0),
        namedCredential(
            "tomtom-api-key", "TomTom Maps API key", family: "saas", names: "tomtom",
            value: #"[A-Za-z0-9]{32}"#, minimumEntropy: 3.7),
    ]
}
