"""Negatives for the labelled accuracy corpus (bench/accuracy.py), by family.

Files that hold no secret but look like they might: placeholders and documented example keys, values
that are public by design (publishable keys, client IDs, DSNs, addresses), right prefix with the wrong
length or checksum, identifiers and digests, lookups of a secret kept elsewhere, encrypted files meant
to be committed, public keys and certificates, and a provider's name inside another word (`rookTable`
is no Okta token). Each case is (family, kind, context, filename, content). Documented example values
are assembled from parts like everything else in bench/.
"""

import base64
import hashlib
import hmac
import json

import fakesecrets as fs
from accuracy_contexts import (CODE_CONTEXTS, NAMED_CONTEXTS, context_name, ctx_env, ctx_go, ctx_js, ctx_json, ctx_python, ctx_yaml)
from accuracy_forms import bech32_encode, kubeconfig
from accuracy_providers import (ALNUM, B58, B64URL, DIGITS, HEX, LOWER, LOWER_ALNUM, UPPER_ALNUM, b64, b64url, base58check, d,
                                key_b64, uuid)


def pem(label, nbytes, rng):
    raw = bytes(rng.randrange(256) for _ in range(nbytes))
    text = base64.b64encode(raw).decode()
    body = "\n".join(text[i:i + 64] for i in range(0, len(text), 64))
    return fs.PEM_BEGIN + label + "-----\n" + body + "\n" + fs.PEM_END + label + "-----\n"


def md5ish(rng):
    return d(rng, HEX, 32)


# --- the original corpus's negatives, each given its family ------------------------------------------

