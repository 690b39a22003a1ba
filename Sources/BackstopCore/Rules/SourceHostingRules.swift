extension BuiltInRules {
    static let sourceHosting: [SecretRule] = [
        SecretRule(
            id: "github-pat", description: "GitHub personal access token (classic)", family: "source-hosting",
            pattern: #"\b(ghp_[A-Za-z0-9]{36})\b"#, keywords: ["ghp_"], secretGroup: 1,
            valueChecks: [.gitHubChecksum]),
        SecretRule(
            id: "github-oauth-token", description: "GitHub OAuth access token", family: "source-hosting",
            pattern: #"\b(gho_[A-Za-z0-9]{36})\b"#, keywords: ["gho_"], secretGroup: 1,
            valueChecks: [.gitHubChecksum]),
        SecretRule(
            id: "github-user-to-server-token", description: "GitHub app user-to-server token", family: "source-hosting",
            pattern: #"\b(ghu_[A-Za-z0-9]{36})\b"#, keywords: ["ghu_"], secretGroup: 1,
            valueChecks: [.gitHubChecksum]),
        SecretRule(
            id: "github-app-token", description: "GitHub app installation (server-to-server) token", family: "source-hosting",
            pattern: #"\b(ghs_[A-Za-z0-9]{36})\b"#, keywords: ["ghs_"], secretGroup: 1,
            valueChecks: [.gitHubChecksum]),
        SecretRule(
            id: "github-refresh-token", description: "GitHub refresh token", family: "source-hosting",
            pattern: #"\b(ghr_[A-Za-z0-9]{36})\b"#, keywords: ["ghr_"], secretGroup: 1,
            valueChecks: [.gitHubChecksum]),
        SecretRule(
            id: "github-fine-grained-pat", description: "GitHub fine-grained personal access token", family: "source-hosting",
            pattern: #"\b(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b"#, keywords: ["github_pat_"], secretGroup: 1),
        SecretRule(
            id: "gitlab-pat", description: "GitLab personal, project or group access token", family: "source-hosting",
            pattern: #"\b(glpat-[A-Za-z0-9_-]{20,300}(?:\.[0-9a-z]{2}\.?[0-9a-z]{7,9})?)"# + tokenEnd,
            keywords: ["glpat-"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "gitlab-deploy-token", description: "GitLab deploy token", family: "source-hosting",
            pattern: #"\b(gldt-[A-Za-z0-9_-]{20,300})"# + tokenEnd,
            keywords: ["gldt-"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "gitlab-runner-auth-token", description: "GitLab runner authentication token", family: "source-hosting",
            pattern: #"\b(glrt-[A-Za-z0-9_-]{20,300}(?:\.[0-9a-z]{2}\.?[0-9a-z]{7,9})?)"# + tokenEnd,
            keywords: ["glrt-"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "gitlab-runner-registration-token", description: "GitLab runner registration token", family: "source-hosting",
            pattern: #"\b(GR1348941[A-Za-z0-9_-]{20})"# + tokenEnd,
            keywords: ["gr1348941"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "gitlab-pipeline-trigger-token", description: "GitLab pipeline trigger token", family: "source-hosting",
            pattern: #"\b(glptt-[0-9a-f]{40})\b"#,
            keywords: ["glptt-"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "gitlab-cicd-job-token", description: "GitLab CI/CD job token", family: "source-hosting",
            pattern: #"\b(glcbt-[0-9A-Za-z]{1,5}_[0-9A-Za-z_-]{20})"# + tokenEnd,
            keywords: ["glcbt-"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "gitlab-feed-token", description: "GitLab feed token", family: "source-hosting",
            pattern: #"\b(glft-[A-Za-z0-9_-]{20})"# + tokenEnd,
            keywords: ["glft-"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "gitlab-oauth-app-secret", description: "GitLab OAuth application secret", family: "source-hosting",
            pattern: #"\b(gloas-[A-Za-z0-9_-]{64})"# + tokenEnd,
            keywords: ["gloas-"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "gitlab-scim-token", description: "GitLab SCIM token", family: "source-hosting",
            pattern: #"\b(glsoat-[A-Za-z0-9_-]{20})"# + tokenEnd,
            keywords: ["glsoat-"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "gitlab-incoming-mail-token", description: "GitLab incoming mail token", family: "source-hosting",
            pattern: #"\b(glimt-[A-Za-z0-9_-]{25})"# + tokenEnd,
            keywords: ["glimt-"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "gitlab-kubernetes-agent-token", description: "GitLab Kubernetes agent token", family: "source-hosting",
            pattern: #"\b(glagent-[A-Za-z0-9_-]{50})"# + tokenEnd,
            keywords: ["glagent-"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "gitlab-feature-flag-client-token", description: "GitLab feature flag client token", family: "source-hosting",
            pattern: #"\b(glffct-[A-Za-z0-9_-]{20})"# + tokenEnd,
            keywords: ["glffct-"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "bitbucket-app-password", description: "Bitbucket app password", family: "source-hosting",
            pattern: #"\b(ATBB[A-Za-z0-9_=.-]{20,40}[A-F0-9]{8})\b"#,
            keywords: ["atbb"], secretGroup: 1, minimumEntropy: 3.5, valueChecks: [.containsDigit]),
        SecretRule(
            id: "bitbucket-access-token", description: "Bitbucket repository, project or workspace access token", family: "source-hosting",
            pattern: #"\b(ATCTT3xFfGN0[A-Za-z0-9_=-]{100,300})"# + #"(?![A-Za-z0-9_=-])"#,
            keywords: ["atctt3xffgn0"], secretGroup: 1, minimumEntropy: 4.0),
    ]
}
