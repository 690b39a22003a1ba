#!/usr/bin/env python3
"""Recall and false positives on a labelled corpus, backstop vs detect-secrets.

The corpus is generated at run time (seeded, so every run is the same) under .build-bench/accuracy/:
one file per case, each holding either ONE fake secret or ONE negative in a small amount of neutral code.
  secrets:   provider tokens (AWS, GitHub with a valid CRC32 checksum, GitLab, Slack, Stripe, OpenAI,
             Anthropic, npm, PyPI, SendGrid, Google, Hugging Face, Shopify, Twilio), private keys, JWTs,
             connection URLs with a password, and generic password/token assignments with high-entropy
             values, each in several contexts (Python, JS, Go, Java, YAML, JSON, .env, shell, Dockerfile,
             XML, TOML, Markdown, PEM files)
  negatives: placeholders (xxxx, <your-key>, ${VAR}, changeme, ...EXAMPLE), env and secret-manager
             lookups, hex digests and git SHAs, UUIDs, lockfile and SRI integrity lines, data: URIs,
             public keys, certificates, base64 images, and ordinary code full of token/key/password words
Every secret is assembled by bench/fakesecrets.py from parts; nothing whole is committed.

Then it runs `backstop scan --format json DIR` and `detect-secrets -C DIR scan --all-files`, and scores per
file: a secret file counts as found if the tool reports anything in it; a negative file counts as a false
positive if the tool reports anything in it. Recall = secret files found / secret files;
FP = negative files flagged / negative files; precision = found / (found + flagged).
Called by bench/run.sh (needs BACKSTOP, DETECT_SECRETS, WORK, ROOT, OUT in the environment).
"""

import base64
import collections
import json
import os
import random
import shutil
import string
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fakesecrets as fs  # noqa: E402

SEED = 20240601


# --- contexts: how a value is written into a file ------------------------------------------------

def camel(name):
    head, *rest = name.split("_")
    return head.lower() + "".join(p.capitalize() for p in rest)


def ctx_python(name, value):
    return "settings.py", f'import os\n\nDEBUG = False\n{name} = "{value}"\nTIMEOUT = 30\n'


def ctx_python_call(name, value):
    return "client.py", f'from service import Client\n\n\ndef make_client():\n    return Client(base_url="https://api.example.com", {name.lower()}="{value}")\n'


def ctx_js(name, value):
    return "config.js", f'const retries = 3;\nconst {camel(name)} = "{value}";\nmodule.exports = {{ retries, {camel(name)} }};\n'


def ctx_js_object(name, value):
    return "api.ts", f"export const config = {{\n  region: 'us-east-1',\n  {camel(name)}: '{value}',\n}};\n"


def ctx_go(name, value):
    return "main.go", f'package main\n\nimport "fmt"\n\nfunc main() {{\n\t{camel(name)} := "{value}"\n\tfmt.Println(len({camel(name)}))\n}}\n'


def ctx_java(name, value):
    return "Settings.java", f'public final class Settings {{\n    private static final String {name.upper()} = "{value}";\n    private Settings() {{}}\n}}\n'


def ctx_yaml(name, value):
    return "config.yaml", f"service:\n  name: orders\n  {name.lower()}: {value}\n  replicas: 2\n"


def ctx_yaml_quoted(name, value):
    return "values.yml", f'app:\n  port: 8080\n  {name.lower()}: "{value}"\n'


def ctx_json(name, value):
    return "credentials.json", json.dumps({"name": "orders", name.lower(): value, "region": "eu-west-1"}, indent=2) + "\n"


def ctx_env(name, value):
    return ".env", f"NODE_ENV=production\n{name.upper()}={value}\nPORT=3000\n"


def ctx_shell(name, value):
    return "deploy.sh", f'#!/bin/sh\nset -e\nexport {name.upper()}="{value}"\n./bin/deploy --env prod\n'


