extension BuiltInRules {
    /// A password as configuration files write it: printable, no quotes, spaces or variable syntax.
    static let configPassword = #"[A-Za-z0-9!#%&*+,./:;=?@^_|~-]{6,128}"#
    /// The end of a `configPassword`.
    static let configPasswordEnd = #"(?![A-Za-z0-9!#%&*+,./:;=?@^_|~-])"#

    /// Credentials for package sources: registries, private gem and package servers, and the files
    /// package managers keep them in.
    static let packageSources: [SecretRule] = [
        SecretRule(
            id: "sidekiq-enterprise-credentials", description: "Sidekiq Pro / Enterprise gem server credentials", family: "package-registries",
            pattern: #"(?i)BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM"# + assignment + #"(?-i:([a-f0-9]{8}:[a-f0-9]{8}))\b"#,
            keywords: ["bundle_enterprise__contribsys__com", "bundle_gems__contribsys__com"], secretGroup: 1, minimumEntropy: 2.5),
        SecretRule(
            id: "sidekiq-credentials-url", description: "Sidekiq Pro / Enterprise gem source URL with its password", family: "package-registries",
            pattern: #"(?i)\bhttps?://(?-i:[a-f0-9]{8}:([a-f0-9]{8}))@(?:gems|enterprise)\.contribsys\.com\b"#,
            keywords: ["contribsys.com"], secretGroup: 1, minimumEntropy: 2.0),
        SecretRule(
            id: "bundler-source-credentials", description: "Bundler credentials for a private gem source (BUNDLE_<HOST>)", family: "package-registries",
            pattern: #"\bBUNDLE_(?!(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM\b)(?:[A-Z0-9-]+___?)+[A-Z0-9-]+"# + assignment
                + #"([A-Za-z0-9._~%+-]{1,64}:[A-Za-z0-9._~%+/=!@^*-]{8,128})(?![A-Za-z0-9._~%+/=!@^*-])"#,
            keywords: ["bundle_"], secretGroup: 1, minimumEntropy: 3.0, stopwords: ["${"], valueChecks: [.containsDigit]),
        SecretRule(
            id: "npmrc-basic-auth", description: "Registry basic credentials (_auth) in an .npmrc", family: "package-registries",
            pattern: #"(?:^|[\s:/"'])_auth(?:=| =)[ \t]?["']?([A-Za-z0-9+/]{8,200}={0,2})(?![A-Za-z0-9+/=])"#,
            keywords: ["_auth=", "_auth ="], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "npmrc-password", description: "Registry password (_password) in an .npmrc", family: "package-registries",
            pattern: #"(?:^|[\s:/"'])_password(?:=| =)[ \t]?["']?([A-Za-z0-9+/]{8,200}={0,2})(?![A-Za-z0-9+/=])"#,
            keywords: ["_password=", "_password ="], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "yarnrc-npm-auth-ident", description: "Registry credentials (npmAuthIdent) in a .yarnrc.yml", family: "package-registries",
            pattern: #"(?i)npmAuthIdent["']?[ \t]{0,4}:[ \t]{0,4}["']?(?-i:([A-Za-z0-9._@-]{1,64}:[A-Za-z0-9!#%&*+,./;=?@^_|~-]{6,128}|[A-Za-z0-9+/]{12,200}={0,2}))(?![A-Za-z0-9!#%&*+,./:;=?@^_|~-])"#,
            keywords: ["npmauthident"], secretGroup: 1, minimumEntropy: 3.0, stopwords: ["${"]),
        SecretRule(
            id: "composer-github-oauth", description: "GitHub OAuth token in a Composer auth.json", family: "package-registries",
            pattern: #""github-oauth"\s*:\s*\{\s*"[^"]{1,100}"\s*:\s*"([a-f0-9]{40})""#,
            keywords: ["\"github-oauth\""], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "composer-http-basic-password", description: "HTTP basic password in a Composer auth.json", family: "package-registries",
            pattern: #"(?s)"http-basic"\s*:\s*\{.{0,400}?"password"\s*:\s*"([^"\s\\]{6,200})""#,
            keywords: ["\"http-basic\""], secretGroup: 1, minimumEntropy: 2.5, allowPatterns: [dummyPasswords],
            stopwords: ["%env", "${"], windowBefore: 16, windowAfter: 600),
        SecretRule(
            id: "composer-gitlab-token", description: "GitLab token in a Composer auth.json", family: "package-registries",
            pattern: #""gitlab-token"\s*:\s*\{\s*"[^"]{1,100}"\s*:\s*(?:\{[^}]{0,200}?"token"\s*:\s*)?"(?!glpat-)([A-Za-z0-9_-]{20,64})""#,
            keywords: ["\"gitlab-token\""], secretGroup: 1, minimumEntropy: 3.5, windowBefore: 16, windowAfter: 400),
        SecretRule(
            id: "composer-bitbucket-oauth", description: "Bitbucket OAuth consumer secret in a Composer auth.json", family: "package-registries",
            pattern: #"(?s)"bitbucket-oauth"\s*:\s*\{.{0,300}?"consumer-secret"\s*:\s*"([A-Za-z0-9]{20,64})""#,
            keywords: ["\"bitbucket-oauth\""], secretGroup: 1, minimumEntropy: 3.5, windowBefore: 16, windowAfter: 500),
        SecretRule(
            id: "gradle-repository-password", description: "Repository or signing password in gradle.properties", family: "package-registries",
            pattern: named(#"(?:ossrh|sonatype|nexus|maven|mavencentral|artifactory|repsy|repo|publishing|signing\.)password"#,
                           value: configPassword, end: configPasswordEnd),
            keywords: ["ossrhpassword", "sonatypepassword", "nexuspassword", "mavenpassword", "mavencentralpassword", "artifactorypassword",
                       "repsypassword", "repopassword", "publishingpassword", "signing.password"],
            secretGroup: 2, minimumEntropy: 3.0, allowPatterns: [dummyPasswords], stopwords: ["${"], nameGroup: 1,
            nameStopwords: ["file", "path", "env", "property"], valueChecks: [.notReference]),
        SecretRule(
            id: "pip-index-url-credentials", description: "Python package index URL with credentials", family: "package-registries",
            pattern: #"(?i)index[_-]url["']?[ \t]{0,4}(?:=|:|[ \t])[ \t]{0,4}["']?https?://[^:@/\s"']{1,100}:([^@/\s"']{6,200})@[A-Za-z0-9.-]"#,
            keywords: ["index-url", "index_url"], secretGroup: 1, minimumEntropy: 3.0, allowPatterns: [dummyPasswords],
            stopwords: ["${", "$(", "{{"], valueChecks: [.notReference]),
        SecretRule(
            id: "poetry-http-basic-password", description: "Poetry repository password (POETRY_HTTP_BASIC_*_PASSWORD)", family: "package-registries",
            pattern: #"(?i)POETRY_HTTP_BASIC_[A-Z0-9_]{1,60}_PASSWORD"# + assignment + #"(?-i:("# + configPassword + "))" + configPasswordEnd,
            keywords: ["poetry_http_basic_"], secretGroup: 1, minimumEntropy: 3.0, allowPatterns: [dummyPasswords], stopwords: ["${"],
            valueChecks: [.notReference]),
        SecretRule(
            id: "docker-config-auth", description: "Registry credentials in a Docker config.json", family: "package-registries",
            pattern: #"(?s)"auths"\s*:\s*\{.{0,400}?"auth"\s*:\s*"([A-Za-z0-9+/]{12,400}={0,2})""#,
            keywords: ["\"auths\""], secretGroup: 1, minimumEntropy: 3.0, windowBefore: 16, windowAfter: 900),
        SecretRule(
            id: "packagist-token", description: "Private Packagist authentication token", family: "package-registries",
            pattern: #"\b(packagist_[a-z]{3}_[a-f0-9]{68})\b"#,
            keywords: ["packagist_"], secretGroup: 1, minimumEntropy: 3.0, windowBefore: 4, windowAfter: 90),
        SecretRule(
            id: "gradle-plugin-portal-key", description: "Gradle Plugin Portal publishing key or secret", family: "package-registries",
            pattern: named(#"gradle(?:\.publish\.|_publish_)(?:key|secret)"#, value: #"[A-Za-z0-9]{32}"#),
            keywords: ["gradle.publish.", "gradle_publish_"], secretGroup: 2, minimumEntropy: 3.5, nameGroup: 1,
            nameStopwords: ["file", "path", "env", "property"], valueChecks: [.containsDigit, .notHexDigest]),
        SecretRule(
            id: "hex-api-key", description: "Hex.pm API key", family: "package-registries",
            pattern: named(#"hex(?:_api_key|-api-key|\.api\.key|apikey)|hexpm[_.-]?(?:key|token|secret)"#, value: #"[a-f0-9]{32}"#, end: #"\b"#),
            keywords: ["hex_api_key", "hex-api-key", "hex.api.key", "hexapikey", "hexpm"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1,
            nameStopwords: identifierNames),
        SecretRule(
            id: "cocoapods-trunk-token", description: "CocoaPods trunk session token", family: "package-registries",
            pattern: #"(?i)(?:trunk\.cocoapods\.org\s+login\s+[^\s]{1,100}\s+password\s+|cocoapods[_-]?trunk[_.-]?token"# + assignment + #")(?-i:([a-f0-9]{32}))\b"#,
            keywords: ["trunk.cocoapods.org", "cocoapods_trunk", "cocoapods-trunk", "cocoapodstrunk"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "rubygems-legacy-api-key", description: "RubyGems API key (unprefixed, in gem credentials)", family: "package-registries",
            pattern: #":?rubygems_api_key"# + assignment + #"([a-f0-9]{32})\b"#,
            keywords: ["rubygems_api_key"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "jfrog-identity-token", description: "JFrog Platform identity token (unprefixed)", family: "package-registries",
            pattern: named(#"jfrog|artifactory"#, value: #"(?!cmVmdGtuOjAx)[A-Za-z0-9]{64}"#),
            keywords: ["jfrog", "artifactory"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1,
            nameStopwords: identifierNames + ["sha", "hash", "checksum", "digest"], valueChecks: [.containsDigit, .notHexDigest]),
        SecretRule(
            id: "cloudsmith-api-key", description: "Cloudsmith API key", family: "package-registries",
            pattern: named("cloudsmith", value: #"[a-f0-9]{40}"#, end: #"\b"#),
            keywords: ["cloudsmith"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1,
            nameStopwords: identifierNames + ["sha", "hash", "checksum"]),
        SecretRule(
            id: "gemfury-token-url", description: "Gemfury push or install URL with its token", family: "package-registries",
            pattern: #"(?i)\bhttps?://(?-i:([A-Za-z0-9_-]{16,40})):?@(?:push|repo|npm|pypi|npm-proxy)\.fury\.io\b"#,
            keywords: ["fury.io"], secretGroup: 1, minimumEntropy: 3.5, valueChecks: [.containsDigit]),
        SecretRule(
            id: "gemfury-api-token", description: "Gemfury API or push token", family: "package-registries",
            pattern: named("gemfury|fury_(?:token|push|api)", value: #"[A-Za-z0-9_-]{16,40}"#),
            keywords: ["gemfury", "fury_token", "fury_push", "fury_api"], secretGroup: 2,
            minimumEntropy: 3.5, nameGroup: 1, nameStopwords: identifierNames + ["user", "account"], valueChecks: [.containsDigit, .notWordSlug]),
        SecretRule(
            id: "anaconda-token", description: "Anaconda.org API token", family: "package-registries",
            pattern: named("anaconda|binstar", value: #"[A-Za-z0-9]{2}-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}|[A-Za-z0-9_-]{30,64}"#),
            keywords: ["anaconda", "binstar"], secretGroup: 2, minimumEntropy: 3.5, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit, .notUUID, .notWordSlug]),
        SecretRule(
            id: "nuget-config-password", description: "Clear-text package source password in a NuGet.config", family: "package-registries",
            pattern: #"(?i)<add\s+key\s*=\s*"ClearTextPassword"\s+value\s*=\s*"(?!%)([^"\s$]{6,200})""#,
            keywords: ["cleartextpassword"], secretGroup: 1, minimumEntropy: 3.0, allowPatterns: [dummyPasswords]),
    ]
}
