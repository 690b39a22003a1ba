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
    ]
}