def ctx_docker(name, value):
    return "Dockerfile", f"FROM python:3.12-slim\nENV {name.upper()}={value}\nCMD [\"python\", \"app.py\"]\n"


def ctx_xml(name, value):
    return "app.config", f'<?xml version="1.0"?>\n<configuration>\n  <appSettings>\n    <add key="{camel(name)}" value="{value}" />\n  </appSettings>\n</configuration>\n'


def ctx_toml(name, value):
    return "config.toml", f'[service]\nname = "orders"\n{name.lower()} = "{value}"\n'


def ctx_markdown(name, value):
    return "SETUP.md", f"# Setup\n\nRun the client with:\n\n```bash\nexport {name.upper()}={value}\n./client sync\n```\n"


def ctx_header(name, value):
    return "fetch.sh", f'#!/bin/sh\ncurl -s -H "Authorization: Bearer {value}" https://api.example.com/v1/me\n'


def ctx_bare(name, value):
    return "notes.txt", f"rotated on monday, new one below\n{value}\n"


CODE_CONTEXTS = [ctx_python, ctx_python_call, ctx_js, ctx_js_object, ctx_go, ctx_java, ctx_yaml, ctx_yaml_quoted,
                 ctx_json, ctx_env, ctx_shell, ctx_docker, ctx_xml, ctx_toml, ctx_markdown]


# --- secrets ---------------------------------------------------------------------------------------

def pem_contexts(block):
    one_line = block.replace("\n", "\\n")
    indented = "\n".join("    " + line for line in block.splitlines())
    return [
        ("server.key", block + "\n"),
        ("id_rsa", block + "\n"),
        ("service-account.json", '{\n  "type": "service_account",\n  "project_id": "orders-prod",\n  "private_key": "' + one_line + '\\n",\n  "client_email": "svc@orders-prod.iam.example.com"\n}\n'),
        ("tls.yaml", "tls:\n  key: |\n" + indented + "\n"),
        ("keys.py", 'SIGNING_KEY = """' + block + '\n"""\n'),
    ]


