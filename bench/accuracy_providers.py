"""Provider credentials for the labelled accuracy corpus (bench/accuracy.py), by family.

Each entry is Provider(family, kind, name, make, keyed): `make(rng)` assembles one value in the format
the provider documents for that credential (prefix, length, alphabet, fixed markers, and the checksum
where the format has one); `name` is the variable or setting a project would keep it under; `keyed`
marks values with no shape of their own (bare hex, a UUID, 40 random characters): those are only
written under their name, never bare or under a neutral name, since nothing could tell them apart.

As in bench/fakesecrets.py, no whole token is written here: every prefix is split, every body is drawn
from the seeded generator at run time. Formats come from the providers' documentation, not from any
scanner's rules or sample secrets.
"""

import base64
import binascii
import collections
import json
import string

import fakesecrets as fs

HEX = fs.HEX
HEXU = "0123456789ABCDEF"
B62 = fs.BASE62
ALNUM = fs.ALNUM
B64 = fs.B64
B64URL = fs.B64URL
B32U = fs.UPPER_B32
B32L = "abcdefghijklmnopqrstuvwxyz234567"
LOWER = string.ascii_lowercase
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
DIGITS = string.digits

Provider = collections.namedtuple("Provider", "family kind name make keyed")


def d(rng, alphabet, n):
    return fs.draw(rng, alphabet, n)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def key_b64(rng, nbytes):
    """A random key the way Azure and others print one: standard base64 of nbytes, with padding."""
    return b64(bytes(rng.randrange(256) for _ in range(nbytes)))


def uuid(rng):
    return fs.uuid4(rng)


def crc32_base62(body):
    return fs.base62(binascii.crc32(body.encode())).rjust(6, "0")


def crc32_hex(body):
    return format(binascii.crc32(body.encode()), "08x")


# --- cloud -------------------------------------------------------------------------------------------

def azure_storage(rng):
    account = "orders" + d(rng, LOWER_ALNUM, 6)
    return (f"DefaultEndpointsProtocol=https;AccountName={account};AccountKey={key_b64(rng, 64)};"
            "EndpointSuffix=core.windows.net")