def original_negatives(rng):
    aws_example_id = fs.P_AWS + "IOSFODNN7" + "EXAMPLE"
    aws_example_secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY"
    n = []

    def add(family, kind, filename, content):
        n.append((family, kind, kind, filename, content))

    placeholders = [  # (family, variable, value, what it is)
        ("generic", "api_key", "x" * 32, "xxxx"), ("generic", "api_key", "<your-api-key>", "<your-api-key>"),
        ("generic", "password", "${DB_PASSWORD}", "${VAR}"), ("generic", "token", "{{ .Values.token }}", "{{ template }}"),
        ("source-hosting", "github_token", "${{ secrets.GITHUB_TOKEN }}", "${{ secrets.X }}"), ("generic", "password", "changeme", "changeme"),
        ("cloud", "aws_access_key_id", aws_example_id, "AWS documented example key id"),
        ("cloud", "aws_secret_access_key", aws_example_secret, "AWS documented example secret"),
        ("generic", "api_key", "YOUR_API_KEY_HERE", "YOUR_API_KEY_HERE"), ("generic", "password", "REDACTED", "REDACTED"),
        ("generic", "password", "********", "********"), ("payments", "stripe_key", fs.P_STRIPE_LIVE + "x" * 24, "Stripe prefix + xxxx"),
        ("source-hosting", "github_token", fs.P_GHP + "x" * 36, "GitHub prefix + xxxx"), ("generic", "secret", "%s", "%s"),
        ("generic", "password", "<password>", "<password>"), ("ai-providers", "openai_api_key", "sk-...", "sk-..."),
        ("generic", "client_secret", "your-client-secret-here", "your-client-secret-here"), ("generic", "token", "TODO", "TODO"),
        ("generic", "api_key", "dummy", "dummy"), ("generic", "api_key", "test", "test"), ("generic", "token", "0" * 32, "0000…"),
        ("generic", "secret_key", "insecure-dev-key-do-not-use", "insecure-dev-key-do-not-use"),
    ]
    for i, (family, name, value, what) in enumerate(placeholders):
        context = CODE_CONTEXTS[i % len(CODE_CONTEXTS)]
        filename, content = context(name, value)
        n.append((family, what, context_name(context), filename, content))

    lookups = [
        ("settings.py", 'import os\nAPI_KEY = os.environ["API_KEY"]\nDB_PASSWORD = os.getenv("DB_PASSWORD", "")\n'),
        ("config.js", "const token = process.env.GITHUB_TOKEN;\nconst password = process.env.DB_PASSWORD || '';\n"),
        ("main.go", 'package main\n\nimport "os"\n\nvar apiKey = os.Getenv("API_KEY")\nvar secret = os.Getenv("CLIENT_SECRET")\n'),
        ("Config.java", 'class Config {\n    String password = System.getenv("DB_PASSWORD");\n    String token = System.getenv("API_TOKEN");\n}\n'),
        ("vault.py", 'password = get_secret("prod/db/password")\ntoken = request.headers["Authorization"]\nsecret = settings.SECRET_KEY\n'),
        ("deploy.sh", '#!/bin/sh\nexport API_TOKEN="$(vault kv get -field=token secret/ci)"\nexport PASSWORD="$DB_PASSWORD"\n'),
        ("deployment.yaml", "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db\n        key: password\n"),
        ("workflow.yml", "steps:\n  - run: ./release\n    env:\n      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n      API_KEY: ${{ secrets.API_KEY }}\n"),
        ("client.ts", "const apiKey = config.get<string>('apiKey');\nconst secret = await secrets.fetch('stripe/secret');\n"),
    ]
    for filename, content in lookups:
        n.append(("generic", "env or secret-store lookup: " + filename, filename, filename, content))

    for i in range(6):
        digest = fs.sha256_hex(rng)
        sha = fs.sha1_hex(rng)
        forms = [
            ("checksums.py", f'EXPECTED_SHA256 = "{digest}"\n'),
            (".pre-commit-config.yaml", f"repos:\n  - repo: https://github.com/example/hooks\n    rev: {sha}\n    hooks:\n      - id: lint\n"),
            ("release.json", json.dumps({"commit": sha, "sha256": digest, "token_hash": digest}, indent=2) + "\n"),
            ("test_digest.go", f'package digest\n\nvar keyDigest = "{digest}"\nvar commitKey = "{sha}"\n'),
            ("etag.js", f'const etag = "{fs.draw(rng, fs.HEX, 32)}";\nconst cacheKey = "{digest}";\n'),
            ("vectors.py", f'iv = "000102030405060708090a0b0c0d0e0f"\nkey_hash = "{digest}"\n'),
        ]
        filename, content = forms[i]
        add("generic", "hex digest or git SHA: " + filename, filename, content)

    for name, context in [("token_id", ctx_python), ("api_key_id", ctx_js), ("client_id", ctx_yaml), ("request_id", ctx_json),
                          ("secret_name", ctx_go), ("tenant_id", ctx_env)]:
        filename, content = context(name, fs.uuid4(rng))
        n.append(("generic", "UUID: " + name, context_name(context), filename, content))

    def sri():
        return "sha512-" + fs.base64_blob(rng, 64)

    lock = {"name": "app", "lockfileVersion": 3, "packages": {f"node_modules/pkg{i}": {
        "version": f"1.{i}.0", "resolved": f"https://registry.npmjs.org/pkg{i}/-/pkg{i}-1.{i}.0.tgz", "integrity": sri()} for i in range(8)}}
    add("package-registries", "package-lock.json", "package-lock.json", json.dumps(lock, indent=2) + "\n")
    add("package-registries", "yarn.lock", "yarn.lock",
        "".join(f'pkg{i}@^1.0.0:\n  version "1.{i}.0"\n  resolved "https://registry.yarnpkg.com/pkg{i}/-/pkg{i}-1.{i}.0.tgz"\n  integrity {sri()}\n\n' for i in range(8)))
    add("package-registries", "go.sum", "go.sum", "".join(f"github.com/example/mod{i} v1.{i}.0 h1:{fs.base64_blob(rng, 32)}\n" for i in range(8)))
    add("package-registries", "index.html SRI", "index.html",
        f'<!doctype html>\n<script src="https://cdn.example.com/lib.js" integrity="sha384-{fs.base64_blob(rng, 48)}" crossorigin="anonymous"></script>\n')
    add("package-registries", "asset-manifest.json", "asset-manifest.json", json.dumps({"main.js": {"integrity": sri()}, "main.css": {"integrity": sri()}}, indent=2) + "\n")

    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(300))).decode()
    add("generic", "data URI: styles.css", "styles.css", f".logo {{\n  background: url(data:image/png;base64,{png});\n}}\n")
    add("generic", "data URI: logo.js", "logo.js", f'export const logoKey = "data:image/png;base64,{png}";\n')
    add("generic", "data URI: README.md", "README.md", f"# App\n\n![logo](data:image/png;base64,{png})\n")
    add("generic", "base64 image: icons.json", "icons.json", json.dumps({"icon": png, "thumbnail_token": "small"}, indent=2) + "\n")

    ssh_pub = "ssh-" + "rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + fs.base64_blob(rng, 256) + " deploy@build"
    add("private-keys", "public key: public.pem", "public.pem", pem("PUBLIC KEY", 294, rng))
    add("private-keys", "public key: authorized_keys", "authorized_keys", ssh_pub + "\n")
    add("private-keys", "public key: keys.json", "keys.json", json.dumps({"public_key": pem("PUBLIC KEY", 294, rng)}, indent=2) + "\n")
    add("private-keys", "public key: signing.asc", "signing.asc", pem("PGP PUBLIC KEY BLOCK", 400, rng))
    add("private-keys", "public key: known_hosts", "known_hosts", "github.com " + ssh_pub.rsplit(" ", 1)[0] + "\n")
    add("private-keys", "certificate: server.crt", "server.crt", pem("CERTIFICATE", 900, rng))
    add("private-keys", "certificate: ca.yaml", "ca.yaml", "tls:\n  ca.crt: |\n" + "\n".join("    " + l for l in pem("CERTIFICATE", 700, rng).splitlines()) + "\n")
    add("private-keys", "certificate: bundle.pem", "bundle.pem", pem("CERTIFICATE", 800, rng) + pem("CERTIFICATE", 800, rng))

    code = [
        ("validators.py", 'def validate_password(password: str) -> bool:\n    """Passwords need 12 characters."""\n    return len(password) >= 12\n\n\nMAX_TOKEN_LENGTH = 4096\ntoken_type = "bearer"\n'),
        ("tokenizer.js", "export class Tokenizer {\n  nextToken() {\n    const token = this.input.slice(this.pos, this.pos + 1);\n    this.pos += 1;\n    return token;\n  }\n}\n"),
        ("keymap.json", json.dumps({"bindings": [{"key": "ctrl+shift+down", "command": "editor.action.copyLinesDownAction"},
                                                 {"key": "cmd+k cmd+s", "command": "workbench.action.openGlobalKeybindings"}]}, indent=2) + "\n"),
        ("forms.py", 'password_field = forms.CharField(widget=forms.PasswordInput, label="password")\nsecret_name = "prod/db/password"\n'),
        ("auth.go", 'package auth\n\ntype Token struct {\n\tAccessToken  string `json:"access_token"`\n\tRefreshToken string `json:"refresh_token"`\n\tTokenType    string `json:"token_type"`\n}\n'),
        ("Security.java", 'PasswordEncoder encoder = new BCryptPasswordEncoder();\nString keyPath = "/etc/ssl/private/server.key";\nString tokenUrl = "https://oauth2.example.com/token";\n'),
        ("cache.py", 'def cache_key(user):\n    key = f"user:{user.id}:profile"\n    return key\n\nmonkey_patch = True\nkeyboard_layout = "us"\n'),
        ("oauth.yaml", "oauth:\n  token_url: https://auth.example.com/oauth/token\n  authorize_url: https://auth.example.com/authorize\n  token_endpoint_auth_method: client_secret_basic\n"),
        ("i18n.json", json.dumps({"password": "Password", "password_hint": "At least 12 characters", "secret_question": "Your first pet",
                                  "api_key_label": "API key"}, indent=2) + "\n"),
        ("vendor.min.js", "!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};"
                          "return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.token=function(e){return e.key||e.secret||e.password};"
                          "n.apiKeyHeader=\"X-Api-Key\",n.passwordMinLength=12}([]);\n"),
        ("test_login.py", 'def test_login_rejects_wrong_password(client):\n    response = client.post("/login", data={"user": "alice", "password": "wrong"})\n    assert response.status_code == 401\n'),
        ("schema.sql", "CREATE TABLE users (\n  id uuid PRIMARY KEY,\n  password_hash text NOT NULL,\n  api_key_id uuid,\n  secret_question text\n);\n"),
    ]
    for filename, content in code:
        add("generic", "ordinary code: " + filename, filename, content)
    return n


# --- a provider's name inside another word --------------------------------------------------------------