def secret_cases(rng):
    """(category, kind, filename, content) for every secret case."""
    provider = [
        ("aws-access-key-id", "aws_access_key_id", fs.aws_access_key_id),
        ("aws-secret-access-key", "aws_secret_access_key", fs.aws_secret_access_key),
        ("github-pat", "github_token", fs.github_pat),
        ("github-oauth", "gh_oauth_token", fs.github_oauth),
        ("github-app", "github_app_token", fs.github_app),
        ("github-fine-grained-pat", "github_token", fs.github_fine_grained),
        ("gitlab-pat", "gitlab_token", fs.gitlab_pat),
        ("slack-bot-token", "slack_bot_token", fs.slack_bot),
        ("slack-user-token", "slack_token", fs.slack_user),
        ("slack-webhook", "slack_webhook_url", fs.slack_webhook),
        ("stripe-secret-key", "stripe_secret_key", fs.stripe_live),
        ("stripe-restricted-key", "stripe_key", fs.stripe_restricted),
        ("openai-project-key", "openai_api_key", fs.openai_project),
        ("openai-legacy-key", "openai_api_key", fs.openai_legacy),
        ("anthropic-api-key", "anthropic_api_key", fs.anthropic),
        ("npm-token", "npm_token", fs.npm_token),
        ("pypi-token", "pypi_token", fs.pypi_token),
        ("sendgrid-api-key", "sendgrid_api_key", fs.sendgrid),
        ("google-api-key", "google_api_key", fs.google_api_key),
        ("huggingface-token", "hf_token", fs.huggingface),
        ("shopify-access-token", "shopify_token", fs.shopify),
        ("twilio-api-key", "twilio_api_key", fs.twilio_api_key),
    ]
    cases = []
    for kind, name, make in provider:
        # 6 contexts each, rotating through the code contexts, plus one neutral variable name and one bare line.
        contexts = [CODE_CONTEXTS[(len(cases) + i) % len(CODE_CONTEXTS)] for i in range(5)]
        for context in contexts:
            filename, content = context(name, make(rng))
            cases.append(("provider token", kind, context.__name__[4:], filename, content))
        filename, content = ctx_python("value", make(rng))
        cases.append(("provider token", kind, "neutral-name", filename, content))
        if kind not in ("aws-secret-access-key",):
            filename, content = ctx_bare("", make(rng))
            cases.append(("provider token", kind, "bare", filename, content))
    for kind, make in [("rsa-private-key", lambda: fs.private_key(rng, "RSA ")), ("ec-private-key", lambda: fs.private_key(rng, "EC ")),
                       ("pkcs8-private-key", lambda: fs.private_key(rng, "")), ("openssh-private-key", lambda: fs.openssh_private_key(rng))]:
        for filename, content in pem_contexts(make()):
            cases.append(("private key", kind, filename, filename, content))
    for context in [ctx_header, ctx_python, ctx_json, ctx_js, ctx_yaml, ctx_env, ctx_markdown, ctx_go]:
        filename, content = context("id_token", fs.jwt(rng))
        cases.append(("JWT", "jwt", context.__name__[4:], filename, content))
    for scheme in ["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqp"]:
        for context in [ctx_env, ctx_python, ctx_yaml]:
            filename, content = context("database_url", fs.connection_url(rng, scheme))
            cases.append(("connection URL", f"{scheme}-url", context.__name__[4:], filename, content))
    generic_names = ["password", "db_password", "secret_key", "client_secret", "api_key", "auth_token", "access_token",
                     "admin_pass", "private_key", "app_secret"]
    for i, name in enumerate(generic_names):
        for j, context in enumerate([ctx_python, ctx_js, ctx_yaml, ctx_json, ctx_env, ctx_java, ctx_go, ctx_toml]):
            if (i + j) % 2:  # half of the grid: 40 cases
                continue
            filename, content = context(name, fs.strong_password(rng))
            cases.append(("generic assignment", name, context.__name__[4:], filename, content))
    return cases


# --- negatives -------------------------------------------------------------------------------------

def pem(label, nbytes, rng):
    raw = bytes(rng.randrange(256) for _ in range(nbytes))
    text = base64.b64encode(raw).decode()
    body = "\n".join(text[i:i + 64] for i in range(0, len(text), 64))
    return fs.PEM_BEGIN + label + "-----\n" + body + "\n" + fs.PEM_END + label + "-----\n"


