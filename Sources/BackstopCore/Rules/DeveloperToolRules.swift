extension BuiltInRules {
    /// A UUID in either case, for services whose credential is a bare UUID next to their name.
    static let toolingUUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"

    /// Code hosting, code search and code analysis services.
    static let developerTools: [SecretRule] = [
        SecretRule(
            id: "gitlab-runner-registered-token", description: "GitLab runner authentication token (runner registered with a registration token)",
            family: "source-hosting",
            pattern: #"\b(glrtr-[A-Za-z0-9_-]{20,300}(?:\.[0-9a-z]{2}\.?[0-9a-z]{7,9})?)"# + tokenEnd,
            keywords: ["glrtr-"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "gitlab-session-cookie", description: "GitLab session cookie", family: "source-hosting",
            pattern: #"_gitlab_session=([0-9a-z]{32})\b"#,
            keywords: ["_gitlab_session="], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "gitea-access-token", description: "Gitea or Forgejo access token", family: "source-hosting",
            pattern: named("gitea|forgejo", value: #"[a-f0-9]{40}"#, end: #"\b"#),
            keywords: ["gitea", "forgejo"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1,
            nameStopwords: identifierNames + ["sha", "commit", "hash", "revision"]),
        SecretRule(
            id: "gitee-access-token", description: "Gitee personal access token", family: "source-hosting",
            pattern: named("gitee", value: #"[a-f0-9]{32}"#, end: #"\b"#),
            keywords: ["gitee"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1,
            nameStopwords: identifierNames + ["sha", "commit", "hash", "revision"]),
        SecretRule(
            id: "sourcegraph-access-token", description: "Sourcegraph access token", family: "source-hosting",
            pattern: #"\b(sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40})\b"#,
            keywords: ["sgp_"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "sourcegraph-cody-gateway-key", description: "Sourcegraph Cody Gateway access key", family: "source-hosting",
            pattern: #"\b((?:slk|sgd)_[a-f0-9]{64})\b"#,
            keywords: ["slk_", "sgd_"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "bitbucket-datacenter-token", description: "Bitbucket Data Center HTTP access token", family: "source-hosting",
            pattern: #"\b(BBDC-[A-Za-z0-9+/_-]{40,60}={0,2})(?![A-Za-z0-9+/=_-])"#,
            keywords: ["bbdc-"], secretGroup: 1, minimumEntropy: 4.0, valueChecks: [.containsDigit],
            windowBefore: 8, windowAfter: 72),
        SecretRule(
            id: "bitbucket-client-secret", description: "Bitbucket OAuth consumer secret", family: "source-hosting",
            pattern: named(#"bitbucket[A-Za-z0-9_.-]{0,20}secret"#, value: #"[A-Za-z0-9]{32}"#),
            keywords: ["bitbucket"], secretGroup: 2, minimumEntropy: 3.5, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit, .notHexDigest]),
        SecretRule(
            id: "youtrack-permanent-token", description: "JetBrains YouTrack / Hub permanent token", family: "source-hosting",
            pattern: #"\b(perm[:-][A-Za-z0-9+/]{2,80}={0,2}\.[A-Za-z0-9+/]{2,40}={0,2}\.[A-Za-z0-9]{30})\b"#,
            keywords: ["perm:", "perm-"], secretGroup: 1, minimumEntropy: 3.5, windowBefore: 8, windowAfter: 180),
        SecretRule(
            id: "sonarqube-user-token", description: "SonarQube user token", family: "ci-cd",
            pattern: #"\b(squ_[a-f0-9]{40})\b"#, keywords: ["squ_"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "sonarqube-project-token", description: "SonarQube project analysis token", family: "ci-cd",
            pattern: #"\b(sqp_[a-f0-9]{40})\b"#, keywords: ["sqp_"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "sonarqube-global-token", description: "SonarQube global analysis token", family: "ci-cd",
            pattern: #"\b(sqa_[a-f0-9]{40})\b"#, keywords: ["sqa_"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "sonar-token", description: "SonarCloud or SonarQube token (unprefixed)", family: "ci-cd",
            pattern: named(#"sonar(?:qube|cloud)?[_.-]?(?:login|token|auth)"#, value: #"[a-f0-9]{40}"#, end: #"\b"#),
            keywords: ["sonar"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1,
            nameStopwords: identifierNames + ["sha", "commit", "hash", "revision"]),
        SecretRule(
            id: "snyk-api-token", description: "Snyk API token", family: "ci-cd",
            pattern: named("snyk", value: toolingUUID, end: #"\b"#),
            keywords: ["snyk"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1,
            nameStopwords: identifierNames + ["org", "project", "group", "integration"]),
        SecretRule(
            id: "codecov-token", description: "Codecov upload or API token", family: "ci-cd",
            pattern: named("codecov", value: toolingUUID + #"|[a-f0-9]{40}"#, end: #"\b"#),
            keywords: ["codecov"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1,
            nameStopwords: identifierNames + ["sha", "commit", "hash"]),
        SecretRule(
            id: "coveralls-repo-token", description: "Coveralls repository token", family: "ci-cd",
            pattern: named("coveralls", value: #"[A-Za-z0-9]{32,40}"#),
            keywords: ["coveralls"], secretGroup: 2, minimumEntropy: 3.5, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit, .notHexDigest]),
        SecretRule(
            id: "deepsource-dsn", description: "DeepSource DSN with its secret", family: "ci-cd",
            pattern: #"(?i)https?://([a-f0-9]{32})@(?:app\.)?deepsource\.(?:io|com)\b"#,
            keywords: ["deepsource"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "codacy-token", description: "Codacy project or account API token", family: "ci-cd",
            pattern: named("codacy", value: #"[a-f0-9]{32}|[A-Za-z0-9]{20}"#),
            keywords: ["codacy"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit]),
        SecretRule(
            id: "semgrep-app-token", description: "Semgrep App token", family: "ci-cd",
            pattern: named("semgrep", value: #"[a-f0-9]{64}"#, end: #"\b"#),
            keywords: ["semgrep"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1,
            nameStopwords: identifierNames + ["sha", "hash", "digest"]),
        SecretRule(
            id: "gitguardian-api-key", description: "GitGuardian API key", family: "ci-cd",
            pattern: named("gitguardian", value: #"[A-Za-z0-9]{60,72}"#),
            keywords: ["gitguardian"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit]),
        SecretRule(
            id: "readme-api-key", description: "ReadMe API key", family: "saas",
            pattern: #"\b(rdme_[a-z0-9]{70})\b"#, keywords: ["rdme_"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "postman-collection-access-key", description: "Postman collection access key", family: "saas",
            pattern: #"\b(PMAT-[0-9A-HJKMNP-TV-Z]{26})\b"#, keywords: ["pmat-"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "stoplight-api-token", description: "Stoplight API token", family: "saas",
            pattern: named("stoplight", value: #"[A-Za-z0-9_-]{32,64}"#),
            keywords: ["stoplight"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit, .notHexDigest, .notUUID]),
    ]
}
