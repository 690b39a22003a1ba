extension BuiltInRules {
    /// Feature flag and remote configuration services. Client-side and mobile keys are public by
    /// design and have no rule.
    static let featureFlags: [SecretRule] = [
        SecretRule(
            id: "launchdarkly-sdk-key", description: "LaunchDarkly server-side SDK key", family: "saas",
            pattern: #"\b(sdk-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b"#,
            keywords: ["sdk-"], secretGroup: 1, minimumEntropy: 3.0, windowBefore: 4, windowAfter: 48),
        SecretRule(
            id: "launchdarkly-access-token", description: "LaunchDarkly API access token", family: "saas",
            pattern: #"\b(api-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b"#,
            keywords: ["api-"], secretGroup: 1, minimumEntropy: 3.0, windowBefore: 2, windowAfter: 48),
        SecretRule(
            id: "split-sdk-key", description: "Split (Harness FME) server-side SDK or admin API key", family: "saas",
            pattern: named(#"split(?:io|_io|-io|_sdk|-sdk|_api|-api|_admin|-admin)"#, value: #"[a-z0-9]{36}"#, end: #"\b"#),
            keywords: ["splitio", "split_io", "split-io", "split_sdk", "split-sdk", "split_api", "split-api", "split_admin", "split-admin"], secretGroup: 2, minimumEntropy: 3.5, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit]),
        SecretRule(
            id: "flagsmith-server-key", description: "Flagsmith server-side environment key", family: "saas",
            pattern: named("flagsmith", value: #"ser\.[A-Za-z0-9]{22}"#, end: #"\b"#),
            keywords: ["flagsmith"], secretGroup: 2, minimumEntropy: 3.5, nameGroup: 1, nameStopwords: identifierNames),
        SecretRule(
            id: "configcat-sdk-key", description: "ConfigCat SDK key", family: "saas",
            pattern: #"\b(configcat-sdk-1/[A-Za-z0-9_-]{22}/[A-Za-z0-9_-]{22})"# + tokenEnd,
            keywords: ["configcat-sdk-1/"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "configcat-legacy-sdk-key", description: "ConfigCat SDK key (legacy form)", family: "saas",
            pattern: named("configcat", value: #"[A-Za-z0-9_-]{22}/[A-Za-z0-9_-]{22}"#),
            keywords: ["configcat"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames),
        SecretRule(
            id: "optimizely-personal-token", description: "Optimizely personal access token", family: "saas",
            pattern: named("optimizely", value: #"2:[A-Za-z0-9_-]{40,80}"#),
            keywords: ["optimizely"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames),
        SecretRule(
            id: "statsig-secret-key", description: "Statsig server secret or console API key", family: "saas",
            pattern: named("statsig", value: #"(?:secret|console)-[A-Za-z0-9]{30,60}"#),
            keywords: ["statsig"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames),
        SecretRule(
            id: "unleash-api-token", description: "Unleash API or personal access token", family: "saas",
            pattern: named("unleash", value: #"(?:\*|[A-Za-z0-9_-]{1,60}):(?:\*|[A-Za-z0-9_-]{1,60})\.[a-f0-9]{64}|user:[a-f0-9]{64}"#, end: #"\b"#),
            keywords: ["unleash"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1, nameStopwords: identifierNames + ["url"]),
        SecretRule(
            id: "devcycle-server-sdk-key", description: "DevCycle server SDK key", family: "saas",
            pattern: #"\b(dvc_server_[A-Za-z0-9_-]{32,100})"# + tokenEnd,
            keywords: ["dvc_server_"], secretGroup: 1, minimumEntropy: 3.5, valueChecks: [.containsDigit]),
        SecretRule(
            id: "flipt-client-token", description: "Flipt client token", family: "saas",
            pattern: named(#"flipt[_.-]?(?:client[_.-]?)?(?:token|auth)"#, value: #"[A-Za-z0-9_=+/-]{30,64}"#),
            keywords: ["flipt"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit, .notWordSlug, .notReference]),
    ]
}