def negative_cases(rng):
    """(category, kind, filename, content) for every negative case."""
    aws_example_id = fs.P_AWS + "IOSFODNN7" + "EXAMPLE"
    aws_example_secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY"
    n = []

    def add(category, kind, filename, content):
        n.append((category, kind, kind, filename, content))

    placeholders = [  # (variable, value, what it is)
        ("api_key", "x" * 32, "xxxx"), ("api_key", "<your-api-key>", "<your-api-key>"), ("password", "${DB_PASSWORD}", "${VAR}"),
        ("token", "{{ .Values.token }}", "{{ template }}"), ("github_token", "${{ secrets.GITHUB_TOKEN }}", "${{ secrets.X }}"),
        ("password", "changeme", "changeme"), ("aws_access_key_id", aws_example_id, "AWS documented example key id"),
        ("aws_secret_access_key", aws_example_secret, "AWS documented example secret"), ("api_key", "YOUR_API_KEY_HERE", "YOUR_API_KEY_HERE"),
        ("password", "REDACTED", "REDACTED"), ("password", "********", "********"),
        ("stripe_key", fs.P_STRIPE_LIVE + "x" * 24, "Stripe prefix + xxxx"), ("github_token", fs.P_GHP + "x" * 36, "GitHub prefix + xxxx"),
        ("secret", "%s", "%s"), ("password", "<password>", "<password>"), ("openai_api_key", "sk-...", "sk-..."),
        ("client_secret", "your-client-secret-here", "your-client-secret-here"), ("token", "TODO", "TODO"), ("api_key", "dummy", "dummy"),
        ("api_key", "test", "test"), ("token", "0" * 32, "0000…"), ("secret_key", "insecure-dev-key-do-not-use", "insecure-dev-key-do-not-use"),
    ]
    for i, (name, value, what) in enumerate(placeholders):
        context = CODE_CONTEXTS[i % len(CODE_CONTEXTS)]
        filename, content = context(name, value)
        n.append(("placeholder", what, context.__name__[4:], filename, content))

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
        n.append(("env or secret-store lookup", filename, filename, filename, content))

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
        add("hex digest or git SHA", filename, filename, content)

    for i, (name, context) in enumerate([("token_id", ctx_python), ("api_key_id", ctx_js), ("client_id", ctx_yaml),
                                         ("request_id", ctx_json), ("secret_name", ctx_go), ("tenant_id", ctx_env)]):
        filename, content = context(name, fs.uuid4(rng))
        n.append(("UUID", name, context.__name__[4:], filename, content))

    def sri():
        return "sha512-" + fs.base64_blob(rng, 64)

    lock = {"name": "app", "lockfileVersion": 3, "packages": {f"node_modules/pkg{i}": {
        "version": f"1.{i}.0", "resolved": f"https://registry.npmjs.org/pkg{i}/-/pkg{i}-1.{i}.0.tgz", "integrity": sri()} for i in range(8)}}
    add("lockfile or SRI integrity", "package-lock.json", "package-lock.json", json.dumps(lock, indent=2) + "\n")
    add("lockfile or SRI integrity", "yarn.lock", "yarn.lock",
        "".join(f'pkg{i}@^1.0.0:\n  version "1.{i}.0"\n  resolved "https://registry.yarnpkg.com/pkg{i}/-/pkg{i}-1.{i}.0.tgz"\n  integrity {sri()}\n\n' for i in range(8)))
    add("lockfile or SRI integrity", "go.sum", "go.sum",
        "".join(f"github.com/example/mod{i} v1.{i}.0 h1:{fs.base64_blob(rng, 32)}\n" for i in range(8)))
    add("lockfile or SRI integrity", "index.html", "index.html",
        f'<!doctype html>\n<script src="https://cdn.example.com/lib.js" integrity="sha384-{fs.base64_blob(rng, 48)}" crossorigin="anonymous"></script>\n')
    add("lockfile or SRI integrity", "asset-manifest.json", "asset-manifest.json",
        json.dumps({"main.js": {"integrity": sri()}, "main.css": {"integrity": sri()}}, indent=2) + "\n")

    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(300))).decode()
    add("data URI or image", "styles.css", "styles.css", f".logo {{\n  background: url(data:image/png;base64,{png});\n}}\n")
    add("data URI or image", "logo.js", "logo.js", f'export const logoKey = "data:image/png;base64,{png}";\n')
    add("data URI or image", "README.md", "README.md", f"# App\n\n![logo](data:image/png;base64,{png})\n")
    add("data URI or image", "icons.json", "icons.json", json.dumps({"icon": png, "thumbnail_token": "small"}, indent=2) + "\n")

    ssh_pub = "ssh-" + "rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + fs.base64_blob(rng, 256) + " deploy@build"
    add("public key", "public.pem", "public.pem", pem("PUBLIC KEY", 294, rng))
    add("public key", "authorized_keys", "authorized_keys", ssh_pub + "\n")
    add("public key", "keys.json", "keys.json", json.dumps({"public_key": pem("PUBLIC KEY", 294, rng)}, indent=2) + "\n")
    add("public key", "signing.asc", "signing.asc", pem("PGP PUBLIC KEY BLOCK", 400, rng))
    add("public key", "known_hosts", "known_hosts", "github.com " + ssh_pub.rsplit(" ", 1)[0] + "\n")
    add("certificate", "server.crt", "server.crt", pem("CERTIFICATE", 900, rng))
    add("certificate", "ca.yaml", "ca.yaml", "tls:\n  ca.crt: |\n" + "\n".join("    " + l for l in pem("CERTIFICATE", 700, rng).splitlines()) + "\n")
    add("certificate", "bundle.pem", "bundle.pem", pem("CERTIFICATE", 800, rng) + pem("CERTIFICATE", 800, rng))

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
        add("ordinary code", filename, filename, content)
    return n