def azure_sas_url(rng):
    sig = key_b64(rng, 32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    return (f"https://orders{d(rng, LOWER_ALNUM, 6)}.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rl"
            f"&se=2027-01-01T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig={sig}")


def azure_app_configuration(rng):
    return (f"Endpoint=https://orders-{d(rng, LOWER, 5)}.azconfig.io;Id={d(rng, B62, 4)}-l0-s0:{d(rng, B62, 20)};"
            f"Secret={key_b64(rng, 32)}")


def azure_iot_hub(rng):
    return (f"HostName=fleet-{d(rng, LOWER, 5)}.azure-devices.net;SharedAccessKeyName=iothubowner;"
            f"SharedAccessKey={key_b64(rng, 32)}")


def azure_service_bus(rng):
    return (f"Endpoint=sb://orders-{d(rng, LOWER, 5)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;"
            f"SharedAccessKey={key_b64(rng, 32)}")


def azure_event_hubs(rng):
    return (f"Endpoint=sb://telemetry-{d(rng, LOWER, 5)}.servicebus.windows.net/;SharedAccessKeyName=send;"
            f"SharedAccessKey={key_b64(rng, 32)};EntityPath=clicks")


def azure_cosmos(rng):
    return f"AccountEndpoint=https://orders-{d(rng, LOWER, 5)}.documents.azure.com:443/;AccountKey={key_b64(rng, 64)};"


def azure_signalr(rng):
    return f"Endpoint=https://chat-{d(rng, LOWER, 5)}.service.signalr.net;AccessKey={key_b64(rng, 32)};Version=1.0;"


def entra_client_secret(rng):
    # Three characters, a digit, the "Q~" marker, then 34 more: 40 in all.
    return d(rng, ALNUM, 3) + d(rng, DIGITS, 1) + "Q" + "~" + d(rng, ALNUM + "_~.-", 34)


CLOUD = [
    ("aws-access-key-id", "aws_access_key_id", fs.aws_access_key_id, False),
    ("aws-secret-access-key", "aws_secret_access_key", fs.aws_secret_access_key, True),
    ("aws-temporary-access-key-id", "aws_access_key_id", lambda r: "AS" + "IA" + d(r, B32U, 16), False),
    ("aws-session-token", "aws_session_token", lambda r: "IQoJb3JpZ2lu" + "X2Vj" + d(r, B64, 340), True),
    ("gcp-api-key", "google_api_key", fs.google_api_key, False),
    ("gcp-oauth-client-secret", "google_client_secret", lambda r: "GOC" + "SPX-" + d(r, B64URL, 28), False),
    ("google-oauth-access-token", "google_access_token", lambda r: "ya" + "29." + d(r, B64URL, 160), False),
    ("google-oauth-refresh-token", "google_refresh_token", lambda r: "1/" + "/0" + d(r, B64URL, 100), True),
    ("azure-storage-connection-string", "azure_storage_connection_string", azure_storage, False),
    ("azure-storage-sas-url", "export_url", azure_sas_url, False),
    ("azure-entra-client-secret", "azure_client_secret", entra_client_secret, False),
    ("azure-app-configuration-connection-string", "app_configuration_connection_string", azure_app_configuration, False),
    ("azure-iot-hub-connection-string", "iothub_connection_string", azure_iot_hub, False),
    ("azure-service-bus-connection-string", "servicebus_connection_string", azure_service_bus, False),
    ("azure-event-hubs-connection-string", "eventhub_connection_string", azure_event_hubs, False),
    ("azure-cosmos-db-connection-string", "cosmos_connection_string", azure_cosmos, False),
    ("azure-signalr-connection-string", "signalr_connection_string", azure_signalr, False),
    ("digitalocean-pat", "digitalocean_token", lambda r: "do" + "p_v1_" + d(r, HEX, 64), False),
    ("digitalocean-oauth-token", "do_oauth_token", lambda r: "do" + "o_v1_" + d(r, HEX, 64), False),
    ("digitalocean-refresh-token", "do_refresh_token", lambda r: "do" + "r_v1_" + d(r, HEX, 64), False),
    ("alibaba-access-key-id", "alibaba_access_key_id", lambda r: "LT" + "AI" + d(r, ALNUM, 20), False),
    ("alibaba-access-key-secret", "alibaba_access_key_secret", lambda r: d(r, ALNUM, 30), True),
    ("tencent-secret-id", "tencentcloud_secret_id", lambda r: "AK" + "ID" + d(r, ALNUM, 32), False),
    ("tencent-secret-key", "tencentcloud_secret_key", lambda r: d(r, ALNUM, 32), True),
    ("ibm-cloud-api-key", "ibmcloud_api_key", lambda r: d(r, B64URL, 44), True),
    ("scaleway-secret-key", "scw_secret_key", uuid, True),
    ("heroku-api-key", "heroku_api_key", lambda r: "HR" + "KU-AA" + d(r, B64URL, 58), False),
    ("heroku-api-key-legacy", "heroku_api_key", uuid, True),
    ("cloudflare-api-token", "cloudflare_api_token", lambda r: d(r, B64URL, 40), True),
    ("cloudflare-global-api-key", "cloudflare_api_key", lambda r: d(r, HEX, 37), True),
    ("cloudflare-origin-ca-key", "cloudflare_origin_ca_key", lambda r: "v1" + ".0-" + d(r, HEX, 24) + "-" + d(r, HEX, 146), False),
    ("vercel-access-token", "vercel_token", lambda r: "vc" + "p_" + d(r, ALNUM, 56), False),
    ("vercel-access-token-legacy", "vercel_token", lambda r: d(r, ALNUM, 24), True),
    ("netlify-pat", "netlify_auth_token", lambda r: "nf" + "p_" + d(r, ALNUM, 36), False),
    ("flyio-token", "fly_api_token", lambda r: "fo" + "1_" + d(r, B64URL, 43), False),
    ("render-api-key", "render_api_key", lambda r: "rn" + "d_" + d(r, ALNUM, 32), False),
    ("linode-token", "linode_token", lambda r: d(r, HEX, 64), True),
    ("hetzner-cloud-token", "hcloud_token", lambda r: d(r, ALNUM, 64), True),
    ("vultr-api-key", "vultr_api_key", lambda r: d(r, UPPER_ALNUM, 36), True),
]


# --- cloud-native --------------------------------------------------------------------------------------

CLOUD_NATIVE = [
    ("vault-service-token-legacy", "vault_token", lambda r: "s" + "." + d(r, ALNUM, 24), True),
    ("vault-service-token", "vault_token", lambda r: "hv" + "s.CAESI" + d(r, B64URL, 86), False),
    ("vault-batch-token", "vault_token", lambda r: "hv" + "b.AAAAAQ" + d(r, B64URL, 130), False),
    ("terraform-cloud-token", "tfe_token", lambda r: d(r, ALNUM, 14) + ".atlas" + "v1." + d(r, ALNUM, 67), False),
    ("pulumi-access-token", "pulumi_access_token", lambda r: "pu" + "l-" + d(r, HEX, 40), False),
    ("docker-hub-pat", "docker_password", lambda r: "dckr" + "_pat_" + d(r, B64URL, 27), False),
    ("rancher-api-token", "rancher_token", lambda r: "token-" + d(r, LOWER_ALNUM, 5) + ":" + d(r, LOWER_ALNUM, 54), False),
    ("doppler-service-token", "doppler_token", lambda r: "dp" + ".st.prd." + d(r, ALNUM, 40), False),
    ("doppler-personal-token", "doppler_token", lambda r: "dp" + ".pt." + d(r, ALNUM, 43), False),
    ("consul-acl-token", "consul_http_token", uuid, True),
    ("nomad-acl-token", "nomad_token", uuid, True),
    ("k3s-node-token", "k3s_token", lambda r: "K1" + "0" + d(r, HEX, 64) + "::server:" + d(r, HEX, 32), False),
]


# --- databases -------------------------------------------------------------------------------------------

def supabase_service_role(rng):
    header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    payload = b64url(json.dumps({"iss": "supabase", "ref": d(rng, LOWER, 20), "role": "service_role",
                                 "iat": 1700000000 + rng.randrange(10**7), "exp": 2000000000}).encode())
    return header + "." + payload + "." + b64url(bytes(rng.randrange(256) for _ in range(32)))


DATABASES = [
    ("planetscale-password", "planetscale_password", lambda r: "pscale" + "_pw_" + d(r, B64URL, 43), False),
    ("planetscale-service-token", "planetscale_service_token", lambda r: "pscale" + "_tkn_" + d(r, B64URL, 43), False),
    ("planetscale-oauth-token", "planetscale_oauth_token", lambda r: "pscale" + "_oauth_" + d(r, B64URL, 43), False),
    ("supabase-secret-key", "supabase_secret_key", lambda r: "sb" + "_secret_" + d(r, B64URL, 31), False),
    ("supabase-service-role-key", "supabase_service_role_key", supabase_service_role, False),
    ("supabase-pat", "supabase_access_token", lambda r: "sb" + "p_" + d(r, HEX, 40), False),
    ("neon-api-key", "neon_api_key", lambda r: "na" + "pi_" + d(r, LOWER_ALNUM, 64), False),
    ("databricks-token", "databricks_token", lambda r: "da" + "pi" + d(r, HEX, 32), False),
    ("clickhouse-cloud-key-secret", "clickhouse_key_secret", lambda r: "4b" + "1d" + d(r, ALNUM, 38), True),
    ("fauna-secret", "fauna_secret", lambda r: "fn" + "A" + d(r, B64URL, 37), True),
    ("influxdb-token", "influxdb_token", lambda r: d(r, B64URL, 86) + "==", True),
    ("mongodb-atlas-private-key", "mongodb_atlas_private_key", uuid, True),
    ("xata-api-key", "xata_api_key", lambda r: "xa" + "u_" + d(r, ALNUM, 34), False),
    ("elasticsearch-api-key", "elasticsearch_api_key", lambda r: b64((d(r, B64URL, 20) + ":" + d(r, B64URL, 22)).encode()), True),
    ("upstash-redis-rest-token", "upstash_redis_rest_token", lambda r: "A" + d(r, B64URL, 59) + "=", True),
]


# --- source hosting ----------------------------------------------------------------------------------

def azure_devops_pat(rng):
    # 84 characters: 52 random, a fixed "JQQJ99" mark, a version character, then AZDO at 77..80.
    head = d(rng, B62, 52) + "JQQJ" + "99" + rng.choice("ABCDEFGHIJKL") + d(rng, B62, 17)
    return head + "AZ" + "DO" + d(rng, B62, 4)


def sourcegraph_instance(rng):
    return "sg" + "p_" + d(rng, HEX, 16) + "_" + d(rng, HEX, 40)


SOURCE_HOSTING = [
    ("github-pat", "github_token", fs.github_pat, False),
    ("github-oauth", "gh_oauth_token", fs.github_oauth, False),
    ("github-app-installation", "github_app_token", fs.github_app, False),
    ("github-user-to-server", "github_user_token", lambda r: fs.github_checksummed(r, "gh" + "u_"), False),
    ("github-refresh-token", "github_refresh_token", lambda r: fs.github_checksummed(r, "gh" + "r_"), False),
    ("github-fine-grained-pat", "github_token", fs.github_fine_grained, False),
    ("gitlab-pat", "gitlab_token", fs.gitlab_pat, False),
    ("gitlab-deploy-token", "gitlab_deploy_token", lambda r: "gl" + "dt-" + d(r, B64URL, 20), False),
    ("gitlab-runner-token", "runner_token", lambda r: "gl" + "rt-" + d(r, B64URL, 20), False),
    ("gitlab-ci-job-token", "ci_job_token", lambda r: "gl" + "cbt-64_" + d(r, B64URL, 20), False),
    ("gitlab-feed-token", "gitlab_feed_token", lambda r: "gl" + "ft-" + d(r, B64URL, 20), False),
    ("gitlab-oauth-app-secret", "gitlab_app_secret", lambda r: "gl" + "oas-" + d(r, HEX, 64), False),
    ("gitlab-scim-token", "gitlab_scim_token", lambda r: "gl" + "soat-" + d(r, B64URL, 20), False),
    ("gitlab-incoming-mail-token", "incoming_email_token", lambda r: "gl" + "imt-" + d(r, ALNUM, 25), False),
    ("gitlab-agent-token", "gitlab_agent_token", lambda r: "gl" + "agent-" + d(r, B64URL, 50), False),
    ("gitlab-runner-registration-token", "registration_token", lambda r: "GR" + "1348941" + d(r, B64URL, 20), False),
    ("gitlab-pipeline-trigger-token", "trigger_token", lambda r: "gl" + "ptt-" + d(r, HEX, 40), False),
    ("gitlab-feature-flags-token", "unleash_instance_id", lambda r: "gl" + "ffct-" + d(r, B64URL, 20), False),
    ("bitbucket-app-password", "bitbucket_app_password", lambda r: "AT" + "BB" + d(r, ALNUM, 32), False),
    ("bitbucket-access-token", "bitbucket_access_token", lambda r: "ATCTT" + "3xFfGN0" + d(r, B64URL, 180) + "=" + d(r, HEXU, 8), False),
    ("azure-devops-pat", "azure_devops_pat", azure_devops_pat, False),
    ("azure-devops-pat-legacy", "azure_devops_pat", lambda r: d(r, B32L, 52), True),
    ("sourcegraph-token", "src_access_token", lambda r: "sg" + "p_" + d(r, HEX, 40), False),
    ("sourcegraph-local-token", "src_access_token", lambda r: "sg" + "p_local_" + d(r, HEX, 40), False),
    ("sourcegraph-instance-token", "src_access_token", sourcegraph_instance, False),
    ("gitea-token", "gitea_token", lambda r: d(r, HEX, 40), True),
]


# --- CI/CD ---------------------------------------------------------------------------------------------

def teamcity(rng):
    head = b64url(json.dumps({"typ": "TCV2"}).encode())
    return head + "." + d(rng, B64URL, 36) + "." + d(rng, B64URL, 48)


CI_CD = [
    ("circleci-pat", "circle_token", lambda r: "CCI" + "PAT_" + d(r, ALNUM, 22) + "_" + d(r, HEX, 40), False),
    ("circleci-project-token", "circle_token", lambda r: "CCI" + "PRJ_" + d(r, ALNUM, 22) + "_" + d(r, HEX, 40), False),
    ("travis-ci-token", "travis_token", lambda r: d(r, B64URL, 22), True),
    ("buildkite-api-token", "buildkite_api_token", lambda r: "bk" + "ua_" + d(r, HEX, 40), False),
    ("jenkins-api-token", "jenkins_api_token", lambda r: "11" + d(r, HEX, 32), True),
    ("sonarqube-user-token", "sonar_token", lambda r: "sq" + "u_" + d(r, HEX, 40), False),
    ("sonarqube-project-token", "sonar_token", lambda r: "sq" + "p_" + d(r, HEX, 40), False),
    ("sonarqube-analysis-token", "sonar_token", lambda r: "sq" + "a_" + d(r, HEX, 40), False),
    ("snyk-token", "snyk_token", uuid, True),
    ("codecov-token", "codecov_token", uuid, True),
    ("harness-pat", "harness_platform_api_key", lambda r: "pa" + "t." + d(r, B64URL, 22) + "." + d(r, HEX, 24) + "." + d(r, ALNUM, 20), False),
    ("octopus-api-key", "octopus_api_key", lambda r: "AP" + "I-" + d(r, UPPER_ALNUM, 26), False),
    ("teamcity-token", "teamcity_token", teamcity, False),
    ("drone-token", "drone_token", lambda r: d(r, ALNUM, 32), True),
    ("cypress-record-key", "cypress_record_key", uuid, True),
    ("percy-token", "percy_token", lambda r: d(r, HEX, 64), True),
    ("codacy-project-token", "codacy_project_token", lambda r: d(r, HEX, 32), True),
]


# --- package registries ----------------------------------------------------------------------------------

def jfrog_reference(rng):
    return b64(("reftkn" + ":01:" + str(1800000000 + rng.randrange(10**8)) + ":" + d(rng, ALNUM, 27)).encode()).rstrip("=")


PACKAGE_REGISTRIES = [
    ("npm-token", "npm_token", fs.npm_token, False),
    ("pypi-token", "pypi_token", fs.pypi_token, False),
    ("rubygems-api-key", "gem_host_api_key", lambda r: "ruby" + "gems_" + d(r, HEX, 48), False),
    ("nuget-api-key", "nuget_api_key", lambda r: "oy" + "2" + d(r, LOWER_ALNUM, 43), False),
    ("crates-io-token", "cargo_registry_token", lambda r: "ci" + "o" + d(r, ALNUM, 32), False),
    ("jfrog-api-key", "artifactory_api_key", lambda r: "AK" + "Cp" + d(r, ALNUM, 69), False),
    ("jfrog-reference-token", "jfrog_access_token", jfrog_reference, False),
    ("clojars-token", "clojars_password", lambda r: "CLO" + "JARS_" + d(r, HEX, 60), False),
    ("hex-api-key", "hex_api_key", lambda r: d(r, HEX, 32), True),
    ("cloudsmith-api-key", "cloudsmith_api_key", lambda r: d(r, HEX, 40), True),
]


# --- observability ------------------------------------------------------------------------------------

def sentry_org_token(rng):
    payload = json.dumps({"iat": 1700000000 + rng.randrange(10**7), "url": "https://sentry.io", "region_url": "https://us.sentry.io",
                          "org": "orders-" + d(rng, LOWER, 5)}, separators=(",", ":"))
    return "sntr" + "ys_" + b64(payload.encode()).rstrip("=") + "_" + d(rng, B64, 43)


def grafana_cloud(rng):
    payload = json.dumps({"o": str(rng.randrange(10**5, 10**6)), "n": "stack-" + d(rng, DIGITS, 6) + "-hm-write-orders",
                          "k": d(rng, ALNUM, 24), "m": {"r": "prod-eu-west-2"}}, separators=(",", ":"))
    return "gl" + "c_" + b64(payload.encode())


def grafana_service_account(rng):
    body = d(rng, ALNUM, 32)
    return "gl" + "sa_" + body + "_" + crc32_hex(body)


OBSERVABILITY = [
    ("datadog-api-key", "dd_api_key", lambda r: d(r, HEX, 32), True),
    ("datadog-app-key", "dd_app_key", lambda r: d(r, HEX, 40), True),
    ("newrelic-user-key", "new_relic_api_key", lambda r: "NR" + "AK-" + d(r, UPPER_ALNUM, 27), False),
    ("newrelic-insert-key", "new_relic_insert_key", lambda r: "NR" + "II-" + d(r, B64URL, 32), False),
    ("newrelic-license-key", "new_relic_license_key", lambda r: d(r, HEX, 36) + "NR" + "AL", False),
    ("sentry-org-token", "sentry_auth_token", sentry_org_token, False),
    ("sentry-user-token", "sentry_auth_token", lambda r: "sntr" + "yu_" + d(r, HEX, 64), False),
    ("grafana-cloud-token", "grafana_cloud_token", grafana_cloud, False),
    ("grafana-service-account-token", "grafana_token", grafana_service_account, False),
    ("dynatrace-api-token", "dt_api_token", lambda r: "dt0" + "c01." + d(r, UPPER_ALNUM, 24) + "." + d(r, UPPER_ALNUM, 64), False),
    ("honeycomb-api-key", "honeycomb_api_key", lambda r: d(r, ALNUM, 22), True),
    ("splunk-hec-token", "splunk_hec_token", uuid, True),
    ("pagerduty-api-key", "pagerduty_token", lambda r: "u+" + d(r, B64URL, 18), True),
    ("opsgenie-api-key", "opsgenie_api_key", uuid, True),
    ("rollbar-access-token", "rollbar_access_token", lambda r: d(r, HEX, 32), True),
    ("bugsnag-api-key", "bugsnag_api_key", lambda r: d(r, HEX, 32), True),
    ("axiom-token", "axiom_token", lambda r: "xa" + "at-" + uuid(r), False),
    ("checkly-api-key", "checkly_api_key", lambda r: "c" + "u_" + d(r, HEX, 32), False),
    ("logzio-token", "logzio_token", lambda r: d(r, ALNUM, 32), True),
]


# --- payments ---------------------------------------------------------------------------------------------

PAYMENTS = [
    ("stripe-secret-key", "stripe_secret_key", fs.stripe_live, False),
    ("stripe-restricted-key", "stripe_key", fs.stripe_restricted, False),
    ("stripe-webhook-secret", "stripe_webhook_secret", lambda r: "wh" + "sec_" + d(r, ALNUM, 32), False),
    ("square-access-token", "square_access_token", lambda r: "EA" + "AA" + d(r, B64URL, 60), False),
    ("square-access-token-legacy", "square_access_token", lambda r: "sq0" + "atp-" + d(r, B64URL, 22), False),
    ("square-oauth-secret", "square_oauth_secret", lambda r: "sq0" + "csp-" + d(r, B64URL, 43), False),
    ("braintree-access-token", "braintree_access_token",
     lambda r: "access_token" + "$production$" + d(r, LOWER_ALNUM, 16) + "$" + d(r, HEX, 32), False),
    ("paypal-client-secret", "paypal_client_secret", lambda r: "E" + d(r, B64URL, 79), True),
    ("adyen-api-key", "adyen_api_key", lambda r: "AQ" + "E" + d(r, ALNUM, 5) + d(r, B64URL, 120), True),
    ("razorpay-key-id", "razorpay_key_id", lambda r: "rz" + "p_live_" + d(r, ALNUM, 14), False),
    ("razorpay-key-secret", "razorpay_key_secret", lambda r: d(r, ALNUM, 24), True),
    ("flutterwave-secret-key", "flw_secret_key", lambda r: "FLW" + "SECK-" + d(r, HEX, 32) + "-X", False),
    ("gocardless-access-token", "gocardless_access_token", lambda r: "li" + "ve_" + d(r, B64URL, 40), True),
    ("paystack-secret-key", "paystack_secret_key", lambda r: "sk" + "_live_" + d(r, HEX, 40), False),
    ("mollie-api-key", "mollie_api_key", lambda r: "li" + "ve_" + d(r, ALNUM, 30), True),
    ("plaid-secret", "plaid_secret", lambda r: d(r, HEX, 30), True),
    ("plaid-access-token", "plaid_access_token", lambda r: "access" + "-production-" + uuid(r), False),
    ("shopify-access-token", "shopify_token", fs.shopify, False),
    ("shopify-shared-secret", "shopify_shared_secret", lambda r: "shp" + "ss_" + d(r, HEX, 32), False),
    ("shopify-custom-app-token", "shopify_token", lambda r: "shp" + "ca_" + d(r, HEX, 32), False),
    ("shopify-private-app-token", "shopify_password", lambda r: "shp" + "pa_" + d(r, HEX, 32), False),
    ("authorize-net-transaction-key", "authorize_net_transaction_key", lambda r: d(r, ALNUM, 16), True),
    ("wise-api-token", "wise_api_token", uuid, True),
]


# --- crypto exchanges and wallets -------------------------------------------------------------------------

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(payload: bytes) -> str:
    import hashlib
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    number = int.from_bytes(data, "big")
    out = ""
    while number:
        number, rest = divmod(number, 58)
        out = B58[rest] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def bitcoin_wif(rng):
    # Compressed mainnet WIF: 0x80, the 32-byte key, 0x01, then the double-SHA-256 checksum.
    return base58check(b"\x80" + bytes(rng.randrange(256) for _ in range(32)) + b"\x01")


def bip32_xprv(rng):
    # Version, depth, parent fingerprint, child number, chain code, 0x00 + private key: 78 bytes.
    payload = (bytes.fromhex("0488ade4") + b"\x00" + b"\x00" * 4 + b"\x00" * 4
               + bytes(rng.randrange(256) for _ in range(32)) + b"\x00" + bytes(rng.randrange(256) for _ in range(32)))
    return base58check(payload)


# Words of the BIP-39 English list (a subset; the phrase's own checksum is not computed).
BIP39_WORDS = ("absorb acoustic adjust afraid agent alarm album alley among anchor ankle apart april arctic arena armor "
               "artwork aspect atom auction autumn avocado badge bamboo banner barrel basket beach behave bicycle blossom "
               "border bounce brick broccoli bubble budget cabin cactus camera canal carbon cargo castle cattle ceiling "
               "census chalk cherry chimney circle citizen clarify clever cluster coconut column comic copper coral cradle "
               "crystal cushion dolphin donkey dragon drift eagle elbow ember embrace engine episode erode essay fabric "
               "faculty falcon fancy fiber fiction glacier gospel gravity harbor hedgehog helmet humble icon index "
               "jaguar jungle kangaroo kitten ladder lantern lizard lobster lunar magnet mango marble meadow mercy "
               "monkey mosquito napkin nephew noodle oasis orbit orchard oyster paddle panther pepper pioneer planet "
               "pumpkin puzzle quantum rabbit radar raven ribbon rocket saddle salmon scatter shadow shrimp silver "
               "sketch sponsor squirrel stadium talent thunder tobacco tornado trumpet tunnel umbrella valley velvet "
               "vessel volcano walnut whisper willow wizard yellow zebra").split()


def mnemonic(rng, n=12):
    return " ".join(rng.choice(BIP39_WORDS) for _ in range(n))


CRYPTO_EXCHANGES = [
    ("binance-api-key", "binance_api_key", lambda r: d(r, ALNUM, 64), True),
    ("binance-api-secret", "binance_api_secret", lambda r: d(r, ALNUM, 64), True),
    ("coinbase-api-secret", "coinbase_api_secret", lambda r: d(r, ALNUM, 32), True),
    ("kraken-api-key", "kraken_api_key", lambda r: d(r, B64, 56), True),
    ("kraken-private-key", "kraken_private_key", lambda r: key_b64(r, 64), True),
    ("kucoin-api-secret", "kucoin_api_secret", uuid, True),
    ("okx-secret-key", "okx_secret_key", lambda r: d(r, HEXU, 32), True),
    ("bybit-api-secret", "bybit_api_secret", lambda r: d(r, ALNUM, 36), True),
    ("gemini-account-key", "gemini_api_key", lambda r: "acc" + "ount-" + d(r, ALNUM, 20), True),
    ("gemini-master-key", "gemini_api_key", lambda r: "mas" + "ter-" + d(r, ALNUM, 20), True),
    ("bitfinex-api-secret", "bitfinex_api_secret", lambda r: d(r, ALNUM, 43), True),
    ("gateio-api-secret", "gateio_api_secret", lambda r: d(r, HEX, 64), True),
    ("ethereum-private-key", "deployer_private_key", lambda r: "0x" + d(r, HEX, 64), True),
    ("bip39-mnemonic", "mnemonic", mnemonic, True),
    ("bip39-mnemonic-24", "seed_phrase", lambda r: mnemonic(r, 24), True),
    ("bitcoin-wif-private-key", "btc_private_key", bitcoin_wif, False),
    ("bip32-extended-private-key", "xprv", bip32_xprv, False),
    ("infura-api-secret", "infura_api_secret", lambda r: d(r, HEX, 32), True),
    ("alchemy-api-key", "alchemy_api_key", lambda r: d(r, B64URL, 32), True),
    ("etherscan-api-key", "etherscan_api_key", lambda r: d(r, UPPER_ALNUM, 34), True),
]


# --- messaging ----------------------------------------------------------------------------------------------

def discord_bot(rng):
    user_id = str(rng.randrange(10**17, 10**19))
    return b64url(user_id.encode()) + "." + d(rng, B64URL, 6) + "." + d(rng, B64URL, 38)


def discord_webhook(rng):
    return "https://discord.com/api/" + "webhooks/" + str(rng.randrange(10**17, 10**19)) + "/" + d(rng, B64URL, 68)


def teams_webhook_old(rng):
    return ("https://outlook.office.com/" + "webhook/" + uuid(rng) + "@" + uuid(rng) + "/IncomingWebhook/" + d(rng, HEX, 32)
            + "/" + uuid(rng))


def teams_webhook_new(rng):
    return ("https://orders" + d(rng, LOWER, 4) + ".webhook.office.com/" + "webhookb2/" + uuid(rng) + "@" + uuid(rng)
            + "/IncomingWebhook/" + d(rng, HEX, 32) + "/" + uuid(rng) + "/V2" + d(rng, B64URL, 43))


def teams_workflow(rng):
    return ("https://prod-" + str(rng.randrange(10, 99)) + ".westeurope.logic.azure.com:443/workflows/" + d(rng, HEX, 32)
            + "/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig="
            + d(rng, B64URL, 43))


def google_chat_webhook(rng):
    return ("https://chat.googleapis.com/v1/spaces/AAAA" + d(rng, B64URL, 7) + "/messages?key=" + fs.google_api_key(rng)
            + "&token=" + d(rng, B64URL, 43) + "%3D")


MESSAGING = [
    ("slack-bot-token", "slack_bot_token", fs.slack_bot, False),
    ("slack-user-token", "slack_token", fs.slack_user, False),
    ("slack-webhook", "slack_webhook_url", fs.slack_webhook, False),
    ("slack-app-token", "slack_app_token", lambda r: "xa" + "pp-1-A" + d(r, UPPER_ALNUM, 10) + "-" + d(r, DIGITS, 13) + "-" + d(r, HEX, 64), False),
    ("slack-config-token", "slack_config_token", lambda r: "xo" + "xe.xoxp-1-" + d(r, ALNUM, 163), False),
    ("slack-refresh-token", "slack_refresh_token", lambda r: "xo" + "xe-1-" + d(r, ALNUM, 146), False),
    ("slack-workflow-webhook", "slack_workflow_url",
     lambda r: "https://hooks." + "slack.com/workflows/T" + d(r, UPPER_ALNUM, 8) + "/A" + d(r, UPPER_ALNUM, 10) + "/" + d(r, DIGITS, 18) + "/" + d(r, ALNUM, 24), False),
    ("discord-bot-token", "discord_token", discord_bot, False),
    ("discord-webhook", "discord_webhook_url", discord_webhook, False),
    ("telegram-bot-token", "telegram_bot_token", lambda r: str(r.randrange(10**8, 10**10)) + ":A" + "A" + d(r, B64URL, 33), False),
    ("teams-webhook-legacy", "teams_webhook_url", teams_webhook_old, False),
    ("teams-webhook", "teams_webhook_url", teams_webhook_new, False),
    ("teams-workflow-webhook", "teams_webhook_url", teams_workflow, False),
    ("google-chat-webhook", "chat_webhook_url", google_chat_webhook, False),
    ("twilio-api-key", "twilio_api_key", fs.twilio_api_key, False),
    ("twilio-auth-token", "twilio_auth_token", lambda r: d(r, HEX, 32), True),
    ("mattermost-token", "mattermost_token", lambda r: d(r, LOWER_ALNUM, 26), True),
    ("vonage-api-secret", "vonage_api_secret", lambda r: d(r, ALNUM, 16), True),
    ("line-channel-access-token", "line_channel_access_token", lambda r: d(r, B64, 171) + "=", True),
    ("pusher-app-secret", "pusher_app_secret", lambda r: d(r, HEX, 20), True),
    ("ably-api-key", "ably_api_key", lambda r: d(r, B64URL, 6) + "." + d(r, B64URL, 6) + ":" + d(r, B64URL, 43), True),
    ("sendbird-api-token", "sendbird_api_token", lambda r: d(r, HEX, 40), True),
    ("messagebird-access-key", "messagebird_access_key", lambda r: d(r, ALNUM, 25), True),
    ("plivo-auth-token", "plivo_auth_token", lambda r: d(r, ALNUM, 40), True),
    ("telnyx-api-key", "telnyx_api_key", lambda r: "KE" + "Y" + d(r, HEXU, 32) + "_" + d(r, ALNUM, 22), False),
]


# --- email --------------------------------------------------------------------------------------------------

EMAIL = [
    ("sendgrid-api-key", "sendgrid_api_key", fs.sendgrid, False),
    ("mailgun-api-key", "mailgun_api_key", lambda r: "ke" + "y-" + d(r, HEX, 32), False),
    ("mailgun-api-key-v2", "mailgun_api_key", lambda r: d(r, HEX, 32) + "-" + d(r, HEX, 8) + "-" + d(r, HEX, 8), True),
    ("mailchimp-api-key", "mailchimp_api_key", lambda r: d(r, HEX, 32) + "-us" + str(r.randrange(1, 22)), False),
    ("mandrill-api-key", "mandrill_api_key", lambda r: "m" + "d-" + d(r, B64URL, 22), True),
    ("postmark-server-token", "postmark_server_token", uuid, True),
    ("brevo-api-key", "brevo_api_key", lambda r: "xkey" + "sib-" + d(r, HEX, 64) + "-" + d(r, ALNUM, 16), False),
    ("brevo-smtp-key", "brevo_smtp_key", lambda r: "xsmtp" + "sib-" + d(r, HEX, 64) + "-" + d(r, ALNUM, 16), False),
    ("mailjet-api-secret", "mailjet_secret_key", lambda r: d(r, HEX, 32), True),
    ("sparkpost-api-key", "sparkpost_api_key", lambda r: d(r, HEX, 40), True),
    ("resend-api-key", "resend_api_key", lambda r: "r" + "e_" + d(r, ALNUM, 8) + "_" + d(r, ALNUM, 24), False),
    ("mailersend-api-token", "mailersend_api_key", lambda r: "ml" + "sn." + d(r, HEX, 64), False),
    ("gmail-app-password", "smtp_password", lambda r: " ".join(d(r, LOWER, 4) for _ in range(4)), True),
    ("mailtrap-api-token", "mailtrap_api_token", lambda r: d(r, HEX, 32), True),
    ("customerio-api-key", "customerio_api_key", lambda r: d(r, HEX, 20), True),
    ("loops-api-key", "loops_api_key", lambda r: d(r, HEX, 32), True),
]


# --- social --------------------------------------------------------------------------------------------------

def twitter_bearer(rng):
    middle = d(rng, ALNUM, 8) + "A" * 7 + d(rng, ALNUM, 4) + "%2B" + d(rng, ALNUM, 18) + "%3D" + d(rng, ALNUM, 50)
    return "A" * 21 + middle


SOCIAL = [
    ("facebook-access-token", "facebook_access_token", lambda r: "EA" + "A" + r.choice("BGIJ") + d(r, ALNUM, 180), False),
    ("facebook-app-secret", "facebook_app_secret", lambda r: d(r, HEX, 32), True),
    ("facebook-app-access-token", "facebook_app_token", lambda r: str(r.randrange(10**14, 10**16)) + "|" + d(r, HEX, 32), True),
    ("twitter-bearer-token", "twitter_bearer_token", twitter_bearer, False),
    ("twitter-api-secret", "twitter_api_secret", lambda r: d(r, ALNUM, 50), True),
    ("twitter-access-token", "twitter_access_token", lambda r: str(r.randrange(10**18, 10**19)) + "-" + d(r, ALNUM, 31), True),
    ("instagram-access-token", "instagram_access_token", lambda r: "IG" + "QVJ" + d(r, B64URL, 180), False),
    ("pinterest-access-token", "pinterest_access_token", lambda r: "pi" + "na_" + d(r, ALNUM, 96), False),
    ("linkedin-client-secret", "linkedin_client_secret", lambda r: d(r, ALNUM, 16), True),
    ("reddit-client-secret", "reddit_client_secret", lambda r: d(r, B64URL, 30), True),
    ("twitch-client-secret", "twitch_client_secret", lambda r: d(r, LOWER_ALNUM, 30), True),
    ("mastodon-access-token", "mastodon_access_token", lambda r: d(r, B64URL, 43), True),
    ("bluesky-app-password", "bluesky_app_password", lambda r: "-".join(d(r, LOWER_ALNUM, 4) for _ in range(4)), True),
    ("youtube-api-key", "youtube_api_key", fs.google_api_key, False),
    ("tiktok-client-secret", "tiktok_client_secret", lambda r: d(r, ALNUM, 32), True),
]


# --- AI providers -------------------------------------------------------------------------------------------

AI_PROVIDERS = [
    ("openai-project-key", "openai_api_key", fs.openai_project, False),
    ("openai-legacy-key", "openai_api_key", fs.openai_legacy, False),
    ("openai-service-account-key", "openai_api_key", lambda r: "sk" + "-svcacct-" + d(r, B64URL, 74) + fs.OPENAI_MARK + d(r, B64URL, 74), False),
    ("openai-admin-key", "openai_admin_key", lambda r: "sk" + "-admin-" + d(r, B64URL, 74) + fs.OPENAI_MARK + d(r, B64URL, 74), False),
    ("anthropic-api-key", "anthropic_api_key", fs.anthropic, False),
    ("anthropic-admin-key", "anthropic_admin_key", lambda r: "sk" + "-ant-" + "admin01-" + d(r, B64URL, 93) + "AA", False),
    ("anthropic-oauth-token", "claude_code_oauth_token", lambda r: "sk" + "-ant-" + "oat01-" + d(r, B64URL, 93) + "AA", False),
    ("huggingface-token", "hf_token", fs.huggingface, False),
    ("huggingface-org-token", "hf_org_token", lambda r: "api" + "_org_" + d(r, string.ascii_letters, 34), False),
    ("cohere-api-key", "co_api_key", lambda r: d(r, ALNUM, 40), True),
    ("mistral-api-key", "mistral_api_key", lambda r: d(r, ALNUM, 32), True),
    ("groq-api-key", "groq_api_key", lambda r: "gs" + "k_" + d(r, ALNUM, 52), False),
    ("replicate-api-token", "replicate_api_token", lambda r: "r" + "8_" + d(r, ALNUM, 37), False),
    ("perplexity-api-key", "perplexity_api_key", lambda r: "pp" + "lx-" + d(r, ALNUM, 48), False),
    ("xai-api-key", "xai_api_key", lambda r: "xa" + "i-" + d(r, ALNUM, 80), False),
    ("gemini-api-key", "gemini_api_key", fs.google_api_key, False),
    ("deepseek-api-key", "deepseek_api_key", lambda r: "s" + "k-" + d(r, HEX, 32), True),
    ("together-api-key", "together_api_key", lambda r: d(r, HEX, 64), True),
    ("fireworks-api-key", "fireworks_api_key", lambda r: "f" + "w_" + d(r, ALNUM, 24), True),
    ("openrouter-api-key", "openrouter_api_key", lambda r: "sk" + "-or-v1-" + d(r, HEX, 64), False),
    ("langsmith-pat", "langsmith_api_key", lambda r: "lsv2" + "_pt_" + d(r, HEX, 32) + "_" + d(r, HEX, 10), False),
    ("langsmith-service-key", "langsmith_api_key", lambda r: "lsv2" + "_sk_" + d(r, HEX, 32) + "_" + d(r, HEX, 10), False),
    ("langfuse-secret-key", "langfuse_secret_key", lambda r: "sk" + "-lf-" + uuid(r), False),
    ("pinecone-api-key", "pinecone_api_key", lambda r: "pc" + "sk_" + d(r, ALNUM, 5) + "_" + d(r, ALNUM, 63), False),
    ("wandb-api-key", "wandb_api_key", lambda r: d(r, HEX, 40), True),
    ("elevenlabs-api-key", "elevenlabs_api_key", lambda r: "s" + "k_" + d(r, HEX, 48), True),
    ("assemblyai-api-key", "assemblyai_api_key", lambda r: d(r, HEX, 32), True),
    ("deepgram-api-key", "deepgram_api_key", lambda r: d(r, HEX, 40), True),
    ("stability-api-key", "stability_api_key", lambda r: "s" + "k-" + d(r, ALNUM, 48), True),
    ("cerebras-api-key", "cerebras_api_key", lambda r: "cs" + "k-" + d(r, LOWER_ALNUM, 48), False),
    ("nvidia-api-key", "nvidia_api_key", lambda r: "nv" + "api-" + d(r, B64URL, 64), False),
    ("azure-openai-api-key", "azure_openai_api_key", lambda r: d(r, HEX, 32), True),
]


# --- SaaS ---------------------------------------------------------------------------------------------------

def onepassword(rng):
    payload = json.dumps({"signInAddress": "orders.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
                          "iterations": 650000, "salt": d(rng, B64URL, 22)}, "email": d(rng, LOWER, 12) + "@1passwordserviceaccounts.com",
                          "srpX": d(rng, HEX, 64), "muk": {"alg": "A256GCM", "ext": True, "k": d(rng, B64URL, 43), "key_ops": ["encrypt", "decrypt"],
                          "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + d(rng, UPPER_ALNUM, 6) + "-" + d(rng, UPPER_ALNUM, 11),
                          "throttleSecret": {"seed": d(rng, HEX, 64), "uuid": d(rng, UPPER_ALNUM, 26)}, "deviceUuid": d(rng, LOWER_ALNUM, 26)},
                         separators=(",", ":"))
    return "op" + "s_" + b64url(payload.encode())


def mapbox_secret(rng):
    payload = json.dumps({"u": "orders-" + d(rng, LOWER, 5), "a": d(rng, LOWER_ALNUM, 25)}, separators=(",", ":"))
    return "s" + "k." + b64url(payload.encode()) + "." + d(rng, B64URL, 22)


def intercom(rng):
    return b64(("tok" + ":" + d(rng, HEX, 8) + "_" + d(rng, HEX, 4) + "_" + d(rng, HEX, 4) + "_" + d(rng, HEX, 4) + "_" + d(rng, HEX, 12) + ":1:0").encode())


def asana(rng):
    return "2/" + d(rng, DIGITS, 16) + "/" + d(rng, DIGITS, 16) + ":" + d(rng, HEX, 32)


SAAS = [
    ("notion-integration-token", "notion_token", lambda r: "sec" + "ret_" + d(r, ALNUM, 43), True),
    ("notion-token", "notion_token", lambda r: "nt" + "n_" + d(r, DIGITS, 11) + d(r, ALNUM, 35), False),
    ("linear-api-key", "linear_api_key", lambda r: "lin" + "_api_" + d(r, ALNUM, 40), False),
    ("airtable-pat", "airtable_token", lambda r: "pa" + "t" + d(r, ALNUM, 14) + "." + d(r, HEX, 64), False),
    ("asana-pat", "asana_token", asana, False),
    ("hubspot-private-app-token", "hubspot_access_token", lambda r: "pat" + "-na1-" + uuid(r), False),
    ("zendesk-api-token", "zendesk_api_token", lambda r: d(r, ALNUM, 40), True),
    ("intercom-access-token", "intercom_access_token", intercom, True),
    ("okta-api-token", "okta_api_token", lambda r: "00" + d(r, B64URL, 40), True),
    ("auth0-client-secret", "auth0_client_secret", lambda r: d(r, B64URL, 64), True),
    ("onepassword-service-account-token", "op_service_account_token", onepassword, False),
    ("figma-pat", "figma_token", lambda r: "fig" + "d_" + d(r, B64URL, 40), False),
    ("mapbox-secret-token", "mapbox_token", mapbox_secret, False),
    ("postman-api-key", "postman_api_key", lambda r: "PM" + "AK-" + d(r, HEX, 24) + "-" + d(r, HEX, 34), False),
    ("contentful-pat", "contentful_management_token", lambda r: "CF" + "PAT-" + d(r, B64URL, 43), False),
    ("typeform-pat", "typeform_token", lambda r: "tf" + "p_" + d(r, B64URL, 44) + "_" + d(r, B64URL, 14), False),
    ("algolia-admin-key", "algolia_admin_api_key", lambda r: d(r, HEX, 32), True),
    ("dropbox-access-token", "dropbox_access_token", lambda r: "s" + "l." + d(r, B64URL, 135), False),
    ("dropbox-short-lived-token", "dropbox_access_token", lambda r: "sl" + ".u." + d(r, B64URL, 180), False),
    ("salesforce-access-token", "sf_access_token", lambda r: "00" + "D" + d(r, ALNUM, 12) + "!AQ" + d(r, ALNUM, 4) + "." + d(r, B64URL, 96), False),
    ("clickup-api-token", "clickup_api_token", lambda r: "p" + "k_" + d(r, DIGITS, 8) + "_" + d(r, UPPER_ALNUM, 32), False),
    ("trello-token", "trello_token", lambda r: "AT" + "TA" + d(r, HEX, 64) + d(r, HEXU, 8), False),
    ("atlassian-api-token", "jira_api_token", lambda r: "ATATT" + "3xFfGF0" + d(r, B64URL, 180) + "=" + d(r, HEXU, 8), False),
    ("launchdarkly-api-key", "launchdarkly_access_token", lambda r: "ap" + "i-" + uuid(r), False),
    ("launchdarkly-sdk-key", "launchdarkly_sdk_key", lambda r: "sd" + "k-" + uuid(r), False),
    ("readme-api-key", "readme_api_key", lambda r: "rd" + "me_" + d(r, LOWER_ALNUM, 70), False),
    ("prefect-api-key", "prefect_api_key", lambda r: "pn" + "u_" + d(r, ALNUM, 36), False),
    ("duffel-access-token", "duffel_access_token", lambda r: "duffel" + "_live_" + d(r, B64URL, 43), False),
    ("easypost-api-key", "easypost_api_key", lambda r: "EZ" + "AK" + d(r, ALNUM, 54), False),
    ("shippo-api-token", "shippo_api_token", lambda r: "shippo" + "_live_" + d(r, HEX, 40), False),
    ("lob-api-key", "lob_api_key", lambda r: "li" + "ve_" + d(r, HEX, 35), True),
    ("frameio-token", "frameio_token", lambda r: "fi" + "o-u-" + d(r, B64URL, 64), False),
    ("webflow-api-token", "webflow_api_token", lambda r: d(r, HEX, 64), True),
    ("freshdesk-api-key", "freshdesk_api_key", lambda r: d(r, ALNUM, 20), True),
]


FAMILIES = {
    "cloud": CLOUD, "cloud-native": CLOUD_NATIVE, "databases": DATABASES, "source-hosting": SOURCE_HOSTING, "ci-cd": CI_CD,
    "package-registries": PACKAGE_REGISTRIES, "observability": OBSERVABILITY, "payments": PAYMENTS,
    "crypto-exchanges": CRYPTO_EXCHANGES, "messaging": MESSAGING, "email": EMAIL, "social": SOCIAL,
    "ai-providers": AI_PROVIDERS, "saas": SAAS,
}


def providers():
    return [Provider(family, *entry) for family, entries in FAMILIES.items() for entry in entries]
