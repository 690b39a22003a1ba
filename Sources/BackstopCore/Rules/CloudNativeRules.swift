extension BuiltInRules {
    /// A line break in a YAML file, or its `\n` escape when the file sits in a JSON or code string.
    private static let yamlBreak = #"[ \t]*(?:\\r)?(?:\\n|\r?\n)"#

    /// Kubernetes, HashiCorp, container platforms, and the tools that deploy and reach them.
    static let cloudNative: [SecretRule] = [
        SecretRule(
            id: "kubernetes-kubeconfig-client-key", description: "Kubernetes kubeconfig client key (client-key-data)", family: "cloud-native",
            // The base64 of `-----BEGIN`.
            pattern: #"client-key-data["']?[ \t]{0,4}:[ \t]{0,4}["']?(LS0tLS1CRUdJT[A-Za-z0-9+/]{60,8000}={0,2})(?![A-Za-z0-9+/=])"#,
            keywords: ["client-key-data"], secretGroup: 1, minimumEntropy: 4.0, windowBefore: 16, windowAfter: 8192),
        SecretRule(
            id: "kubernetes-kubeconfig-user-token", description: "Kubernetes kubeconfig user bearer token", family: "cloud-native",
            pattern: #"users:"# + yamlBreak + #"(?:[ \t]*-[ \t]*name:[^\r\n\\]{1,100}"# + yamlBreak + #")?[ \t]*(?:-[ \t]*)?user:"# + yamlBreak
                + #"(?:[ \t]*[A-Za-z-]{2,40}:[^\r\n\\]*"# + yamlBreak + #"){0,8}?[ \t]*token:[ \t]*["']?([A-Za-z0-9._~+/=-]{20,4000})(?![A-Za-z0-9._~+/=-])"#,
            keywords: ["users:"], secretGroup: 1, minimumEntropy: 3.5, valueChecks: [.notReference], windowBefore: 16, windowAfter: 8192),
        SecretRule(
            id: "kubernetes-bootstrap-token", description: "Kubernetes (kubeadm) bootstrap token", family: "cloud-native",
            pattern: #"(?i)(?:--token(?:[ \t]+|=)|(?:bootstrap|kubeadm)[_.-]?token[A-Za-z0-9_.-]{0,20}"# + assignment + #")(?-i:([a-z0-9]{6}\.[a-z0-9]{16}))(?![A-Za-z0-9_.-])"#,
            keywords: ["--token", "bootstrap_token", "bootstrap-token", "bootstrap.token", "bootstraptoken", "kubeadm"], secretGroup: 1, minimumEntropy: 3.0,
            // kubeadm's documented example token.
            allowPatterns: [#"^abcdef\.0123456789abcdef$"#], valueChecks: [.containsDigit]),
        SecretRule(
            id: "k3s-node-token", description: "K3s or RKE2 server or agent join token", family: "cloud-native",
            pattern: #"\b(K10[a-f0-9]{64}::(?:server|node):[A-Za-z0-9]{8,64})\b"#,
            keywords: ["::server:", "::node:"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "vault-token-legacy", description: "HashiCorp Vault service or batch token (pre-1.10 form)", family: "cloud-native",
            pattern: named("vault", value: #"s\.[A-Za-z0-9]{24}|b\.[A-Za-z0-9_-]{60,300}"#, end: tokenEnd),
            keywords: ["vault"], secretGroup: 2, minimumEntropy: 3.5, nameGroup: 1, nameStopwords: identifierNames + ["accessor"],
            valueChecks: [.containsDigit]),
        SecretRule(
            id: "consul-acl-token", description: "HashiCorp Consul ACL token", family: "cloud-native",
            pattern: named("consul", value: lowercaseUUID, end: #"\b"#),
            keywords: ["consul"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1, nameStopwords: identifierNames + ["accessor"]),
        SecretRule(
            id: "consul-gossip-encryption-key", description: "HashiCorp Consul gossip encryption key", family: "cloud-native",
            pattern: named(#"consul[A-Za-z0-9_.-]{0,20}(?:encrypt|gossip)|gossip[_.-]?(?:encryption[_.-]?)?key"#,
                           value: #"[A-Za-z0-9+/]{43}="#, end: #"(?![A-Za-z0-9+/=])"#),
            keywords: ["consul", "gossip"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames),
        SecretRule(
            id: "nomad-acl-token", description: "HashiCorp Nomad ACL token", family: "cloud-native",
            pattern: named("nomad", value: lowercaseUUID, end: #"\b"#),
            keywords: ["nomad"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1, nameStopwords: identifierNames + ["accessor"]),
        SecretRule(
            id: "hcp-client-secret", description: "HashiCorp Cloud Platform service principal client secret", family: "cloud-native",
            pattern: named(#"hcp[_.-]?client[_.-]?secret"#, value: #"[A-Za-z0-9_-]{64}"#, end: tokenEnd),
            keywords: ["hcp_client", "hcp-client", "hcp.client", "hcpclient"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1,
            valueChecks: [.containsDigit, .notHexDigest]),
        SecretRule(
            id: "docker-swarm-join-token", description: "Docker Swarm join token", family: "cloud-native",
            pattern: #"\b(SWMTKN-1-[a-z0-9]{50}-[a-z0-9]{25})\b"#, keywords: ["swmtkn-1-"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "docker-swarm-unlock-key", description: "Docker Swarm unlock key", family: "cloud-native",
            pattern: #"\b(SWMKEY-1-[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=])"#, keywords: ["swmkey-1-"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "harbor-robot-secret", description: "Harbor robot account secret", family: "cloud-native",
            pattern: named("harbor", value: #"[A-Za-z0-9]{32}"#, end: #"\b"#),
            keywords: ["harbor"], secretGroup: 2, minimumEntropy: 3.8, nameGroup: 1, nameStopwords: identifierNames + ["user", "robot_name", "url", "host"],
            valueChecks: [.containsDigit, .notHexDigest]),
        SecretRule(
            id: "rancher-api-token", description: "Rancher API token", family: "cloud-native",
            pattern: named(#"rancher|cattle[_.-]"#, value: #"(?:token-[a-z0-9]{5}:)?[a-z0-9]{54}"#, end: #"\b"#),
            keywords: ["rancher", "cattle_", "cattle-", "cattle."], secretGroup: 2, minimumEntropy: 3.8, nameGroup: 1,
            nameStopwords: identifierNames, valueChecks: [.containsDigit]),
        SecretRule(
            id: "argocd-auth-token", description: "Argo CD API or session token", family: "cloud-native",
            pattern: named(#"argocd|argo[_.-]cd"#, value: jwtValue, end: tokenEnd),
            keywords: ["argocd", "argo_cd", "argo-cd", "argo.cd"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames),
        SecretRule(
            id: "helm-repository-password", description: "Helm repository or registry password on a command line", family: "cloud-native",
            pattern: #"(?i)helm[ \t]+(?:repo[ \t]+add|registry[ \t]+login)\b[^\r\n]{0,300}?--password(?:[ \t]+|=)["']?([^\s"'`]{6,128})"#,
            keywords: ["helm repo add", "helm registry login"], secretGroup: 1, allowPatterns: [dummyPasswords],
            valueChecks: [.notReference], windowAfter: 480),
        SecretRule(
            id: "pulumi-config-passphrase", description: "Pulumi stack secrets passphrase", family: "cloud-native",
            pattern: named(#"pulumi[_.-]?config[_.-]?passphrase"#, value: #"[^\s"'`$]{8,128}"#, end: #"(?![^\s"'`,;])"#),
            keywords: ["pulumi_config_passphrase", "pulumi-config-passphrase", "pulumiconfigpassphrase", "pulumi.config.passphrase"],
            secretGroup: 2, minimumEntropy: 3.0, allowPatterns: [dummyPasswords], nameGroup: 1, nameStopwords: ["file"],
            valueChecks: [.notReference]),
        SecretRule(
            id: "infracost-api-key", description: "Infracost API key", family: "cloud-native",
            pattern: #"\b(ico-[A-Za-z0-9]{32})\b"#, keywords: ["ico-"], secretGroup: 1, minimumEntropy: 4.0, valueChecks: [.containsDigit]),
        SecretRule(
            id: "ngrok-authtoken", description: "ngrok authtoken or API key", family: "cloud-native",
            pattern: #"(?i)(ngrok[A-Za-z0-9_.-]{0,30})(?:"# + assignment + #"|[ \t]+(?:config[ \t]+add-)?authtoken[ \t]+["']?)"#
                + #"(?-i:([A-Za-z0-9]{20,30}_[A-Za-z0-9]{18,30}))(?![A-Za-z0-9_-])"#,
            keywords: ["ngrok"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames, valueChecks: [.containsDigit]),
        SecretRule(
            id: "teleport-join-token", description: "Teleport join or auth token", family: "cloud-native",
            pattern: named("teleport", value: #"[a-f0-9]{32}"#, end: #"\b"#),
            keywords: ["teleport"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1, nameStopwords: identifierNames, valueChecks: [.containsDigit]),
        SecretRule(
            id: "infisical-token", description: "Infisical service token or machine identity client secret", family: "cloud-native",
            pattern: named("infisical", value: #"st\.[a-f0-9]{24}\.[a-f0-9]{32}\.[a-f0-9]{32}|[a-f0-9]{64}"#, end: #"\b"#),
            keywords: ["infisical"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1, nameStopwords: identifierNames, valueChecks: [.containsDigit]),
        SecretRule(
            id: "akeyless-access-key", description: "Akeyless access key", family: "cloud-native",
            pattern: named("akeyless", value: #"[A-Za-z0-9+/]{43}="#, end: #"(?![A-Za-z0-9+/=])"#),
            keywords: ["akeyless"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames, valueChecks: [.containsDigit]),
        SecretRule(
            id: "openshift-oauth-token", description: "OpenShift OAuth access token", family: "cloud-native",
            pattern: #"(?<![A-Za-z0-9_-])(sha256~[A-Za-z0-9_-]{43})"# + tokenEnd, keywords: ["sha256~"], secretGroup: 1, minimumEntropy: 4.0),
    ]
}
