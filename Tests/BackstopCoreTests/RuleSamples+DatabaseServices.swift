@testable import BackstopCore
import BackstopTestSupport
import Foundation

/// Samples for the hosted database, search, vector and streaming platform rules.
extension RuleSamples {
    static func supabaseClaims(role: String, _ r: inout R, refLength: Int) -> String {
        #"{"iss":"supabase","ref":""# + r.string(refLength, .lowerAlnum) + #"","role":""# + role + #"","iat":1700000000,"exp":2000000000}"#
    }

    static func twoPartJWT(_ r: inout R) -> String {
        String(SampleSecrets.jwt(&r).split(separator: ".").prefix(2).joined(separator: "."))
    }

    static let databaseServices: [RuleSpec] = [
        .keyed("mongodb-atlas-api-key", name: "MONGODB_ATLAS_PRIVATE_KEY", { _, r in SampleSecrets.uuid(&r) },
               fp: { r in [String(SampleSecrets.uuid(&r).dropLast()), mixed(36, .lowerAlnum, &r)] },
               fpTexts: ["MONGODB_ATLAS_PUBLIC_KEY = \"" + "5f2c1e7a-9d3b-4c8e-a1f0-6b7d2e9c4a13" + "\"\n"]),
        .token("mongodb-atlas-service-account-secret", { _, r in "mdb" + "_sa_sk_" + mixed(40, .base64url, &r) },
               fp: { r in ["mdb" + "_sa_sk_" + mixed(39, .base64url, &r), "mdb" + "_sa_id_" + hex(24, &r)] }),
        .token("supabase-secret-key", { _, r in "sb" + "_secret_" + mixed(31, .base64url, &r) },
               fp: { r in ["sb" + "_secret_" + mixed(27, .base64url, &r), "sb" + "_publishable_" + mixed(31, .base64url, &r),
                           "sb" + "_secret_" + "N7UND0UgjKTVK" + "-Uodkm0Hg_xSvEMPvz"] }),
        .token("supabase-service-role-key", { i, r in
            SampleSecrets.jwt(&r, claims: supabaseClaims(role: "service" + "_role", &r, refLength: 20 + i))
        }, fp: { r in [SampleSecrets.jwt(&r, claims: supabaseClaims(role: "anon", &r, refLength: 20)),
                       String(SampleSecrets.jwt(&r, claims: supabaseClaims(role: "service" + "_role", &r, refLength: 20)).split(separator: ".")
                           .prefix(2).joined(separator: "."))] }),
        .token("neon-api-key", { _, r in "na" + "pi_" + mixed(64, .base62, &r) },
               fp: { r in ["na" + "pi_" + mixed(63, .base62, &r), "na" + "px_" + mixed(64, .base62, &r)] }),
        .keyed("upstash-redis-rest-token", name: "UPSTASH_REDIS_REST_TOKEN", { i, r in "A" + mixed(pick(i, [59, 71, 91]), .base64url, &r) + pick(i, ["", "=", ""]) },
               fp: { r in [mixed(30, .base64url, &r), "A" + r.string(60, .letters)] }),
        .token("upstash-qstash-token", { _, r in
            SampleSecrets.base64(Array((#"{"UserID":""# + SampleSecrets.uuid(&r) + #"","Password":""# + hex(32, &r) + #""}"#).utf8))
        }, fp: { r in [SampleSecrets.base64(Array((#"{"UserID":""# + hex(8, &r) + #""}"#).utf8)),
                       SampleSecrets.base64(Array((#"{"User":""# + SampleSecrets.uuid(&r) + #"","Password":""# + hex(32, &r) + #""}"#).utf8))] }),
        .keyed("upstash-qstash-signing-key", name: "QSTASH_CURRENT_SIGNING_KEY", { _, r in "sig" + "_" + mixed(28, .base62, &r) },
               fp: { r in ["sig" + "_" + mixed(10, .base62, &r), "key" + "_" + mixed(28, .base62, &r)] }),
        .keyed("turso-auth-token", name: "TURSO_AUTH_TOKEN", { _, r in SampleSecrets.jwt(&r, algorithm: "EdDSA", signatureBytes: 64) },
               fp: { r in [twoPartJWT(&r), "libsql://db-acme.turso.io"] }),
        .keyed("aiven-api-token", name: "AIVEN_API_TOKEN", { _, r in SampleSecrets.base64(r.bytes(277)) },
               fp: { r in [SampleSecrets.base64(r.bytes(200)), SampleSecrets.base64(r.bytes(32))] }),
        .keyed("fauna-secret", name: "FAUNA_SECRET", { i, r in "fn" + pick(i, ["A", "B", "A"]) + mixed(37, .base64url, &r) },
               fp: { r in ["fn" + mixed(30, .base64url, &r), "fx" + mixed(38, .base64url, &r)] }),
        .keyed("redis-cloud-api-key", name: "REDIS_CLOUD_API_KEY", { _, r in mixed(50, .base62, &r) },
               fp: { r in [mixed(39, .base62, &r), hex(40, &r)] }),
        .keyed("elasticsearch-api-key", name: "ELASTIC_API_KEY", { _, r in
            SampleSecrets.base64(Array((mixed(20, .base62, &r) + ":" + mixed(22, .base64url, &r)).utf8))
        }, fp: { r in [mixed(30, .base62, &r), "elastic:" + "changeme"] }),
        .token("clickhouse-cloud-api-secret", { _, r in "4b" + "1d" + mixed(38, .base62, &r) },
               fp: { r in ["4b" + "1d" + mixed(37, .base62, &r), "4b" + "1d" + mixed(38, .lowerAlnum, &r)] }),
        .keyed("snowflake-password", name: "SNOWFLAKE_PASSWORD", { _, r in mixed(18, .base62, &r) + "!" },
               fp: { _ in ["password", "${SNOWFLAKE_PASSWORD}", "short"] }),
        .sample("snowflake-connection-url", { i, r in
            let password = mixed(18, .base62, &r)
            return Sample("snowflake://svc_user\(i):" + password + "@acme-xy12345/analytics/public?warehouse=wh", secret: password)
        }, fp: { _ in ["snowflake://user:password@acct/db", "snowflake://user@acct/db", "snowflake://user:${SNOWFLAKE_PASSWORD}@acct/db"] }),
        .keyed("confluent-cloud-api-secret", name: "CONFLUENT_CLOUD_API_SECRET", { _, r in mixed(64, .base64, &r) },
               fp: { r in [mixed(63, .base64, &r), hex(64, &r)] }),
        .sample("kafka-sasl-jaas-password", { i, r in
            let password = mixed(pick(i, [64, 24, 32]), .base62, &r)
            let module = pick(i, ["org.apache.kafka.common.security.plain.PlainLoginModule", "org.apache.kafka.common.security.scram.ScramLoginModule"])
            return Sample(module + " required username=\"" + mixed(16, .upperAlnum, &r) + "\" pass" + "word=\"" + password + "\";", secret: password)
        }, fp: { _ in ["org.apache.kafka.common.security.plain.PlainLoginModule required username=\"admin\" pass" + "word=\"admin-secret\";",
                       "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"u\" pass" + "word=\"${KAFKA_PASSWORD}\";"] }),
        .keyed("redpanda-cloud-client-secret", name: "REDPANDA_CLIENT_SECRET", { _, r in mixed(64, .base64url, &r) },
               fp: { r in [mixed(47, .base64url, &r), hex(64, &r)] }),
        .token("pinecone-api-key", { _, r in "pc" + "sk_" + mixed(5, .base62, &r) + "_" + mixed(63, .base62, &r) },
               fp: { r in ["pc" + "sk_" + mixed(5, .base62, &r) + "_" + mixed(40, .base62, &r), "pc" + "sx_" + mixed(5, .base62, &r) + "_" + mixed(63, .base62, &r)] }),
        uuidKeyed("pinecone-api-key-legacy", name: "PINECONE_API_KEY", identifierName: "PINECONE_PROJECT_ID"),
        .keyed("weaviate-api-key", name: "WEAVIATE_API_KEY", { i, r in mixed(pick(i, [40, 64, 80]), .base64url, &r) },
               fp: { r in [mixed(31, .base64url, &r), r.string(48, .letters)] }),
        .keyed("qdrant-api-key", name: "QDRANT_API_KEY", { i, r in
            i == 1 ? mixed(20, .base62, &r) + "|" + mixed(40, .base64url, &r) : mixed(pick(i, [40, 48, 64]), .base64url, &r)
        }, fp: { r in [mixed(31, .base64url, &r), r.string(48, .letters)] }),
        .keyed("couchbase-capella-secret", name: "CAPELLA_API_SECRET", { i, r in mixed(pick(i, [32, 64, 48]), .base64url, &r) },
               fp: { r in ["password", r.string(32, .letters), "short1"] }),
        .keyed("firebase-database-secret", name: "FIREBASE_DATABASE_SECRET", { _, r in mixed(40, .base62, &r) },
               fp: { r in [mixed(39, .base62, &r), hex(40, &r)] }),
        .token("cockroachdb-cloud-api-key", { _, r in "CC" + "DB1_" + mixed(22, .base62, &r) + "_" + mixed(40, .base62, &r) },
               fp: { r in ["CC" + "DB1_" + mixed(22, .base62, &r) + "_" + mixed(39, .base62, &r), "CC" + "DB2_" + mixed(22, .base62, &r) + "_" + mixed(40, .base62, &r)] }),
        .keyed("timescale-cloud-secret", name: "TIMESCALE_CLIENT_SECRET", { _, r in mixed(40, .base64url, &r) },
               fp: { r in [mixed(31, .base64url, &r), hex(64, &r)] }),
        .token("xata-api-key", { i, r in "xa" + "u_" + mixed(pick(i, [32, 34, 36]), .base62, &r) },
               fp: { r in ["xa" + "u_" + mixed(20, .base62, &r), "xa" + "x_" + mixed(32, .base62, &r)] }),
        .keyed("convex-deploy-key", name: "CONVEX_DEPLOY_KEY", { i, r in
            pick(i, ["prod", "dev", "preview"]) + ":happy-otter-" + r.digits(3) + "|" + SampleSecrets.base64url(r.bytes(60))
        }, fp: { r in ["prod:happy-otter-" + r.digits(3), "prod:happy-otter-" + r.digits(3) + "|" + mixed(10, .base62, &r)] }),
        .token("tinybird-token", { _, r in
            "p." + SampleSecrets.base64url(Array((#"{"u":""# + SampleSecrets.uuid(&r) + #"","id":""# + SampleSecrets.uuid(&r) + #"","host":"gcp-europe-west3"}"#).utf8))
                + "." + SampleSecrets.base64url(r.bytes(32))
        }, fp: { r in ["p." + "eyJ" + mixed(10, .base64url, &r) + "." + SampleSecrets.base64url(r.bytes(32)),
                       "q." + "eyJ" + mixed(60, .base64url, &r) + "." + SampleSecrets.base64url(r.bytes(32))] }),
        .keyed("motherduck-token", name: "MOTHERDUCK_TOKEN", { _, r in SampleSecrets.jwt(&r) },
               fp: { r in [twoPartJWT(&r), "md:" + mixed(10, .lowerAlnum, &r)] }),
        .sample("prisma-accelerate-api-key", { i, r in
            let key = SampleSecrets.jwt(&r)
            return Sample(pick(i, ["prisma", "prisma+postgres", "prisma"]) + "://accelerate" + ".prisma-data.net/?api_key=" + key, secret: key)
        }, fp: { _ in ["prisma://accelerate" + ".prisma-data.net/?api_key=<api-key>", "prisma://accelerate" + ".prisma-data.net/?api_key=short"] }),
        .token("datastax-astra-token", { _, r in "Astra" + "CS:" + r.string(24, .letters) + ":" + hex(64, &r) },
               fp: { r in ["Astra" + "CS:" + r.string(24, .letters) + ":" + hex(63, &r), "Astra" + "XX:" + r.string(24, .letters) + ":" + hex(64, &r)] }),
        .keyed("influxdb-token", name: "INFLUXDB_TOKEN", { _, r in mixed(86, .base64url, &r) + "==" },
               fp: { r in [mixed(85, .base64url, &r) + "==", mixed(86, .base64url, &r)] }),
        .keyed("hasura-admin-secret", name: "HASURA_GRAPHQL_ADMIN_SECRET", { _, r in mixed(24, .base62, &r) },
               fp: { _ in ["myadminsecretkey", "${HASURA_SECRET}", "short1"] }),
    ]
}
