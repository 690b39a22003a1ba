extension BuiltInRules {
    /// CI/CD services, build agents and the browser-testing clouds builds call.
    static let continuousIntegration: [SecretRule] = [
        SecretRule(
            id: "circleci-project-token", description: "CircleCI project API token", family: "ci-cd",
            pattern: #"\b(CCIPRJ_[A-Za-z0-9]{22}_[a-f0-9]{40})\b"#, keywords: ["cciprj_"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "circleci-legacy-token", description: "CircleCI personal or project API token (unprefixed)", family: "ci-cd",
            pattern: named("circleci|circle[_.-]token", value: #"[a-f0-9]{40}"#, end: #"\b"#),
            keywords: ["circleci", "circle_token", "circle-token", "circle.token"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1,
            nameStopwords: identifierNames + ["sha", "commit", "hash", "revision"]),
        SecretRule(
            id: "travis-ci-token", description: "Travis CI API token", family: "ci-cd",
            pattern: named("travis", value: #"[A-Za-z0-9_-]{22}"#),
            keywords: ["travis"], secretGroup: 2, minimumEntropy: 3.5, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.notWordSlug, .notReference]),
        SecretRule(
            id: "drone-ci-token", description: "Drone CI personal token", family: "ci-cd",
            pattern: named(#"drone[_.-]?(?:ci|token|access|secret)"#, value: #"[A-Za-z0-9]{32}"#),
            keywords: ["drone"], secretGroup: 2, minimumEntropy: 3.5, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit]),
        SecretRule(
            id: "harness-access-token", description: "Harness personal or service account token", family: "ci-cd",
            pattern: #"\b((?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20})\b"#,
            keywords: ["pat.", "sat."], secretGroup: 1, minimumEntropy: 3.5, windowBefore: 4, windowAfter: 80),
        SecretRule(
            id: "teamcity-access-token", description: "JetBrains TeamCity access token", family: "ci-cd",
            pattern: #"\b(eyJ0eXAiOiAiVENWMiJ9\.[A-Za-z0-9_-]{20,80}\.[A-Za-z0-9_-]{40,80})"# + tokenEnd,
            keywords: ["eyj0exaioiaivenwmij9"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "jenkins-api-token", description: "Jenkins API token", family: "ci-cd",
            pattern: named("jenkins", value: #"11[a-f0-9]{32}|[a-f0-9]{32}"#, end: #"\b"#),
            keywords: ["jenkins"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1,
            nameStopwords: identifierNames + ["crumb", "sha", "hash", "commit"]),
        SecretRule(
            id: "jenkins-crumb", description: "Jenkins CSRF crumb", family: "ci-cd",
            pattern: named(#"jenkins[_.-]?crumb"#, value: #"[a-f0-9]{64}|[a-f0-9]{32}"#, end: #"\b"#),
            keywords: ["jenkins"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1),
        SecretRule(
            id: "octopus-deploy-api-key", description: "Octopus Deploy API key", family: "ci-cd",
            pattern: #"\b(API-[A-Z0-9]{25,32})\b"#,
            keywords: ["api-"], secretGroup: 1, minimumEntropy: 3.5, valueChecks: [.containsDigit], windowBefore: 2, windowAfter: 40),
        SecretRule(
            id: "bitrise-access-token", description: "Bitrise personal or workspace access token", family: "ci-cd",
            pattern: named("bitrise", value: #"[A-Za-z0-9_-]{60,100}"#),
            keywords: ["bitrise"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit]),
        SecretRule(
            id: "appveyor-api-key", description: "AppVeyor API key", family: "ci-cd",
            pattern: named("appveyor", value: #"v2\.[A-Za-z0-9]{20}|[A-Za-z0-9]{20}"#),
            keywords: ["appveyor"], secretGroup: 2, minimumEntropy: 3.5, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit]),
        SecretRule(
            id: "semaphore-api-token", description: "Semaphore CI API token", family: "ci-cd",
            pattern: named(#"semaphore[_.-]?(?:api|token|ci)"#, value: #"[A-Za-z0-9_-]{20}"#),
            keywords: ["semaphore"], secretGroup: 2, minimumEntropy: 3.5, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit, .notWordSlug]),
        SecretRule(
            id: "buildkite-agent-token", description: "Buildkite agent session or job token", family: "ci-cd",
            pattern: #"\b(bka[aj]_[A-Za-z0-9_-]{30,200})"# + tokenEnd,
            keywords: ["bkaa_", "bkaj_"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "buildkite-agent-registration-token", description: "Buildkite agent registration token (unprefixed)", family: "ci-cd",
            pattern: named(#"buildkite[_.-]?agent[_.-]?token"#, value: #"[a-z0-9]{40,60}"#),
            keywords: ["buildkite"], secretGroup: 2, minimumEntropy: 3.5, nameGroup: 1,
            valueChecks: [.containsDigit, .notHexDigest]),
        SecretRule(
            id: "codemagic-api-token", description: "Codemagic API token", family: "ci-cd",
            pattern: named("codemagic", value: #"[A-Za-z0-9_-]{40,50}"#),
            keywords: ["codemagic"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1,
            nameStopwords: identifierNames, valueChecks: [.containsDigit, .notHexDigest]),
        SecretRule(
            id: "codefresh-api-key", description: "Codefresh API key", family: "ci-cd",
            pattern: named("codefresh", value: #"[a-f0-9]{24}\.[a-f0-9]{32}"#, end: #"\b"#),
            keywords: ["codefresh"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1,
            nameStopwords: identifierNames),
        SecretRule(
            id: "cypress-record-key", description: "Cypress Cloud record key", family: "ci-cd",
            pattern: named("cypress", value: toolingUUID, end: #"\b"#),
            keywords: ["cypress"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1,
            nameStopwords: identifierNames + ["project"]),
        SecretRule(
            id: "percy-token", description: "Percy (BrowserStack) project token", family: "ci-cd",
            pattern: named("percy", value: #"(?:web|app|auto|ss|vmw|res)_[a-f0-9]{64}|[a-f0-9]{64}"#, end: #"\b"#),
            keywords: ["percy"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1,
            nameStopwords: identifierNames + ["sha", "hash", "commit", "digest"]),
        SecretRule(
            id: "browserstack-access-key", description: "BrowserStack access key", family: "ci-cd",
            pattern: named("browserstack|browser_stack", value: #"[A-Za-z0-9]{20}"#),
            keywords: ["browserstack", "browser_stack"], secretGroup: 2,
            minimumEntropy: 3.5, nameGroup: 1, nameStopwords: identifierNames + ["user", "name"], valueChecks: [.containsDigit]),
        SecretRule(
            id: "saucelabs-access-key", description: "Sauce Labs access key", family: "ci-cd",
            pattern: named("sauce", value: toolingUUID, end: #"\b"#),
            keywords: ["sauce"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1,
            nameStopwords: identifierNames + ["tunnel", "job", "build"]),
        SecretRule(
            id: "lambdatest-access-key", description: "LambdaTest access key", family: "ci-cd",
            pattern: named("lambdatest|lt_access_key", value: #"(?:LT_)?[A-Za-z0-9]{40,60}"#),
            keywords: ["lambdatest", "lt_access_key"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1,
            nameStopwords: identifierNames + ["user", "name"], valueChecks: [.containsDigit, .notHexDigest]),
        SecretRule(
            id: "applitools-api-key", description: "Applitools Eyes API key", family: "ci-cd",
            pattern: named("applitools", value: #"[A-Za-z0-9]{30,60}"#),
            keywords: ["applitools"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit, .notHexDigest]),
    ]
}
