extension BuiltInRules {

    /// Cloud providers other than Azure, and the hosting platforms that deploy to them.
    static let cloudProviders: [SecretRule] = [
        // AWS and Amazon.
        SecretRule(
            id: "aws-session-token", description: "AWS temporary session token", family: "cloud",
            pattern: named(#"aws[_.-]?session[_.-]?token|aws[_.-]?security[_.-]?token|x-amz-security-token"#,
                           value: #"[A-Za-z0-9/+=]{100,2000}"#, end: #"(?![A-Za-z0-9/+=])"#),
            keywords: ["aws_session", "aws-session", "aws.session", "awssession", "aws_security", "aws-security", "aws.security", "awssecurity",
                       "x-amz-security-token"],
            secretGroup: 2, minimumEntropy: 4.5, nameGroup: 1, nameStopwords: identifierNames + ["expir"], valueChecks: [.containsDigit],
            windowAfter: 2400),
        SecretRule(
            id: "aws-bedrock-api-key", description: "Amazon Bedrock long-term API key", family: "cloud",
            // `ABSK` and the base64 of `BedrockAPIKey-`.
            pattern: #"\b(ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{60,300}={0,2})(?![A-Za-z0-9+/=])"#,
            keywords: ["abskqmvkcm9ja0fqsutles"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "aws-bedrock-short-term-api-key", description: "Amazon Bedrock short-term API key (a presigned request)", family: "cloud",
            // The base64 of `bedrock.amazonaws.com`, the start of the presigned URL.
            pattern: #"\b(bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/_-]{100,3000}={0,2})(?![A-Za-z0-9+/=_-])"#,
            keywords: ["bedrock-api-key-ymvkcm9jay5hbwf6b25hd3muy29t"], secretGroup: 1, minimumEntropy: 4.0, windowAfter: 3200),
        SecretRule(
            id: "aws-appsync-api-key", description: "AWS AppSync GraphQL API key", family: "cloud",
            pattern: #"\b(da2-[a-z0-9]{26})\b"#, keywords: ["da2-"], secretGroup: 1, minimumEntropy: 3.5, valueChecks: [.containsDigit]),
        SecretRule(
            id: "amazon-lwa-client-secret", description: "Login with Amazon (Selling Partner API) client secret", family: "cloud",
            pattern: #"\b(amzn1\.oa2-cs\.v1\.[a-f0-9]{64})\b"#, keywords: ["amzn1.oa2-cs.v1."], secretGroup: 1, minimumEntropy: 3.0),

        // Google.
        SecretRule(
            id: "google-oauth-refresh-token", description: "Google OAuth refresh token", family: "cloud",
            pattern: #"(?<![A-Za-z0-9_/:.-])(1//0[A-Za-z0-9_-]{60,250})(?![A-Za-z0-9_-])"#,
            keywords: ["1//0"], secretGroup: 1, minimumEntropy: 4.0, valueChecks: [.containsDigit]),
        SecretRule(
            id: "firebase-cloud-messaging-server-key", description: "Firebase Cloud Messaging legacy server key", family: "cloud",
            pattern: #"\b(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?![A-Za-z0-9_-])"#,
            keywords: [":apa91b"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "gcp-hmac-access-key-id", description: "Google Cloud Storage HMAC access id of a service account", family: "cloud",
            pattern: #"\b(GOOG1[A-Z0-9]{56})\b"#, keywords: ["goog1"], secretGroup: 1, minimumEntropy: 3.5, valueChecks: [.containsDigit]),

        // IBM and Oracle.
        SecretRule(
            id: "ibm-cloud-api-key", description: "IBM Cloud API key", family: "cloud",
            pattern: named(#"ibm(?:[_.-]|cloud)[A-Za-z0-9_.-]{0,20}api[_.-]?key|bluemix[A-Za-z0-9_.-]{0,20}api[_.-]?key|ic[_.-]api[_.-]?key"#,
                           value: #"[A-Za-z0-9_-]{44}"#, end: tokenEnd),
            keywords: ["ibm_", "ibm-", "ibm.", "ibmcloud", "bluemix", "ic_api", "ic-api", "ic.api"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1,
            nameStopwords: identifierNames, valueChecks: [.containsDigit]),
        SecretRule(
            id: "ibm-cos-hmac-secret", description: "IBM Cloud Object Storage HMAC secret access key", family: "cloud",
            pattern: #"(?i)(?:cos_hmac_keys["']?[ \t]{0,4}[:=][ \t]{0,4}\{[^}]{0,200}?secret_access_key|cos_(?:hmac_)?secret|cos-(?:hmac-)?secret|cos(?:hmac)?secret)[A-Za-z0-9_.-]{0,30}"#
                + assignment + #"(?-i:([a-f0-9]{48}))\b"#,
            keywords: ["cos_hmac_keys", "cos_secret", "cos_hmac_secret", "cos-secret", "cos-hmac-secret", "cossecret", "coshmacsecret"],
            secretGroup: 1, minimumEntropy: 3.0, valueChecks: [.containsDigit]),
        SecretRule(
            id: "oci-auth-token", description: "Oracle Cloud Infrastructure auth token", family: "cloud",
            pattern: named(#"oci[_.-]auth[_.-]?token|oracle[_.-]?(?:cloud[_.-]?)?auth[_.-]?token"#,
                           value: #"[A-Za-z0-9()<>;:.+_#\[\]{}-]{20}"#, end: #"(?![^"'`\s,])"#),
            keywords: ["oci_auth", "oci-auth", "oci.auth", "oracle"], secretGroup: 2, minimumEntropy: 3.5, nameGroup: 1,
            nameStopwords: identifierNames, valueChecks: [.notReference]),
        SecretRule(
            id: "oci-customer-secret-key", description: "Oracle Cloud Infrastructure customer secret key (S3-compatible)", family: "cloud",
            pattern: named(#"oci[_.-](?:customer[_.-]?)?secret[_.-]?key|oci[_.-]s3[_.-]?secret|oracle[_.-]?(?:cloud[_.-]?)?(?:customer[_.-]?)?secret[_.-]?key"#,
                           value: #"[A-Za-z0-9+/]{43}="#, end: #"(?![A-Za-z0-9+/=])"#),
            keywords: ["oci_", "oci-", "oci.", "oracle"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit]),

        // Alibaba, Tencent, Huawei and Yandex.
        SecretRule(
            id: "alibaba-access-key-secret", description: "Alibaba Cloud AccessKey secret", family: "cloud",
            pattern: named(#"alibaba|aliyun|alicloud|ali[_.-]cloud"#, value: #"[A-Za-z0-9]{30}"#, end: #"\b"#),
            keywords: ["alibaba", "aliyun", "alicloud", "ali_cloud", "ali-cloud", "ali.cloud"], secretGroup: 2, minimumEntropy: 3.8,
            nameGroup: 1, nameStopwords: identifierNames, valueChecks: [.containsDigit]),
        SecretRule(
            id: "tencent-cloud-secret-id", description: "Tencent Cloud API SecretId", family: "cloud",
            pattern: #"\b(AKID[A-Za-z0-9]{32})\b"#, keywords: ["akid"], secretGroup: 1, minimumEntropy: 3.5, valueChecks: [.containsDigit]),
        SecretRule(
            id: "tencent-cloud-secret-key", description: "Tencent Cloud API SecretKey", family: "cloud",
            pattern: named(#"tencent|qcloud"#, value: #"[A-Za-z0-9]{32}"#, end: #"\b"#),
            keywords: ["tencent", "qcloud"], secretGroup: 2, minimumEntropy: 3.8, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit, .notHexDigest]),
        SecretRule(
            id: "huawei-cloud-secret-key", description: "Huawei Cloud secret access key", family: "cloud",
            pattern: named(#"huawei|hwcloud|hw[_.-]cloud"#, value: #"[A-Za-z0-9]{40}"#, end: #"\b"#),
            keywords: ["huawei", "hwcloud", "hw_cloud", "hw-cloud", "hw.cloud"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1,
            nameStopwords: identifierNames, valueChecks: [.containsDigit, .notHexDigest]),
        SecretRule(
            id: "yandex-iam-token", description: "Yandex Cloud IAM token", family: "cloud",
            pattern: #"\b(t1\.[A-Za-z0-9_-]{50,400}={0,2}\.[A-Za-z0-9_-]{86}={0,2})(?![A-Za-z0-9_=-])"#,
            keywords: ["t1."], secretGroup: 1, minimumEntropy: 4.0, matchesAtKeyword: true),
        SecretRule(
            id: "yandex-api-key", description: "Yandex Cloud API key", family: "cloud",
            pattern: #"\b(AQVN[A-Za-z0-9_-]{35,38})"# + tokenEnd, keywords: ["aqvn"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "yandex-static-access-key-id", description: "Yandex Cloud static access key id", family: "cloud",
            pattern: #"\b(YCAJ[A-Za-z0-9_-]{21})"# + tokenEnd, keywords: ["ycaj"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "yandex-static-access-key-secret", description: "Yandex Cloud static access key secret", family: "cloud",
            pattern: named(#"yandex|ycloud|yc[_.-](?:secret|s3|static)"#, value: #"YC[A-Za-z0-9_-]{38}"#, end: tokenEnd),
            keywords: ["yandex", "ycloud", "yc_secret", "yc-secret", "yc.secret", "yc_s3", "yc-s3", "yc.s3", "yc_static", "yc-static", "yc.static"],
            secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames),

        // Other infrastructure providers.
        SecretRule(
            id: "scaleway-access-key", description: "Scaleway API access key", family: "cloud",
            pattern: #"\b(SCW[A-Z0-9]{17})\b"#, keywords: ["scw"], secretGroup: 1, minimumEntropy: 3.0, valueChecks: [.containsDigit]),
        SecretRule(
            id: "scaleway-secret-key", description: "Scaleway API secret key", family: "cloud",
            pattern: named(#"scaleway|scw[_.-]secret"#, value: lowercaseUUID, end: #"\b"#),
            keywords: ["scaleway", "scw_secret", "scw-secret", "scw.secret"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1,
            nameStopwords: identifierNames + ["project", "organization", "org_"]),
        SecretRule(
            id: "linode-api-token", description: "Linode (Akamai) personal access token", family: "cloud",
            pattern: named("linode", value: #"[a-f0-9]{64}"#, end: #"\b"#),
            keywords: ["linode"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1, nameStopwords: identifierNames, valueChecks: [.containsDigit]),
        SecretRule(
            id: "vultr-api-key", description: "Vultr API key", family: "cloud",
            pattern: named("vultr", value: #"[A-Z0-9]{36}"#, end: #"\b"#),
            keywords: ["vultr"], secretGroup: 2, minimumEntropy: 3.5, nameGroup: 1, nameStopwords: identifierNames, valueChecks: [.containsDigit]),
        SecretRule(
            id: "hetzner-cloud-api-token", description: "Hetzner Cloud API token", family: "cloud",
            pattern: named("hetzner|hcloud", value: #"[A-Za-z0-9]{64}"#, end: #"\b"#),
            keywords: ["hetzner", "hcloud"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit, .notHexDigest]),
        SecretRule(
            id: "ovh-api-secret", description: "OVHcloud application secret or consumer key", family: "cloud",
            pattern: named(#"ovh[A-Za-z0-9_.-]{0,20}(?:secret|consumer)"#, value: #"[A-Za-z0-9]{32}"#, end: #"\b"#),
            keywords: ["ovh"], secretGroup: 2, minimumEntropy: 3.8, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit, .notHexDigest]),
        SecretRule(
            id: "backblaze-b2-application-key", description: "Backblaze B2 application key", family: "cloud",
            pattern: #"(?<![A-Za-z0-9+/])(K00[0-9][A-Za-z0-9+/]{27})(?![A-Za-z0-9+/=])"#,
            keywords: ["k000", "k001", "k002", "k003", "k004", "k005", "k006", "k007", "k008", "k009"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "wasabi-secret-key", description: "Wasabi secret access key", family: "cloud",
            pattern: named("wasabi", value: #"[A-Za-z0-9+/]{40}"#, end: #"(?![A-Za-z0-9+/=])"#),
            keywords: ["wasabi"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit, .notHexDigest]),
        SecretRule(
            id: "digitalocean-spaces-access-key", description: "DigitalOcean Spaces access key", family: "cloud",
            pattern: #"\b(DO00[A-Z0-9]{16})\b"#, keywords: ["do00"], secretGroup: 1, minimumEntropy: 3.0, valueChecks: [.containsDigit]),
        SecretRule(
            id: "digitalocean-spaces-secret-key", description: "DigitalOcean Spaces secret key", family: "cloud",
            pattern: named(#"spaces[_.-]?secret"#, value: #"[A-Za-z0-9+/]{43}"#, end: #"(?![A-Za-z0-9+/=])"#),
            keywords: ["spaces_secret", "spaces-secret", "spaces.secret", "spacessecret"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1,
            nameStopwords: identifierNames, valueChecks: [.containsDigit]),
        SecretRule(
            id: "fastly-api-token", description: "Fastly API token", family: "cloud",
            pattern: named("fastly", value: #"[A-Za-z0-9_-]{32}"#, end: tokenEnd),
            keywords: ["fastly"], secretGroup: 2, minimumEntropy: 3.8, nameGroup: 1, nameStopwords: identifierNames + ["service"],
            valueChecks: [.containsDigit, .notHexDigest]),
        SecretRule(
            id: "akamai-edgegrid-token", description: "Akamai EdgeGrid client or access token", family: "cloud",
            pattern: #"\b(akab-[a-z0-9]{16}-[a-z0-9]{16})(?![A-Za-z0-9_.-])"#, keywords: ["akab-"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "exoscale-api-key", description: "Exoscale API key", family: "cloud",
            pattern: #"\b(EXO[a-f0-9]{24})\b"#, keywords: ["exo"], secretGroup: 1, minimumEntropy: 3.0, valueChecks: [.containsDigit]),
        SecretRule(
            id: "cloudflare-tunnel-token", description: "Cloudflare Tunnel token", family: "cloud",
            // Base64 of `{"a":"` (account tag, tunnel id and secret follow).
            pattern: #"\b(eyJhIjoi[A-Za-z0-9+/]{100,400}={0,2})(?![A-Za-z0-9+/=])"#,
            keywords: ["eyjhijoi"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "cloudflare-access-client-secret", description: "Cloudflare Access service token client secret", family: "cloud",
            pattern: assigned(#"cf[_.-]access[_.-]client[_.-]secret"#, value: #"[a-f0-9]{64}"#, end: #"\b"#),
            keywords: ["cf-access-client-secret", "cf_access_client_secret", "cf.access.client.secret"], secretGroup: 1, minimumEntropy: 3.0),

        // Application hosting platforms.
        SecretRule(
            id: "netlify-access-token", description: "Netlify personal access token", family: "cloud",
            pattern: #"\b(nfp_[A-Za-z0-9]{36})\b"#, keywords: ["nfp_"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "netlify-access-token-legacy", description: "Netlify personal access token (unprefixed)", family: "cloud",
            pattern: named("netlify", value: #"[A-Za-z0-9_-]{43}"#, end: tokenEnd),
            keywords: ["netlify"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames, valueChecks: [.containsDigit]),
        SecretRule(
            id: "vercel-access-token", description: "Vercel access token", family: "cloud",
            pattern: named("vercel", value: #"[A-Za-z0-9]{24}"#, end: #"\b"#),
            keywords: ["vercel"], secretGroup: 2, minimumEntropy: 3.8, nameGroup: 1, nameStopwords: identifierNames + ["project", "team", "org_"],
            valueChecks: [.containsDigit]),
        SecretRule(
            id: "fly-io-access-token", description: "Fly.io OAuth access token", family: "cloud",
            pattern: #"\b(fo1_[A-Za-z0-9_-]{43})"# + tokenEnd, keywords: ["fo1_"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "fly-io-macaroon-token", description: "Fly.io deploy or org token (macaroon)", family: "cloud",
            pattern: #"\b(fm(?:2|1[ar])_[A-Za-z0-9+/]{60,2000}={0,2}(?:,fm(?:2|1[ar])_[A-Za-z0-9+/]{20,2000}={0,2}){0,4})(?![A-Za-z0-9+/=])"#,
            keywords: ["fm2_", "fm1a_", "fm1r_"], secretGroup: 1, minimumEntropy: 4.0, windowAfter: 4096),
        SecretRule(
            id: "render-api-key", description: "Render API key", family: "cloud",
            pattern: #"\b(rnd_[A-Za-z0-9]{28,32})\b"#, keywords: ["rnd_"], secretGroup: 1, minimumEntropy: 4.0, valueChecks: [.containsDigit]),
        SecretRule(
            id: "railway-api-token", description: "Railway account, team or project token", family: "cloud",
            pattern: named("railway", value: lowercaseUUID, end: #"\b"#),
            keywords: ["railway"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1,
            nameStopwords: identifierNames + ["project", "environment", "service", "team", "deployment"]),
        SecretRule(
            id: "deno-deploy-token", description: "Deno Deploy access token", family: "cloud",
            pattern: #"\b(ddp_[A-Za-z0-9]{36})\b"#, keywords: ["ddp_"], secretGroup: 1, minimumEntropy: 4.0),
    ]
}