def inside_word_negatives(rng):
    """(family, provider, identifier, value): the provider's name is part of a longer word, and the value is no secret."""
    sha1, sha256 = (lambda: d(rng, HEX, 40)), (lambda: d(rng, HEX, 64))
    cases = [
        ("saas", "okta", "rook_table", "00-rook-ceph-object-store-bucket-table-001"),
        ("saas", "okta", "book_tab_checksum", "00" + sha1()),
        ("saas", "notion", "notional_amount_digest", md5ish(rng)),
        ("saas", "linear", "nonlinear_solver_hash", sha256()),
        ("saas", "asana", "asana_pose_sequence", "warrior-two-triangle-half-moon-tree-pose-01"),
        ("saas", "lob", "global_cache_key", md5ish(rng)),
        ("saas", "prefect", "prefecture_code_table", "jp-13-tokyo-jp-27-osaka-jp-14-kanagawa-0001"),
        ("payments", "stripe", "pinstripe_pattern_id", sha1()),
        ("payments", "square", "checker_square_hash", md5ish(rng)),
        ("payments", "plaid", "plaid_pattern_digest", d(rng, HEX, 30)),
        ("payments", "paddle", "paddle_width_cache_key", md5ish(rng)),
        ("payments", "wise", "clockwise_rotation_key", sha1()),
        ("messaging", "slack", "slackness_threshold_digest", md5ish(rng)),
        ("messaging", "discord", "discordance_matrix_hash", sha1()),
        ("messaging", "ably", "probably_cached_digest", sha1()),
        ("messaging", "line", "timeline_cursor_hash", sha256()),
        ("social", "twitch", "twitch_threshold_hash", d(rng, LOWER_ALNUM, 30)),
        ("social", "tiktok", "tiktoken_encoding_name", "cl100k_base"),
        ("social", "mastodon", "mastodon_fossil_sample_id", sha1()),
        ("ai-providers", "cohere", "coherence_length_digest", sha1()),
        ("ai-providers", "perplexity", "perplexity_score_run", "eval-wikitext-103-validation-baseline-48"),
        ("ai-providers", "replicate", "replicate_count_hash", sha1()),
        ("ai-providers", "anthropic", "philanthropic_fund_id", sha1()),
        ("ai-providers", "mistral", "mistral_gust_table", d(rng, HEX, 32)),
        ("crypto-exchanges", "gate", "aggregate_root_hash", sha256()),
        ("crypto-exchanges", "kraken", "kraken_figurehead_image_digest", sha256()),
        ("ci-cd", "sonar", "sonar_range_checksum", sha1()),
        ("ci-cd", "drone", "drone_flight_log_digest", d(rng, HEX, 32)),
        ("ci-cd", "circle", "circle_radius_cache_key", sha1()),
        ("cloud-native", "doppler", "doppler_shift_table", "pt-linear-interp-v2-coefficients-table-hz"),
        ("cloud-native", "vault", "vaulted_ceiling_span_hash", sha1()),
        ("cloud-native", "consul", "consulate_address_hash", sha256()),
        ("databases", "neon", "neon_glow_palette_hash", sha256()),
        ("databases", "fauna", "fauna_survey_checksum", md5ish(rng)),
        ("databases", "influx", "influx_rate_digest", sha256()),
        ("email", "postmark", "postmark_date_hash", md5ish(rng)),
        ("email", "mandrill", "mandrill_population_digest", md5ish(rng)),
        ("email", "loops", "loops_unrolled_checksum", md5ish(rng)),
        ("observability", "sentry", "sentry_tower_checksum", sha1()),
        ("observability", "honeycomb", "honeycomb_lattice_digest", md5ish(rng)),
        ("cloud", "linode", "linode_snapshot_digest", sha256()),
        ("source-hosting", "gitea", "gitea_mirror_commit", sha1()),
    ]
    out = []
    for i, (family, provider, identifier, value) in enumerate(cases):
        context = [ctx_python, ctx_js, ctx_go, ctx_yaml, ctx_json, ctx_env][i % 6]
        filename, content = context(identifier, value)
        out.append((family, f"'{provider}' inside '{identifier}'", context_name(context), filename, content))
    return out


# --- look-alikes, examples and public values, by family ------------------------------------------------------

def azurite_key():
    # The storage emulator's well-known account key, published in Microsoft's documentation.
    return "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1" + "OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="


def cosmos_emulator_key():
    # The Cosmos DB emulator's well-known key, likewise published.
    return "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM" + "+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=="


def jwt_io_example():
    """jwt.io's documented example token, signed with its documented example secret."""
    header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    payload = b64url(json.dumps({"sub": "1234567890", "name": "John Doe", "iat": 1516239022}, separators=(",", ":")).encode())
    signature = hmac.new(b"your-256-bit-" + b"secret", (header + "." + payload).encode(), hashlib.sha256).digest()
    return header + "." + payload + "." + b64url(signature)


def validator_test(provider, what, value, turn):
    """A malformed token in the test of a validator that must reject it: right prefix, wrong length, alphabet or checksum."""
    function = "looks_like_" + provider.replace("-", "_") + "_token"
    if turn % 3 == 0:
        return "test_tokens.py", f'def test_rejects_{what.replace(" ", "_")}():\n    assert not {function}("{value}")\n'
    if turn % 3 == 1:
        return "tokens.test.js", f"test('rejects {what}', () => {{\n  expect({function}('{value}')).toBe(false);\n}});\n"
    return "tokens_test.go", (f'package tokens\n\nimport "testing"\n\nfunc TestRejects{turn}(t *testing.T) {{\n'
                              f'\tif {function}("{value}") {{\n\t\tt.Fatal("{what} accepted")\n\t}}\n}}\n')


def lookalike_negatives(rng):
    bad = fs.github_pat(rng)
    wrong_checksum = bad[:-6] + ("000000" if bad[-6:] != "000000" else "111111")
    cases = [
        ("cloud", "aws", "wrong length", fs.P_AWS + d(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 12)),
        ("cloud", "aws", "wrong alphabet", fs.P_AWS + d(rng, "0189abcdefghijkl", 16)),
        ("cloud", "digitalocean", "wrong length", "do" + "p_v1_" + d(rng, HEX, 20)),
        ("source-hosting", "github", "wrong checksum", wrong_checksum),
        ("source-hosting", "github", "wrong length", fs.P_GHP + d(rng, ALNUM, 20)),
        ("payments", "stripe", "wrong length", fs.P_STRIPE_LIVE + d(rng, ALNUM, 10)),
        ("ai-providers", "anthropic", "wrong length", fs.P_ANTHROPIC + d(rng, B64URL, 20)),
        ("messaging", "slack", "wrong structure", fs.P_XOXB + d(rng, LOWER, 12)),
        ("package-registries", "npm", "wrong length", fs.P_NPM + d(rng, ALNUM, 20)),
        ("saas", "linear", "wrong length", "lin" + "_api_" + d(rng, ALNUM, 10)),
        ("ci-cd", "sonarqube", "wrong alphabet", "sq" + "u_" + d(rng, "ghijklmnopqrstuvwxyz", 40)),
    ]
    out = []
    for turn, (family, provider, what, value) in enumerate(cases):
        filename, content = validator_test(provider, what, value, turn)
        out.append((family, f"{provider} prefix, {what}", filename, filename, content))
    return out