# --- running the tools -----------------------------------------------------------------------------

def write_corpus(root, cases):
    if os.path.exists(root):
        shutil.rmtree(root)
    labels = {}
    for index, (label, category, kind, context, filename, content) in enumerate(cases):
        folder = os.path.join(root, f"{index:04d}")
        os.makedirs(folder)
        with open(os.path.join(folder, filename), "w") as handle:
            handle.write(content)
        labels[f"{index:04d}/{filename}"] = {"label": label, "category": category, "kind": kind, "context": context}
    return labels


def relative(path, root):
    path = os.path.normpath(path)
    if os.path.isabs(path):
        return os.path.relpath(path, root)
    base = os.path.basename(root.rstrip("/"))
    return path[len(base) + 1:] if path.startswith(base + "/") else path


def run_backstop(backstop, corpus, repo_root):
    env = dict(os.environ, GIT_CEILING_DIRECTORIES=repo_root)
    started = time.perf_counter()
    result = subprocess.run([backstop, "scan", "--format", "json", corpus], capture_output=True, text=True, env=env,
                            cwd=os.path.dirname(corpus))
    seconds = time.perf_counter() - started
    if result.returncode not in (0, 1):
        raise SystemExit(f"backstop scan failed ({result.returncode}): {result.stderr}")
    flagged = collections.defaultdict(set)
    for finding in json.loads(result.stdout)["findings"]:
        flagged[relative(finding["path"], corpus)].add(finding["ruleID"])
    return flagged, seconds


def run_detect_secrets(detect_secrets, corpus):
    started = time.perf_counter()
    result = subprocess.run([detect_secrets, "-C", corpus, "scan", "--all-files"], capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"detect-secrets failed ({result.returncode}): {result.stderr}")
    flagged = collections.defaultdict(set)
    for path, entries in json.loads(result.stdout)["results"].items():
        flagged[os.path.normpath(path)].update(entry["type"] for entry in entries)
    return flagged, seconds


def score(labels, flagged):
    s = {"tp": 0, "secrets": 0, "fp": 0, "negatives": 0, "by_category": collections.Counter(), "totals": collections.Counter(),
         "missed": collections.Counter(), "false": collections.Counter(), "provider_tp": 0, "provider": 0}
    for path, label in labels.items():
        hit = bool(flagged.get(path))
        key = (label["label"], label["category"])
        s["totals"][key] += 1
        if label["label"] == "secret":
            s["secrets"] += 1
            s["tp"] += hit
            s["by_category"][key] += hit
            if label["category"] == "provider token":
                s["provider"] += 1
                s["provider_tp"] += hit
            if not hit:
                s["missed"][f"{label['kind']} ({label['context']})"] += 1
        else:
            s["negatives"] += 1
            s["fp"] += hit
            s["by_category"][key] += hit
            if hit:
                s["false"][f"{label['kind']} [{', '.join(sorted(flagged[path]))}]"] += 1
    return s


def pct(a, b):
    return f"{100 * a / b:.1f}%" if b else "—"


