extension BuiltInRules {

    /// The Supabase CLI's local development secret key, the same on every machine.
    private static let supabaseLocalSecretKey = #"^sb_secret_N7UND0UgjKTVK\-Uodkm0Hg_xSvEMPvz$"#

    /// Hosted databases, search and vector stores, streaming and analytics platforms.
    static let databaseServices: [SecretRule] = [
        SecretRule(
            id: "mongodb-atlas-api-key", description: "MongoDB Atlas programmatic API private key", family: "databases",
            pattern: named(#"atlas[A-Za-z0-9_.-]{0,20}private|mcli[_.-]private"#, value: lowercaseUUID, end: #"\b"#),
            keywords: ["atlas", "mcli"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1, nameStopwords: identifierNames),
        SecretRule(
            id: "mongodb-atlas-service-account-secret", description: "MongoDB Atlas service account client secret", family: "databases",
            pattern: #"\b(mdb_sa_sk_[A-Za-z0-9_-]{40,48})"# + tokenEnd, keywords: ["mdb_sa_sk_"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "supabase-secret-key", description: "Supabase secret API key", family: "databases",
            pattern: #"\b(sb_secret_[A-Za-z0-9_-]{28,64})"# + tokenEnd, keywords: ["sb_secret_"], secretGroup: 1, minimumEntropy: 3.8,
            allowPatterns: [supabaseLocalSecretKey]),
        SecretRule(
            id: "supabase-service-role-key", description: "Supabase service role key (a JWT with role service_role)", family: "databases",
            // `"role":"service_role"` in the claims, in each of its three base64 alignments.
            pattern: #"\b(eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]*(?:InJvbGUiOiJzZXJ2aWNlX3JvbGUi|Jyb2xlIjoic2VydmljZV9yb2xlI|icm9sZSI6InNlcnZpY2Vfcm9sZS)[A-Za-z0-9_-]*\.[A-Za-z0-9_-]{16,1000})"#
                + tokenEnd,
            keywords: ["injvbguioijzzxj2awnlx3jvbgui", "jyb2xlijoic2vydmljzv9yb2xli", "icm9szsi6innlcnzpy2vfcm9szs"], secretGroup: 1,
            minimumEntropy: 4.0, windowBefore: 2000, windowAfter: 1200),
        SecretRule(
            id: "neon-api-key", description: "Neon API key", family: "databases",
            pattern: #"\b(napi_[A-Za-z0-9]{64})\b"#, keywords: ["napi_"], secretGroup: 1, minimumEntropy: 4.0, valueChecks: [.containsDigit]),
        SecretRule(
            id: "upstash-redis-rest-token", description: "Upstash Redis REST token", family: "databases",
            pattern: named(#"upstash[A-Za-z0-9_.-]{0,20}token|kv[_.-]rest[_.-]api[_.-](?:read[_.-]only[_.-])?token"#,
                           value: #"[A-Za-z0-9_-]{40,120}={0,2}"#, end: #"(?![A-Za-z0-9_=-])"#),
            keywords: ["upstash", "kv_rest_api", "kv-rest-api", "kv.rest.api"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1,
            nameStopwords: identifierNames + ["url"], valueChecks: [.containsDigit]),
        SecretRule(
            id: "upstash-qstash-token", description: "Upstash QStash token", family: "databases",
            // Base64 of `{"UserID":`.
            pattern: #"\b(eyJVc2VySUQiOi[A-Za-z0-9+/_-]{40,400}={0,2})(?![A-Za-z0-9+/=_-])"#,
            keywords: ["eyjvc2vysuqioi"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "upstash-qstash-signing-key", description: "Upstash QStash signing key", family: "databases",
            pattern: named(#"qstash[A-Za-z0-9_.-]{0,20}signing"#, value: #"sig_[A-Za-z0-9]{20,40}"#, end: #"\b"#),
            keywords: ["qstash"], secretGroup: 2, minimumEntropy: 3.8, nameGroup: 1, nameStopwords: identifierNames),
        SecretRule(
            id: "turso-auth-token", description: "Turso (libSQL) database or platform token", family: "databases",
            pattern: named("turso|libsql", value: jwtValue, end: tokenEnd),
            keywords: ["turso", "libsql"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames + ["url"]),
        SecretRule(
            id: "aiven-api-token", description: "Aiven API token", family: "databases",
            pattern: #"(?i)(aiven[A-Za-z0-9_.-]{0,30}"# + assignment + #"|aivenv1[ \t]+)(?-i:([A-Za-z0-9+/]{368,372}={0,2}))(?![A-Za-z0-9+/=])"#,
            keywords: ["aiven"], secretGroup: 2, minimumEntropy: 4.5, nameGroup: 1, nameStopwords: identifierNames, windowAfter: 640),
        SecretRule(
            id: "fauna-secret", description: "Fauna database secret", family: "databases",
            pattern: named("fauna", value: #"fn[A-Za-z0-9_-]{38}"#, end: tokenEnd),
            keywords: ["fauna"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames),
        SecretRule(
            id: "redis-cloud-api-key", description: "Redis Cloud API account or user key", family: "databases",
            pattern: named(#"redis[_.-]?cloud|rediscloud"#, value: #"[A-Za-z0-9]{40,64}"#, end: #"\b"#),
            keywords: ["redis_cloud", "redis-cloud", "redis.cloud", "rediscloud"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1,
            nameStopwords: identifierNames + ["url", "host", "port"], valueChecks: [.containsDigit, .notHexDigest]),
        SecretRule(
            id: "elasticsearch-api-key", description: "Elasticsearch or Elastic Cloud API key", family: "databases",
            pattern: named(#"elastic(?:search)?[A-Za-z0-9_.-]{0,20}api[_.-]?key|elastic[_.-]?cloud[A-Za-z0-9_.-]{0,20}(?:key|auth)"#,
                           value: #"[A-Za-z0-9+/_-]{40,200}={0,2}"#, end: #"(?![A-Za-z0-9+/=_-])"#),
            keywords: ["elastic"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames, valueChecks: [.containsDigit]),
        SecretRule(
            id: "clickhouse-cloud-api-secret", description: "ClickHouse Cloud API key secret", family: "databases",
            pattern: #"\b(4b1d(?=[A-Za-z0-9]{0,37}[A-Z])[A-Za-z0-9]{38})\b"#, keywords: ["4b1d"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "snowflake-password", description: "Snowflake account password", family: "databases",
            pattern: named(#"snowflake[A-Za-z0-9_.-]{0,20}(?:password|passwd|pwd|pass\b)|snowsql[_.-]?pwd"#,
                           value: #"[^\s"'`$]{8,128}"#, end: #"(?![^\s"'`,;])"#),
            keywords: ["snowflake", "snowsql"], secretGroup: 2, minimumEntropy: 3.0, allowPatterns: [dummyPasswords], nameGroup: 1,
            nameStopwords: ["file", "env", "hash", "policy"], valueChecks: [.notReference]),
        SecretRule(
            id: "snowflake-connection-url", description: "Snowflake connection URL with a password", family: "databases",
            pattern: #"\bsnowflake://[^:@/\s"'`]{1,64}:([^@/\s"'`]{6,128})@[A-Za-z0-9._-]"#,
            keywords: ["snowflake://"], secretGroup: 1, allowPatterns: [dummyPasswords], valueChecks: [.notReference]),
        SecretRule(
            id: "confluent-cloud-api-secret", description: "Confluent Cloud API secret", family: "databases",
            pattern: named(#"confluent"#, value: #"[A-Za-z0-9+/]{64}"#, end: #"(?![A-Za-z0-9+/=])"#),
            keywords: ["confluent"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit, .notHexDigest]),
        SecretRule(
            id: "kafka-sasl-jaas-password", description: "Kafka SASL PLAIN or SCRAM password in a JAAS configuration", family: "databases",
            pattern: #"(?:PlainLoginModule|ScramLoginModule)[ \t]+required[^;]{0,300}?password[ \t]*=[ \t]*\\?"([^"\\\s]{6,200})\\?""#,
            keywords: ["plainloginmodule", "scramloginmodule"], secretGroup: 1,
            // The passwords of Kafka's and Confluent's documented examples.
            allowPatterns: [dummyPasswords, #"^(?:admin|alice|bob|client|broker|user)-secret$"#],
            valueChecks: [.notReference], windowAfter: 480),
        SecretRule(
            id: "redpanda-cloud-client-secret", description: "Redpanda Cloud client secret", family: "databases",
            pattern: named("redpanda", value: #"[A-Za-z0-9_-]{48,64}"#, end: tokenEnd),
            keywords: ["redpanda"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames + ["url", "broker"],
            valueChecks: [.containsDigit, .notHexDigest]),
        SecretRule(
            id: "pinecone-api-key", description: "Pinecone API key", family: "databases",
            pattern: #"\b(pcsk_[A-Za-z0-9]{4,10}_[A-Za-z0-9]{50,80})\b"#, keywords: ["pcsk_"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "pinecone-api-key-legacy", description: "Pinecone API key (UUID form)", family: "databases",
            pattern: named("pinecone", value: lowercaseUUID, end: #"\b"#),
            keywords: ["pinecone"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1, nameStopwords: identifierNames + ["index", "environment"]),
        SecretRule(
            id: "weaviate-api-key", description: "Weaviate Cloud API key", family: "databases",
            pattern: named("weaviate|wcd[_.-]api[_.-]?key", value: #"[A-Za-z0-9+/_-]{32,100}={0,2}"#, end: #"(?![A-Za-z0-9+/=_-])"#),
            keywords: ["weaviate", "wcd_api", "wcd-api", "wcd.api"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1,
            nameStopwords: identifierNames + ["url", "host"], valueChecks: [.containsDigit]),
        SecretRule(
            id: "qdrant-api-key", description: "Qdrant Cloud API key", family: "databases",
            pattern: named("qdrant", value: #"[A-Za-z0-9_.|-]{32,300}"#, end: #"(?![A-Za-z0-9_.|-])"#),
            keywords: ["qdrant"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames + ["url", "host"],
            valueChecks: [.containsDigit, .notReference]),
        SecretRule(
            id: "couchbase-capella-secret", description: "Couchbase Capella API secret or database password", family: "databases",
            pattern: named(#"capella[A-Za-z0-9_.-]{0,20}(?:secret|password|key)|couchbase[A-Za-z0-9_.-]{0,20}(?:secret|password)"#,
                           value: #"[A-Za-z0-9+/_!@#%^&*.~-]{16,128}={0,2}"#, end: #"(?![^\s"'`,;])"#),
            keywords: ["capella", "couchbase"], secretGroup: 2, minimumEntropy: 3.5, allowPatterns: [dummyPasswords], nameGroup: 1,
            nameStopwords: identifierNames, valueChecks: [.containsDigit, .notReference]),
        SecretRule(
            id: "firebase-database-secret", description: "Firebase Realtime Database legacy secret", family: "databases",
            pattern: #"(?i)(?:(firebase[A-Za-z0-9_.-]{0,30}(?:secret|auth|token))"# + assignment
                + #"|\.firebaseio\.com/[^\s"'<>?#]{0,200}\?(?:[^\s"'<>#&]{0,100}&){0,6}auth=)(?-i:([A-Za-z0-9]{40}))\b"#,
            keywords: ["firebase"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit, .notHexDigest]),
        SecretRule(
            id: "cockroachdb-cloud-api-key", description: "CockroachDB Cloud API key", family: "databases",
            pattern: #"\b(CCDB1_[A-Za-z0-9]{22}_[A-Za-z0-9]{40})\b"#, keywords: ["ccdb1_"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "timescale-cloud-secret", description: "Timescale (Tiger) Cloud client secret", family: "databases",
            pattern: named(#"timescale[A-Za-z0-9_.-]{0,20}secret|tiger[_.-](?:cloud[_.-])?secret"#, value: #"[A-Za-z0-9_-]{32,64}"#, end: tokenEnd),
            keywords: ["timescale", "tiger_", "tiger-", "tiger."], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit, .notHexDigest]),
        SecretRule(
            id: "xata-api-key", description: "Xata API key", family: "databases",
            pattern: #"\b(xau_[A-Za-z0-9]{30,40})\b"#, keywords: ["xau_"], secretGroup: 1, minimumEntropy: 4.0, valueChecks: [.containsDigit]),
        SecretRule(
            id: "convex-deploy-key", description: "Convex deploy key", family: "databases",
            pattern: named("convex", value: #"(?:prod|dev|preview|project):[a-z0-9-]{3,64}\|[A-Za-z0-9_=+/-]{40,400}"#, end: #"(?![A-Za-z0-9_=+/-])"#),
            keywords: ["convex"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames + ["url"]),
        SecretRule(
            id: "tinybird-token", description: "Tinybird auth token", family: "databases",
            pattern: #"\b(p\.eyJ[A-Za-z0-9_-]{20,600}\.[A-Za-z0-9_-]{20,100})"# + tokenEnd, keywords: ["p.eyj"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "motherduck-token", description: "MotherDuck access token", family: "databases",
            pattern: named("motherduck", value: jwtValue, end: tokenEnd),
            keywords: ["motherduck"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames),
        SecretRule(
            id: "prisma-accelerate-api-key", description: "Prisma Accelerate or Prisma Postgres API key in a connection URL", family: "databases",
            pattern: #"\bprisma(?:\+postgres)?://accelerate\.prisma-data\.net/?\?(?:[^\s"'<>#&]{0,100}&){0,4}api_key=([A-Za-z0-9_.-]{40,2000})(?![A-Za-z0-9_.-])"#,
            keywords: ["accelerate.prisma-data.net"], secretGroup: 1, minimumEntropy: 4.0, windowAfter: 2200),
        SecretRule(
            id: "datastax-astra-token", description: "DataStax Astra DB application token", family: "databases",
            pattern: #"\b(AstraCS:[A-Za-z]{24}:[a-f0-9]{64})\b"#, keywords: ["astracs:"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "influxdb-token", description: "InfluxDB API token", family: "databases",
            pattern: named("influx", value: #"[A-Za-z0-9_-]{86}=="#, end: #"(?![A-Za-z0-9_=-])"#),
            keywords: ["influx"], secretGroup: 2, minimumEntropy: 4.5, nameGroup: 1, nameStopwords: identifierNames),
        SecretRule(
            id: "hasura-admin-secret", description: "Hasura GraphQL admin secret", family: "databases",
            pattern: named(#"hasura[A-Za-z0-9_.-]{0,20}admin[_.-]?secret"#, value: #"[^\s"'`$]{12,128}"#, end: #"(?![^\s"'`,;])"#),
            keywords: ["hasura"], secretGroup: 2, minimumEntropy: 3.5, allowPatterns: [dummyPasswords], nameGroup: 1,
            nameStopwords: ["file", "env"], valueChecks: [.containsDigit, .notReference]),
    ]
}