def family_negatives(rng):
    ctx = NAMED_CONTEXTS
    out = []

    def named(family, kind, name, value, context):
        filename, content = context(name, value)
        out.append((family, kind, context_name(context), filename, content))

    def whole(family, kind, filename, content):
        out.append((family, kind, kind, filename, content))

    # cloud
    whole("cloud", "Azure storage emulator documented connection string", "appsettings.Development.json",
          json.dumps({"ConnectionStrings": {"Storage": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + azurite_key()
                                            + ";BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"}}, indent=2) + "\n")
    whole("cloud", "UseDevelopmentStorage=true", "local.settings.json",
          json.dumps({"IsEncrypted": False, "Values": {"AzureWebJobsStorage": "UseDevelopmentStorage=true", "FUNCTIONS_WORKER_RUNTIME": "python"}}, indent=2) + "\n")
    whole("cloud", "Cosmos DB emulator documented key", "cosmos.env",
          f"COSMOS_ENDPOINT=https://localhost:8081/\nCOSMOS_KEY={cosmos_emulator_key()}\n")
    named("cloud", "Service Bus connection string with managed identity, no key", "servicebus_connection_string",
          "Endpoint=sb://orders-prod.servicebus.windows.net/;Authentication=Managed Identity", ctx[9])
    named("cloud", "storage connection string with placeholder key", "azure_storage_connection_string",
          "DefaultEndpointsProtocol=https;AccountName=<account-name>;AccountKey=<account-key>;EndpointSuffix=core.windows.net", ctx[6])
    named("cloud", "Google API key placeholder", "google_api_key", "AI" + "za" + "Sy" + "X" * 33, ctx[2])
    named("cloud", "IAM role ARN and account id", "role_arn", "arn:aws:iam::123456789012:role/deploy", ctx[7])
    named("cloud", "Google OAuth client id (public)", "google_client_id",
          d(rng, DIGITS, 12) + "-" + d(rng, LOWER_ALNUM, 32) + ".apps.googleusercontent.com", ctx[3])
    named("cloud", "Heroku app URL", "api_base", "https://orders-prod-" + d(rng, HEX, 12) + ".herokuapp.com", ctx[1])

    # cloud-native
    whole("cloud-native", "kubeadm documented example token", "join.md",
          "# Joining a node\n\n```\nkubeadm join 192.168.0.10:6443 --token abcdef.0123" + "456789abcdef --discovery-token-unsafe-skip-ca-verification\n```\n")
    whole("cloud-native", "kubeconfig with an exec credential plugin", "kubeconfig",
          kubeconfig("    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: [\"eks\", \"get-token\", \"--cluster-name\", \"prod\"]\n"))
    whole("cloud-native", "kubeconfig with a token file", "config", kubeconfig("    tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token\n"))
    whole("cloud-native", "docker config with a credential store", "config.json",
          json.dumps({"auths": {"https://index.docker.io/v1/": {}}, "credsStore": "desktop"}, indent=2) + "\n")
    whole("cloud-native", "docker config with credential helpers", "docker-config.json",
          json.dumps({"credHelpers": {"123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login", "gcr.io": "gcloud"}}, indent=2) + "\n")
    whole("cloud-native", "vault login at run time", "login.sh", '#!/bin/sh\nexport VAULT_TOKEN="$(vault login -token-only -method=oidc role=dev)"\n')
    named("cloud-native", "Vault prefix + xxxx", "vault_token", "hv" + "s." + "x" * 24, ctx[11])
    whole("cloud-native", "sealed secret (encrypted for the cluster)", "sealed-secret.yaml",
          "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db\nspec:\n  encryptedData:\n    password: Ag" + b64(bytes(rng.randrange(256) for _ in range(300))) + "\n")
    whole("cloud-native", "sops-encrypted file", "secrets.enc.yaml",
          f"db_password: ENC[AES256_GCM,data:{b64(bytes(rng.randrange(256) for _ in range(18)))},iv:{b64(bytes(rng.randrange(256) for _ in range(32)))},"
          f"tag:{b64(bytes(rng.randrange(256) for _ in range(16)))},type:str]\nsops:\n  age:\n    - recipient: age1{d(rng, '023456789acdefghjklmnpqrstuvwxyz', 58)}\n"
          "  lastmodified: \"2026-01-01T00:00:00Z\"\n  version: 3.9.0\n")
    whole("cloud-native", "secret manifest with placeholders", "secret.yaml",
          "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: <base64-encoded-password>\n")
    named("cloud-native", "Terraform Cloud token placeholder", "tfe_token", "x" * 14 + ".atlas" + "v1." + "x" * 67, ctx[12])

    # databases
    named("databases", "Supabase publishable key (public)", "supabase_publishable_key", "sb" + "_publishable_" + d(rng, B64URL, 31), ctx[2])
    named("databases", "PlanetScale prefix + xxxx", "planetscale_password", "pscale" + "_pw_" + "x" * 43, ctx[9])
    whole("databases", "redis.conf documented example password, commented out", "redis.conf", "bind 127.0.0.1\nport 6379\n# requirepass foo" + "bared\n")
    whole("databases", "alembic.ini default URL", "alembic.ini", "[alembic]\nscript_location = migrations\nsqlalchemy.url = driver://user:pass@localhost/dbname\n")
    named("databases", "MongoDB Atlas public API key", "mongodb_atlas_public_key", d(rng, LOWER, 8), ctx[9])
    whole("databases", "migration adding a password column", "0007_password.sql", "ALTER TABLE users ADD COLUMN password_digest varchar(60);\nALTER TABLE users ADD COLUMN api_token_hash char(64);\n")
    whole("databases", ".env.example with empty values", ".env.example", "DATABASE_URL=\nDB_PASSWORD=\nREDIS_PASSWORD=\nSUPABASE_SECRET_KEY=\n")
    named("databases", "Databricks prefix + placeholder", "databricks_token", "da" + "pi" + "<personal-access-token>", ctx[10])

    # source hosting
    named("source-hosting", "GitLab prefix + xxxx", "gitlab_token", "gl" + "pat-" + "x" * 20, ctx[9])
    whole("source-hosting", "GitHub App ids (public)", "app.yml", "github_app:\n  app_id: 123456\n  installation_id: 7654321\n  private_key_path: /run/secrets/app.pem\n")
    whole("source-hosting", "token from the gh CLI", "release.sh", '#!/bin/sh\nexport GH_TOKEN="$(gh auth token)"\ngh release create v1.2.0\n')
    whole("source-hosting", "raw URL pinned to a commit", "fetch-spec.sh",
          f"#!/bin/sh\ncurl -fsSLO https://raw.githubusercontent.com/orders/api/{fs.sha1_hex(rng)}/openapi.yaml\n")
    whole("source-hosting", "git remotes without credentials", "config", '[remote "origin"]\n\turl = git@github.com:orders/api.git\n[remote "mirror"]\n\turl = https://gitlab.com/orders/api.git\n')
    whole("source-hosting", "Azure Pipelines system token", "azure-pipelines.yml",
          "steps:\n  - script: git push https://$(System.AccessToken)@dev.azure.com/orders/_git/api HEAD:main\n")
    named("source-hosting", "Sourcegraph prefix + ...", "src_access_token", "sg" + "p_...", ctx[13])

    # CI/CD
    whole("ci-cd", "Travis encrypted variable (meant to be committed)", ".travis.yml", "env:\n  global:\n    - secure: \"" + b64(bytes(rng.randrange(256) for _ in range(256))) + "\"\n")
    whole("ci-cd", "action pinned by commit", "ci.yml", f"steps:\n  - uses: actions/checkout@{fs.sha1_hex(rng)} # v4.2.2\n  - uses: actions/setup-node@{fs.sha1_hex(rng)} # v4\n")
    whole("ci-cd", "image pinned by digest", "config.yml", f"jobs:\n  build:\n    docker:\n      - image: cimg/node@sha256:{fs.sha256_hex(rng)}\n")
    whole("ci-cd", "Jenkins credentials binding", "Jenkinsfile",
          "pipeline {\n  agent any\n  stages {\n    stage('deploy') {\n      steps {\n        withCredentials([string(credentialsId: 'api-token', variable: 'TOKEN')]) {\n"
          "          sh './deploy.sh'\n        }\n      }\n    }\n  }\n}\n")
    named("ci-cd", "SonarQube prefix + placeholder", "sonar_token", "sq" + "u_<your-token>", ctx[7])
    named("ci-cd", "Octopus documented placeholder", "octopus_api_key", "AP" + "I-" + "X" * 26, ctx[9])
    whole("ci-cd", "Cypress project id (public)", "cypress.config.js", "module.exports = { projectId: 'a7bq2k', e2e: { baseUrl: 'http://localhost:3000' } };\n")
    whole("ci-cd", "secrets from the CI store", "sonar.yml",
          "steps:\n  - uses: SonarSource/sonarqube-scan-action@v5\n    env:\n      SONAR_TOKEN: ${{ secrets.SONAR_TOKEN }}\n      SNYK_TOKEN: ${{ secrets.SNYK_TOKEN }}\n")

    # package registries
    whole("package-registries", ".npmrc with an environment variable", ".npmrc", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n")
    whole("package-registries", ".npmrc without credentials", ".npmrc", "registry=https://registry.npmjs.org/\nsave-exact=true\nfund=false\n")
    named("package-registries", "npm prefix + xxxx", "npm_token", "np" + "m_" + "x" * 36, ctx[9])
    whole("package-registries", "pip.conf without credentials", "pip.conf", "[global]\nindex-url = https://pypi.example.com/simple/\ntimeout = 60\n")
    whole("package-registries", "Cargo.lock checksums", "Cargo.lock",
          "".join(f'[[package]]\nname = "crate{i}"\nversion = "0.{i}.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "{fs.sha256_hex(rng)}"\n\n' for i in range(5)))
    whole("package-registries", "NuGet lock content hashes", "packages.lock.json",
          json.dumps({"version": 1, "dependencies": {"net8.0": {f"Orders.Lib{i}": {"type": "Direct", "requested": "[1.0.0, )", "resolved": "1.0.0",
                                                                                 "contentHash": key_b64(rng, 64)} for i in range(4)}}}, indent=2) + "\n")
    whole("package-registries", "poetry.lock hashes", "poetry.lock",
          "".join(f'[[package]]\nname = "pkg{i}"\nversion = "1.{i}.0"\nfiles = [\n    {{file = "pkg{i}-1.{i}.0.tar.gz", hash = "sha256:{fs.sha256_hex(rng)}"}},\n]\n\n' for i in range(4)))
    whole("package-registries", "Sidekiq credentials from the environment", "docker-compose.yml",
          "services:\n  worker:\n    build:\n      args:\n        BUNDLE_ENTERPRISE__CONTRIBSYS__COM: ${SIDEKIQ_CREDENTIALS}\n")

    # observability
    named("observability", "Sentry DSN (public)", "sentry_dsn", f"https://{d(rng, HEX, 32)}@o{d(rng, DIGITS, 6)}.ingest.sentry.io/{d(rng, DIGITS, 7)}", ctx[2])
    named("observability", "Datadog RUM client token (public)", "dd_client_token", "pu" + "b" + d(rng, HEX, 32), ctx[3])
    named("observability", "PostHog project key (public)", "posthog_key", "ph" + "c_" + d(rng, ALNUM, 43), ctx[2])
    whole("observability", "Mixpanel project token (public)", "analytics.js", f"mixpanel.init('{d(rng, HEX, 32)}', {{ track_pageview: true }});\n")
    whole("observability", "Segment write key in the browser snippet", "index.html", f"<script>\n  analytics.load(\"{d(rng, ALNUM, 32)}\");\n  analytics.page();\n</script>\n")
    whole("observability", "trace and span ids in a log", "app.log",
          "".join(f"2026-01-01T00:00:0{i}Z INFO request done trace_id={d(rng, HEX, 32)} span_id={d(rng, HEX, 16)} status=200\n" for i in range(5)))
    whole("observability", "Prometheus bearer token file", "prometheus.yml",
          "scrape_configs:\n  - job_name: kubernetes\n    bearer_token_file: /var/run/secrets/kubernetes.io/serviceaccount/token\n")
    whole("observability", "Google Analytics measurement id", "gtag.js", "gtag('config', 'G-" + d(rng, UPPER_ALNUM, 10) + "');\n")

    # payments
    named("payments", "Stripe publishable key (public)", "stripe_publishable_key", "pk" + "_live_" + d(rng, ALNUM, 99), ctx[2])
    whole("payments", "Stripe object ids", "fixtures.json",
          json.dumps({"customer": "cu" + "s_" + d(rng, ALNUM, 14), "payment_intent": "p" + "i_" + d(rng, ALNUM, 24), "charge": "c" + "h_" + d(rng, ALNUM, 24)}, indent=2) + "\n")
    named("payments", "Square application id (public)", "square_application_id", "sq0" + "idp-" + d(rng, B64URL, 22), ctx[3])
    whole("payments", "documented test card numbers", "test_checkout.py", 'TEST_CARDS = ["4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444"]\n')
    named("payments", "PayPal client id (public)", "paypal_client_id", "A" + d(rng, B64URL, 79), ctx[2])
    named("payments", "Razorpay test key id", "razorpay_key_id", "rz" + "p_test_" + d(rng, ALNUM, 14), ctx[9])

    # crypto
    named("crypto-exchanges", "Ethereum address (public)", "treasury_address", "0x" + d(rng, HEX, 40), ctx[2])
    named("crypto-exchanges", "transaction hash", "tx_hash", "0x" + d(rng, HEX, 64), ctx[0])
    named("crypto-exchanges", "BIP-39 documented test vector", "mnemonic", " ".join(["aban" + "don"] * 11 + ["about"]), ctx[0])
    named("crypto-exchanges", "Hardhat's default test mnemonic", "mnemonic", " ".join(["test"] * 11 + ["junk"]), ctx[2])
    xpub = base58check(bytes.fromhex("0488b21e") + b"\x00" * 9 + bytes(rng.randrange(256) for _ in range(32)) + b"\x02" + bytes(rng.randrange(256) for _ in range(32)))
    named("crypto-exchanges", "extended public key (xpub)", "xpub", xpub, ctx[6])
    named("crypto-exchanges", "Bitcoin address (public)", "donation_address", base58check(b"\x00" + bytes(rng.randrange(256) for _ in range(20))), ctx[14])
    named("crypto-exchanges", "Hardhat's documented account #0 key", "private_key",
          "0xac0974bec39a17e36ba4a6b4d238ff94" + "4bacb478cbed5efcaee784d7bf4f2ff80", ctx[9])
    named("crypto-exchanges", "IPFS content id", "metadata_cid", "Qm" + d(rng, B58, 44), ctx[3])

    # messaging
    named("messaging", "Slack documented webhook example", "slack_webhook_url",
          "https://hooks." + "slack.com/services/T00000000/B00000000/" + "X" * 24, ctx[9])
    named("messaging", "Telegram documented example token", "telegram_bot_token", "123456:ABC-DEF1234" + "ghIkl-zyx57W2v1u123ew11", ctx[0])
    whole("messaging", "Slack channel and user ids", "routing.yml", "alerts:\n  channel: C0" + d(rng, UPPER_ALNUM, 9) + "\n  oncall: U0" + d(rng, UPPER_ALNUM, 9) + "\n")
    named("messaging", "Discord application public key", "discord_public_key", d(rng, HEX, 64), ctx[9])
    named("messaging", "Teams webhook documented shape", "teams_webhook_url",
          "https://<tenant>.webhook.office.com/" + "webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<connector-id>/<owner-id>", ctx[6])
    named("messaging", "Twilio account SID (an identifier)", "twilio_account_sid", "A" + "C" + d(rng, HEX, 32), ctx[9])
    whole("messaging", "Discord invite link", "README.md", "# Community\n\nJoin us on [Discord](https://discord.gg/" + d(rng, ALNUM, 8) + ").\n")

    # email
    named("email", "Mailgun public validation key", "mailgun_public_key", "pub" + "key-" + d(rng, HEX, 32), ctx[9])
    named("email", "SendGrid prefix + xxxx", "sendgrid_api_key", fs.P_SENDGRID + "x" * 22 + "." + "x" * 43, ctx[0])
    whole("email", "DKIM-signed message", "welcome.eml",
          "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=s1;\n bh=" + key_b64(rng, 32) + ";\n b="
          + key_b64(rng, 256) + "\nFrom: hello@example.com\nSubject: Welcome\n\nHello!\n")
    whole("email", "DKIM public key record", "dkim.txt", "s1._domainkey.example.com. IN TXT \"v=DKIM1; k=rsa; p=" + b64(bytes(rng.randrange(256) for _ in range(294))) + "\"\n")
    named("email", "Mailchimp server prefix", "mailchimp_server_prefix", "us6", ctx[9])
    named("email", "Gmail app password placeholder", "smtp_password", "xxxx xxxx xxxx xxxx", ctx[9])

    # social
    named("social", "Facebook app id (public)", "facebook_app_id", d(rng, DIGITS, 15), ctx[9])
    whole("social", "Open Graph tags", "head.html", f'<meta property="fb:app_id" content="{d(rng, DIGITS, 15)}" />\n<meta name="twitter:site" content="@orders" />\n')
    whole("social", "YouTube embed", "video.html", f'<iframe src="https://www.youtube.com/embed/{d(rng, B64URL, 11)}" allowfullscreen></iframe>\n')
    named("social", "Facebook prefix + xxxx", "facebook_access_token", "EA" + "A" + "x" * 40, ctx[0])
    whole("social", "tweet and user ids", "tweets.json", json.dumps({"id": str(rng.randrange(10**18, 10**19)), "author_id": str(rng.randrange(10**17, 10**18))}, indent=2) + "\n")

    # AI providers
    named("ai-providers", "OpenAI prefix + xxxx", "openai_api_key", "sk" + "-proj-" + "x" * 40, ctx[9])
    named("ai-providers", "Langfuse public key (public)", "langfuse_public_key", "pk" + "-lf-" + uuid(rng), ctx[9])
    named("ai-providers", "OpenAI organization id", "openai_org_id", "or" + "g-" + d(rng, ALNUM, 24), ctx[0])
    named("ai-providers", "Hugging Face prefix + xxxx", "hf_token", "h" + "f_" + "x" * 34, ctx[9])
    whole("ai-providers", "message and tool ids in a recorded response", "fixture.json",
          json.dumps({"id": "ms" + "g_01" + d(rng, ALNUM, 22), "content": [{"type": "tool_use", "id": "tool" + "u_01" + d(rng, ALNUM, 22), "name": "search"}],
                      "usage": {"input_tokens": 412, "output_tokens": 96}}, indent=2) + "\n")
    whole("ai-providers", "completion id in a recorded response", "completion.json",
          json.dumps({"id": "chatcmpl-" + d(rng, ALNUM, 29), "object": "chat.completion", "model": "gpt-4o-mini", "system_fingerprint": "fp_" + d(rng, HEX, 10)}, indent=2) + "\n")
    whole("ai-providers", "model revision pinned by commit", "model.yaml", f"model: meta-llama/Llama-3.1-8B-Instruct\nrevision: {fs.sha1_hex(rng)}\n")

    # SaaS
    named("saas", "Mapbox public token (public)", "mapbox_access_token",
          "p" + "k." + b64url(json.dumps({"u": "orders", "a": d(rng, LOWER_ALNUM, 25)}, separators=(",", ":")).encode()) + "." + d(rng, B64URL, 22), ctx[2])
    named("saas", "LaunchDarkly client-side id (public)", "launchdarkly_client_side_id", d(rng, HEX, 24), ctx[3])
    named("saas", "Algolia search-only key (public)", "algolia_search_only_key", d(rng, HEX, 32), ctx[2])
    named("saas", "Auth0 SPA client id (public)", "auth0_client_id", d(rng, ALNUM, 32), ctx[3])
    named("saas", "Okta client id (public)", "okta_client_id", "0o" + "a" + d(rng, ALNUM, 17), ctx[9])
    whole("saas", "Airtable base and table ids", "airtable.yml", f"base: app{d(rng, ALNUM, 14)}\ntable: tbl{d(rng, ALNUM, 14)}\n")
    whole("saas", "Figma file link", "DESIGN.md", f"# Design\n\nSee https://www.figma.com/file/{d(rng, ALNUM, 22)}/Orders-App\n")

    # HTTP authentication
    whole("http-auth", "bearer header from a variable", "call.sh", '#!/bin/sh\ncurl -H "Authorization: Bearer $API_TOKEN" https://api.example.com/v1/me\n')
    whole("http-auth", "bearer header placeholder in docs", "API.md", "# API\n\n```\ncurl -H \"Authorization: Bearer <token>\" https://api.example.com/v1/me\n```\n")
    whole("http-auth", "curl -u from variables", "upload.sh", '#!/bin/sh\ncurl -u "$NEXUS_USER:$NEXUS_PASSWORD" -T app.tgz https://nexus.example.com/upload/\n')
    whole("http-auth", "curl -u with placeholder words", "USAGE.md", "```\ncurl -u username:password http://localhost:8080/api/status\n```\n")
    whole("http-auth", "Basic header of username:password", "example.http",
          "GET http://localhost:8080/api/status\nAuthorization: Basic " + b64(b"username:" + b"password") + "\n")
    whole("http-auth", ".netrc template", ".netrc.tpl", "machine api.example.com\n  login ${NETRC_LOGIN}\n  password ${NETRC_PASSWORD}\n")
    whole("http-auth", "requests auth from variables", "client.py", "import requests\n\nresponse = requests.get(url, auth=(config.user, config.password))\n")
    whole("http-auth", "WWW-Authenticate challenge", "server.go", 'package server\n\nfunc challenge(w ResponseWriter) {\n\tw.Header().Set("WWW-Authenticate", `Basic realm="orders"`)\n}\n')
    whole("http-auth", "nginx basic auth file reference", "site.conf", "location /admin {\n    auth_basic \"admin\";\n    auth_basic_user_file /etc/nginx/.htpasswd;\n}\n")
    whole("http-auth", "test of a rejected token", "test_auth.py",
          'def test_rejects_expired_token(client):\n    response = client.get("/me", headers={"Authorization": "Bearer expired-token"})\n    assert response.status_code == 401\n')

    # connection URLs
    urls = [
        ("placeholder credentials", "database_url", "postgres://user:password@localhost:5432/mydb"),
        ("password from a variable", "database_url", "postgres://app:${DB_PASSWORD}@db:5432/app"),
        ("no credentials", "redis_url", "redis://localhost:6379/0"),
        ("no credentials", "mongo_url", "mongodb://localhost:27017/test"),
        ("PostgreSQL JDBC documented example", "jdbc_url", "jdbc:postgresql://localhost/test?user=fred&password=" + "secret"),
        ("RabbitMQ default guest account on localhost", "broker_url", "amqp://guest:guest@localhost:5672/"),
        ("integrated security, no password", "connection_string", "Server=(localdb)\\\\mssqllocaldb;Database=Orders;Trusted_Connection=True;"),
        ("managed identity, no password", "connection_string", "Server=tcp:orders.database.windows.net;Database=orders;Authentication=Active Directory Managed Identity;"),
        ("anonymous FTP", "mirror_url", "ftp://anonymous@ftp.example.com/pub"),
        ("no password", "database_url", "mysql://root@localhost/test"),
    ]
    for i, (kind, name, value) in enumerate(urls):
        named("connection-urls", "connection URL: " + kind, name, value, [ctx_env, ctx_yaml, ctx_python, ctx_json, ctx_js][i % 5])
    whole("connection-urls", "H2 in-memory with empty password", "application-test.properties",
          "spring.datasource.url=jdbc:h2:mem:testdb\nspring.datasource.username=sa\nspring.datasource.password=\n")

    # password hashes
    whole("password-hashes", "shadow with locked accounts only", "shadow", "daemon:*:19700:0:99999:7:::\nbin:*:19700:0:99999:7:::\nnobody:!:19700::::::\nsshd:!!:19700::::::\n")
    whole("password-hashes", "passwd file", "passwd", "root:x:0:0:root:/root:/bin/bash\ndeploy:x:1000:1000::/home/deploy:/bin/sh\n")
    whole("password-hashes", "hashing code", "hashing.py", "import bcrypt\n\nBCRYPT_ROUNDS = 12\n\ndef hash_password(password: bytes) -> bytes:\n    return bcrypt.hashpw(password, bcrypt.gensalt(BCRYPT_ROUNDS))\n")
    whole("password-hashes", "Django hasher settings", "settings.py",
          "PASSWORD_HASHERS = [\n    'django.contrib.auth.hashers.Argon2PasswordHasher',\n    'django.contrib.auth.hashers.PBKDF2PasswordHasher',\n]\n")
    whole("password-hashes", "crypt format described in docs", "HASHES.md",
          "# Password hashes\n\nShadow entries look like `$id$salt$hashed`, where id 6 is SHA-512 and `$y$` is yescrypt.\n")
    whole("password-hashes", "argon2 parameters without a hash", "security.yml", "argon2:\n  prefix: \"$argon2id$v=19$m=65536,t=3,p=4\"\n  memory_kib: 65536\n")
    whole("password-hashes", "PHP password_verify", "login.php", "<?php\nif (password_verify($input, $row['password_hash'])) {\n    login($row);\n}\n")

    # private keys
    whole("private-keys", "truncated key in docs", "TLS.md",
          "# TLS\n\nThe key file looks like this:\n\n```\n" + fs.PEM_BEGIN + "RSA PRIVATE KEY-----\n...\n" + fs.PEM_END + "RSA PRIVATE KEY-----\n```\n")
    whole("private-keys", "code that checks for a key header", "keys.py",
          'HEADER = "' + fs.PEM_BEGIN + 'OPENSSH PRIVATE KEY-----"\n\n\ndef is_private_key(text):\n    return text.startswith(HEADER)\n')
    whole("private-keys", "age recipient (public)", ".sops.yaml",
          "creation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: " + bech32_encode("age", bytes(rng.randrange(256) for _ in range(32))) + "\n")
    whole("private-keys", "WireGuard key read from a file", "wg0.conf",
          f"[Interface]\nAddress = 10.8.0.1/24\nPostUp = wg set %i private-key /etc/wireguard/private.key\n\n[Peer]\nPublicKey = {key_b64(rng, 32)}\n")
    whole("private-keys", "JWKS with public keys only", "jwks.json",
          json.dumps({"keys": [{"kty": "EC", "crv": "P-256", "kid": "signing-1", "x": b64url(bytes(rng.randrange(256) for _ in range(32))),
                                "y": b64url(bytes(rng.randrange(256) for _ in range(32)))}]}, indent=2) + "\n")
    whole("private-keys", "SSH2 public key", "id_rsa.pub.ssh2",
          "---- BEGIN SSH2 PUBLIC KEY ----\nComment: \"rsa-key-20240101\"\n" + "\n".join(b64(bytes(rng.randrange(256) for _ in range(51))) for _ in range(5))
          + "\n---- END SSH2 PUBLIC KEY ----\n")
    whole("private-keys", "certificate signing request", "server.csr", pem("CERTIFICATE REQUEST", 700, rng))
    whole("private-keys", "PGP signature", "release.tar.gz.asc", pem("PGP SIGNATURE", 300, rng))
    whole("private-keys", "ssh-ed25519 public key", "id_ed25519.pub", "ssh-" + "ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + d(rng, B64URL.replace("-", "+").replace("_", "/"), 43) + " dev@laptop\n")

    # JWT
    named("jwt", "jwt.io documented example", "id_token", jwt_io_example(), ctx[0])
    named("jwt", "truncated JWT in docs", "example_token", "eyJhbGciOiJIUzI1NiIs...", ctx[9])
    whole("jwt", "JWT verification code", "verify.py", 'import jwt\n\nclaims = jwt.decode(token, public_key, algorithms=["RS256"], audience="orders")\n')
    whole("jwt", "JWT validation pattern", "patterns.js", "export const JWT_PATTERN = /^eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$/;\n")
    whole("jwt", "issuer and JWKS settings", "auth.yml", "jwt:\n  issuer: https://auth.example.com/\n  jwks_uri: https://auth.example.com/.well-known/jwks.json\n  audience: orders\n")
    named("jwt", "JWT header alone", "jwt_header", b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode()), ctx[2])

    whole("password-hashes", "htpasswd made at deploy time", "provision.sh", '#!/bin/sh\nhtpasswd -bcB /etc/nginx/.htpasswd admin "$ADMIN_PASSWORD"\n')
    whole("jwt", "signing secret from the environment", "tokens.py", 'import os\nimport jwt\n\ntoken = jwt.encode(claims, os.environ["JWT_SECRET"], algorithm="HS256")\n')
    whole("jwt", "bearer JWT from a variable", "call.http", "GET https://api.example.com/v1/me\nAuthorization: Bearer {{jwt}}\n")

    # generic
    whole("generic", "ansible-vault encrypted file", "vault.yml",
          "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(d(rng, HEX, 80) for _ in range(6)) + "\n")
    whole("generic", "getpass prompt", "cli.py", "import getpass\n\npassword = getpass.getpass(\"Password: \")\n")
    whole("generic", "subscript from the environment", "settings.py", "import os\n\nsettings['SECRET_KEY'] = os.environ['SECRET_KEY']\n")
    whole("generic", "app.config from the environment", "app.py", 'import os\n\napp.config["API_TOKEN"] = os.environ.get("API_TOKEN")\n')
    whole("generic", "XML element with a property reference", "settings.xml", "<server>\n  <id>releases</id>\n  <password>${env.DEPLOY_PASSWORD}</password>\n</server>\n")
    whole("generic", "PowerShell secure string from the environment", "connect.ps1", "$password = ConvertTo-SecureString $env:SVC_PASSWORD -AsPlainText -Force\n")
    whole("generic", "password policy settings", "policy.py", "PASSWORD_MIN_LENGTH = 12\nPASSWORD_RESET_TIMEOUT = 3600\nTOKEN_TTL_SECONDS = 900\n")
    whole("generic", "HCL variable reference", "db.tf", 'resource "aws_db_instance" "orders" {\n  username = "app"\n  password = var.db_password\n}\n')
    whole("generic", "Spring property injection", "Client.java", '@Value("${app.api-key}")\nprivate String apiKey;\n')
    whole("generic", "token generation code", "tokens.py", "import secrets\n\n\ndef new_token():\n    return secrets.token_urlsafe(32)\n")
    whole("generic", "properties with a placeholder", "application.properties", "db.password=${DB_PASSWORD}\napi.key=${API_KEY:}\n")
    whole("generic", "Rust env lookup", "config.rs", 'let api_key = std::env::var("API_KEY").expect("API_KEY is not set");\n')

    # encoded
    whole("encoded", "base64 of ordinary settings", "configmap.yaml",
          "apiVersion: v1\nkind: Secret\nmetadata:\n  name: flags\ndata:\n  ENVIRONMENT: " + b64(b"production") + "\n  LOG_LEVEL: " + b64(b"info") + "\n")
    whole("encoded", "hex of a sentence", "banner.go", 'package main\n\nvar banner = "' + b"Welcome to the orders service".hex() + '"\n')
    whole("encoded", "URL-encoded redirect without credentials", "links.md",
          "[login](https://auth.example.com/login?redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback%3Fnext%3D%252Forders)\n")
    whole("encoded", "concatenated URL", "client.js", "const base = 'https://' + host + '/api/' + version;\nconst keyName = 'orders-' + 'signing-key';\n")
    whole("encoded", "prefix joined to a variable", "token.py", 'import os\n\ntoken = "gh" + "p_" + os.environ["TOKEN_BODY"]\n'.replace('"gh" + "p_"', '"' + fs.P_GHP + '"'))
    whole("encoded", "base64 of a placeholder", "secret.yaml", "data:\n  SLACK_TOKEN: " + b64(("xo" + "xb-your-token-here").encode()) + "\n")
    whole("encoded", "base64 of a public certificate", "ca-bundle.yaml", "caBundle: " + b64(pem("CERTIFICATE", 600, rng).encode()) + "\n")
    return out


def all_negatives(rng):
    return original_negatives(rng) + inside_word_negatives(rng) + lookalike_negatives(rng) + family_negatives(rng)