def main():
    work, root, out = os.environ["WORK"], os.environ["ROOT"], os.environ["OUT"]
    backstop, detect_secrets = os.environ["BACKSTOP"], os.environ["DETECT_SECRETS"]
    rng = random.Random(SEED)
    cases = [("secret",) + c for c in secret_cases(rng)] + [("negative",) + c for c in negative_cases(rng)]
    corpus = os.path.join(work, "accuracy", "corpus")
    labels = write_corpus(corpus, cases)
    with open(os.path.join(work, "accuracy", "labels.json"), "w") as handle:
        json.dump(labels, handle, indent=1)
    n_secret = sum(1 for l in labels.values() if l["label"] == "secret")
    n_negative = len(labels) - n_secret
    print(f"bench: accuracy corpus: {n_secret} secret files, {n_negative} negative files", file=sys.stderr)

    results = {}
    backstop_flagged, backstop_seconds = run_backstop(backstop, corpus, root)
    results["backstop scan"] = (score(labels, backstop_flagged), backstop_seconds)
    ds_flagged, ds_seconds = run_detect_secrets(detect_secrets, corpus)
    ds_version = subprocess.run([detect_secrets, "--version"], capture_output=True, text=True).stdout.strip()
    results[f"detect-secrets {ds_version}"] = (score(labels, ds_flagged), ds_seconds)

    corpus_label = f"labelled: {n_secret} secret files, {n_negative} negative files"
    with open(os.path.join(out, "accuracy.jsonl"), "w") as handle:
        for tool, (s, seconds) in results.items():
            precision = s["tp"] / (s["tp"] + s["fp"]) if s["tp"] + s["fp"] else 0
            result = (f"recall **{pct(s['tp'], s['secrets'])}** ({s['tp']}/{s['secrets']}; provider tokens "
                      f"{pct(s['provider_tp'], s['provider'])}), false positives **{s['fp']}/{s['negatives']}** negative files, "
                      f"precision {100 * precision:.1f}%")
            row = {"part": "accuracy", "corpus": corpus_label, "tool": tool, "role": "subject" if tool.startswith("backstop") else "peer",
                   "result": result, "median_s": seconds, "runs": 1}
            if tool.startswith("backstop"):
                row["goal"] = "recall ≥ 85% (≥ 95% provider), 0 FP on these classes"
                met = s["tp"] >= 0.85 * s["secrets"] and s["provider_tp"] >= 0.95 * s["provider"] and s["fp"] == 0
                row["met"] = "yes" if met else "**no**"
            handle.write(json.dumps(row) + "\n")

    tools = list(results)
    lines = ["### Recall and false positives", "",
             f"- Corpus: `bench/accuracy.py` (seed {SEED}), one case per file, {n_secret} secret files and {n_negative} negative files, "
             "generated at run time in `.build-bench/accuracy/` (labels in `labels.json`). Scored per file: a secret file is found when the tool reports "
             "anything in it, a negative file is a false positive when the tool reports anything in it.",
             "- The goal column is the research goals G3/G4 (recall ≥ 85% overall and ≥ 95% on provider tokens; zero findings on these false-positive classes).",
             "", "| class | files | " + " | ".join(tools) + " |", "| --- | --- | " + " | ".join("---" for _ in tools) + " |"]
    first = results[tools[0]][0]
    for key in sorted(first["totals"], key=lambda k: (k[0] != "secret", k[1])):
        verb = "found" if key[0] == "secret" else "flagged"
        cells = [f"{results[t][0]['by_category'][key]} {verb}" for t in tools]
        lines.append(f"| {key[0]}: {key[1]} | {first['totals'][key]} | " + " | ".join(cells) + " |")
    for tool in tools:
        s = results[tool][0]
        missed = ", ".join(f"{k} ×{v}" if v > 1 else k for k, v in sorted(s["missed"].items())) or "none"
        false = ", ".join(f"{k} ×{v}" if v > 1 else k for k, v in sorted(s["false"].items())) or "none"
        lines += ["", f"- **{tool}** missed: {missed}.", f"- **{tool}** flagged negatives: {false}."]
    with open(os.path.join(out, "accuracy.notes.md"), "w") as handle:
        handle.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
