extension BuiltInRules {
    static let packageRegistries: [SecretRule] = [
        SecretRule(
            id: "npm-access-token", description: "npm access token", family: "package-registries",
            pattern: #"\b(npm_[A-Za-z0-9]{36})\b"#,
            keywords: ["npm_"], secretGroup: 1, minimumEntropy: 3.5, valueChecks: [.containsDigit]),
        SecretRule(
            id: "npmrc-auth-token", description: "Registry auth token in an .npmrc or .yarnrc", family: "package-registries",
            pattern: #"(?i)(?:_authToken|npmAuthToken)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?(?!npm_|gh[pousr]_|github_pat_|glpat-)([A-Za-z0-9._~+/=-]{20,512})(?![A-Za-z0-9._~+/=-])"#,
            keywords: ["_authtoken", "npmauthtoken"], secretGroup: 1, minimumEntropy: 3.5, valueChecks: [.notReference]),
        SecretRule(
            id: "pypi-upload-token", description: "PyPI upload token", family: "package-registries",
            pattern: #"\b(pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000})"# + tokenEnd,
            keywords: ["pypi-ageichlwas5vcmc", "pypi-agendgvzdc5wexbplm9yzw"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "rubygems-api-key", description: "RubyGems API key", family: "package-registries",
            pattern: #"\b(rubygems_[0-9a-f]{48})\b"#,
            keywords: ["rubygems_"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "nuget-api-key", description: "NuGet.org API key", family: "package-registries",
            pattern: #"\b(oy2[a-z0-9]{43})\b"#,
            keywords: ["oy2"], secretGroup: 1, minimumEntropy: 3.8, valueChecks: [.containsDigit]),
        SecretRule(
            id: "docker-hub-access-token", description: "Docker Hub personal or organization access token", family: "package-registries",
            pattern: #"\b(dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,40})"# + tokenEnd,
            keywords: ["dckr_pat_", "dckr_oat_"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "clojars-api-token", description: "Clojars deploy token", family: "package-registries",
            pattern: #"\b(CLOJARS_[a-z0-9]{60})\b"#,
            keywords: ["clojars_"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "artifactory-api-key", description: "JFrog Artifactory API key", family: "package-registries",
            pattern: #"\b(AKCp[A-Za-z0-9]{69})\b"#,
            keywords: ["akcp"], secretGroup: 1, minimumEntropy: 4.5),
        SecretRule(
            id: "artifactory-reference-token", description: "JFrog Artifactory reference token", family: "package-registries",
            pattern: #"\b(cmVmdGtuOjAx[A-Za-z0-9]{52})\b"#,
            keywords: ["cmvmdgtuojax"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "crates-io-api-token", description: "crates.io API token", family: "package-registries",
            pattern: #"\b(cio[A-Za-z0-9]{32})\b"#,
            keywords: ["cio"], secretGroup: 1, minimumEntropy: 3.5, valueChecks: [.containsDigit]),
    ]
}
