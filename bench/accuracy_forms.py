"""Secrets that live in a shape of their own, for the labelled accuracy corpus (bench/accuracy.py).

Config files whose format carries the credential (kubeconfig, Docker's config.json, .npmrc, .netrc,
shadow and htpasswd lines), HTTP authentication, connection strings, password hashes, private keys,
JWTs, generic assignments in many syntaxes, and encoded or split provider tokens. Each function
returns cases as (family, kind, context, filename, content), one secret per file. As everywhere in
bench/, values are assembled at run time from parts and seeded random bodies.
"""

import hashlib
import json
import string
import urllib.parse

import fakesecrets as fs
from accuracy_contexts import (context_name, ctx_env, ctx_go, ctx_header, ctx_java, ctx_js, ctx_json, ctx_markdown, ctx_python,
                               ctx_toml, ctx_yaml)
from accuracy_providers import (ALNUM, B64, B64URL, DIGITS, HEX, HEXU, LOWER_ALNUM, b64, b64url, d, key_b64, uuid,
                                mnemonic)

CRYPT = "./" + string.digits + string.ascii_uppercase + string.ascii_lowercase


def password(rng, n=None):
    return fs.strong_password(rng, n)


def url_password(rng):
    return d(rng, ALNUM, rng.randrange(16, 26))


def user(rng):
    return rng.choice(["deploy", "svc_orders", "ci-bot", "reporting", "app", "backup"])


# --- cloud: the service-account key file ------------------------------------------------------------

def cloud_forms(rng):
    out = []
    for filename in ("service-account.json", "gcp-key.json"):
        key = {"type": "service_account", "project_id": "orders-prod-" + d(rng, DIGITS, 6), "private_key_id": d(rng, HEX, 40),
               "private_key": fs.private_key(rng, "") + "\n", "client_email": "deployer@orders-prod.iam.gserviceaccount.com",
               "client_id": d(rng, DIGITS, 21), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
               "token_uri": "https://oauth2.googleapis.com/token"}
        out.append(("cloud", "gcp-service-account-key", "json", filename, json.dumps(key, indent=2) + "\n"))
    creds = f"[default]\naws_access_key_id = {fs.aws_access_key_id(rng)}\naws_secret_access_key = {fs.aws_secret_access_key(rng)}\nregion = eu-west-1\n"
    out.append(("cloud", "aws-credentials-file", "ini", "credentials", creds))
    return out


# --- cloud-native: kubeconfig, bootstrap tokens, registries --------------------------------------------

def kube_jwt(rng):
    header = b64url(json.dumps({"alg": "RS256", "kid": d(rng, B64URL, 43)}).encode())
    payload = b64url(json.dumps({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
                                 "kubernetes.io/serviceaccount/service-account.name": "deployer",
                                 "sub": "system:serviceaccount:ci:deployer"}).encode())
    return header + "." + payload + "." + b64url(bytes(rng.randrange(256) for _ in range(256)))


def kubeconfig(user_block):
    return ("apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==\n"
            "    server: https://10.0.0.12:6443\n  name: prod\ncontexts:\n- context:\n    cluster: prod\n    user: deployer\n  name: prod\n"
            "current-context: prod\nusers:\n- name: deployer\n  user:\n" + user_block)


def bootstrap_token(rng):
    return d(rng, LOWER_ALNUM, 6) + "." + d(rng, LOWER_ALNUM, 16)


def docker_auths(rng, registry):
    auth = b64((user(rng) + ":" + password(rng)).encode())
    return json.dumps({"auths": {registry: {"auth": auth}}}, indent=2) + "\n"


def cloud_native_forms(rng):
    out = [
        ("kubeconfig-token", "kubeconfig", "config", kubeconfig(f"    token: {kube_jwt(rng)}\n")),
        ("kubeconfig-static-token", "kubeconfig", "kubeconfig.yaml", kubeconfig(f"    token: {d(rng, ALNUM, 32)}\n")),
        ("kubeconfig-client-key-data", "kubeconfig", "admin.conf",
         kubeconfig("    client-certificate-data: " + b64((fs.PEM_BEGIN + "CERTIFICATE-----\nMIIB\n" + fs.PEM_END + "CERTIFICATE-----\n").encode())
                    + "\n    client-key-data: " + b64((fs.private_key(rng, "EC ") + "\n").encode()) + "\n")),
        ("kubeconfig-basic-auth", "kubeconfig", "config",
         kubeconfig(f"    username: admin\n    password: {password(rng)}\n")),
        ("kubernetes-bootstrap-token", "kubeadm join", "join-node.sh",
         f"#!/bin/sh\nkubeadm join 10.0.0.12:6443 --token {bootstrap_token(rng)} \\\n"
         f"    --discovery-token-ca-cert-hash sha256:{fs.sha256_hex(rng)}\n"),
        ("kubernetes-bootstrap-token", "kubeadm config", "kubeadm-config.yaml",
         "apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nbootstrapTokens:\n"
         f"- token: \"{bootstrap_token(rng)}\"\n  description: \"worker join\"\n  ttl: \"24h\"\n"),
        ("kubernetes-bootstrap-token", "secret manifest", "bootstrap-token.yaml",
         "apiVersion: v1\nkind: Secret\nmetadata:\n  name: bootstrap-token-" + (t := d(rng, LOWER_ALNUM, 6)) + "\n  namespace: kube-system\n"
         "type: bootstrap.kubernetes.io/token\nstringData:\n  token-id: " + t + "\n  token-secret: " + d(rng, LOWER_ALNUM, 16)
         + "\n  usage-bootstrap-authentication: \"true\"\n"),
        ("docker-config-auths", "config.json", "config.json", docker_auths(rng, "https://index.docker.io/v1/")),
        ("docker-config-auths", "config.json", "docker-config.json", docker_auths(rng, "registry.example.com:5000")),
        ("kubernetes-dockerconfigjson", "secret manifest", "regcred.yaml",
         "apiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: "
         + b64(docker_auths(rng, "ghcr.io").encode()) + "\n"),
        ("vault-token-file", "vault-token", ".vault-token", "hv" + "s.CAESI" + d(rng, B64URL, 86) + "\n"),
    ]
    return [("cloud-native", kind, context, filename, content) for kind, context, filename, content in out]


# --- package registries: the files their clients read -------------------------------------------------

def sidekiq_credentials(rng):
    return d(rng, HEX, 8) + ":" + d(rng, HEX, 8)


def package_registry_forms(rng):
    host = "gems." + "contribsys.com"
    out = [
        ("npmrc-auth-token", "npmrc", ".npmrc", f"registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={fs.npm_token(rng)}\n"),
        ("npmrc-auth-token", "npmrc", ".npmrc", f"@orders:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken={fs.github_pat(rng)}\n"),
        ("npmrc-auth-token", "npmrc", ".npmrc", f"registry=https://nexus.example.com/repository/npm/\n//nexus.example.com/repository/npm/:_authToken={uuid(rng)}\n"),
        ("npmrc-auth", "npmrc", ".npmrc",
         f"registry=https://artifactory.example.com/api/npm/npm/\n_auth={b64((user(rng) + ':' + password(rng)).encode())}\nemail=ci@example.com\nalways-auth=true\n"),
        ("npmrc-password", "npmrc", ".npmrc",
         f"//npm.example.com/:username=ci-bot\n//npm.example.com/:_password={b64(password(rng).encode())}\n//npm.example.com/:email=ci@example.com\n"),
        ("yarnrc-npm-auth-token", "yarnrc.yml", ".yarnrc.yml",
         f"npmScopes:\n  orders:\n    npmRegistryServer: \"https://npm.example.com\"\n    npmAuthToken: \"{d(rng, B64URL, 40)}\"\n"),
        ("pypirc-password", "pypirc", ".pypirc", f"[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = {fs.pypi_token(rng)}\n"),
        ("pypirc-password", "pypirc", ".pypirc",
         f"[distutils]\nindex-servers = internal\n\n[internal]\nrepository = https://pypi.example.com/\nusername = ci-bot\npassword = {password(rng)}\n"),
        ("pip-conf-index-url", "pip.conf", "pip.conf",
         f"[global]\nextra-index-url = https://ci-bot:{url_password(rng)}@pypi.example.com/simple/\n"),
        ("sidekiq-enterprise-credentials", "env", ".env", f"RAILS_ENV=production\nBUNDLE_ENTERPRISE__CONTRIBSYS__COM={sidekiq_credentials(rng)}\n"),
        ("sidekiq-enterprise-credentials", "bundle config", "config",
         f"---\nBUNDLE_PATH: \"vendor/bundle\"\nBUNDLE_ENTERPRISE__CONTRIBSYS__COM: \"{sidekiq_credentials(rng)}\"\n"),
        ("sidekiq-enterprise-credentials", "dockerfile", "Dockerfile",
         f"FROM ruby:3.3\nENV BUNDLE_GEMS__CONTRIBSYS__COM={sidekiq_credentials(rng)}\nRUN bundle install\n"),
        ("sidekiq-enterprise-source-url", "gemfile", "Gemfile",
         f"source \"https://rubygems.org\"\n\nsource \"https://{sidekiq_credentials(rng)}@{host}/\" do\n  gem \"sidekiq-pro\"\nend\n"),
        ("composer-auth-json", "auth.json", "auth.json",
         json.dumps({"http-basic": {"repo.packagist.com": {"username": "token", "password": d(rng, HEX, 40)}}}, indent=4) + "\n"),
        ("maven-settings-password", "settings.xml", "settings.xml",
         f"<settings>\n  <servers>\n    <server>\n      <id>releases</id>\n      <username>deployer</username>\n      <password>{password(rng)}</password>\n"
         "    </server>\n  </servers>\n</settings>\n"),
        ("gradle-properties-credentials", "gradle.properties", "gradle.properties",
         f"org.gradle.jvmargs=-Xmx2g\nossrhUsername=orders\nossrhPassword={password(rng)}\nsigning.password={password(rng)}\n"),
        ("gradle-plugin-portal-key", "gradle.properties", "gradle.properties",
         f"gradle.publish.key={d(rng, ALNUM, 32)}\ngradle.publish.secret={d(rng, ALNUM, 32)}\n"),
        ("nuget-config-password", "NuGet.Config", "NuGet.Config",
         "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSourceCredentials>\n    <internal>\n"
         f"      <add key=\"Username\" value=\"ci-bot\" />\n      <add key=\"ClearTextPassword\" value=\"{password(rng)}\" />\n"
         "    </internal>\n  </packageSourceCredentials>\n</configuration>\n"),
        ("cargo-credentials", "credentials.toml", "credentials.toml", f"[registry]\ntoken = \"ci" + "o" + d(rng, ALNUM, 32) + "\"\n"),
        ("gem-credentials", "credentials", "credentials", "---\n:rubygems_api_key: ruby" + "gems_" + d(rng, HEX, 48) + "\n"),
    ]
    return [("package-registries", kind, context, filename, content) for kind, context, filename, content in out]


# --- crypto: wallet files ------------------------------------------------------------------------------

def crypto_forms(rng):
    org, key = uuid(rng), uuid(rng)
    cdp = {"name": f"organizations/{org}/apiKeys/{key}", "privateKey": fs.private_key(rng, "EC ") + "\n"}
    out = [
        ("coinbase-cdp-api-key", "json", "cdp_api_key.json", json.dumps(cdp, indent=2) + "\n"),
        ("solana-keypair", "json", "id.json", json.dumps([rng.randrange(256) for _ in range(64)]) + "\n"),
        ("hardhat-private-key", "js", "hardhat.config.js",
         "require('@nomicfoundation/hardhat-toolbox');\n\nmodule.exports = {\n  solidity: '0.8.24',\n  networks: {\n    sepolia: {\n"
         "      url: 'https://rpc.sepolia.org',\n      accounts: ['0x" + d(rng, HEX, 64) + "'],\n    },\n  },\n};\n"),
        ("kucoin-api-credentials", "env", ".env",
         f"KUCOIN_API_KEY={d(rng, HEX, 24)}\nKUCOIN_API_SECRET={uuid(rng)}\nKUCOIN_API_PASSPHRASE={password(rng)}\n"),
        ("truffle-mnemonic", "js", "truffle-config.js",
         f"const HDWalletProvider = require('@truffle/hdwallet-provider');\nconst mnemonic = '{mnemonic(rng)}';\n\nmodule.exports = {{ networks: {{}} }};\n"),
    ]
    return [("crypto-exchanges", kind, context, filename, content) for kind, context, filename, content in out]


# --- email: SMTP settings with an SES key pair ----------------------------------------------------------

def email_forms(rng):
    ses = "B" + d(rng, B64, 43)
    out = [
        ("amazon-ses-smtp-credentials", "yaml", "mail.yml",
         f"smtp:\n  host: email-smtp.eu-west-1.amazonaws.com\n  port: 587\n  username: {fs.aws_access_key_id(rng)}\n  password: {ses}\n"),
        ("smtp-password", "django", "settings.py",
         f"EMAIL_HOST = 'smtp.example.com'\nEMAIL_PORT = 587\nEMAIL_HOST_USER = 'noreply@example.com'\nEMAIL_HOST_PASSWORD = '{password(rng)}'\n"),
        ("smtp-password", "postfix sasl_passwd", "sasl_passwd", f"[smtp.example.com]:587 relay@example.com:{password(rng)}\n"),
    ]
    return [("email", kind, context, filename, content) for kind, context, filename, content in out]


# --- HTTP authentication -------------------------------------------------------------------------------

def basic(rng):
    return b64((user(rng) + ":" + password(rng)).encode())


def http_auth_forms(rng):
    opaque = lambda: d(rng, B64URL, 40)  # noqa: E731
    out = [
        ("bearer-header", "curl", "fetch.sh", f'#!/bin/sh\ncurl -s -H "Authorization: Bearer {opaque()}" https://api.example.com/v1/orders\n'),
        ("bearer-header", "http file", "orders.http", f"GET https://api.example.com/v1/orders\nAuthorization: Bearer {opaque()}\nAccept: application/json\n"),
        ("bearer-header", "js fetch", "client.js",
         f"export async function orders() {{\n  return fetch('https://api.example.com/v1/orders', {{\n    headers: {{ Authorization: 'Bearer {opaque()}' }},\n  }});\n}}\n"),
        ("bearer-header", "python requests", "sync.py",
         f'import requests\n\nHEADERS = {{"Authorization": "Bearer {opaque()}"}}\nrequests.get("https://api.example.com/v1/orders", headers=HEADERS)\n'),
        ("basic-header", "curl", "health.sh", f'#!/bin/sh\ncurl -fsS -H "Authorization: Basic {basic(rng)}" https://ci.example.com/api/json\n'),
        ("basic-header", "nginx", "proxy.conf",
         f"location /api/ {{\n    proxy_pass http://backend;\n    proxy_set_header Authorization \"Basic {basic(rng)}\";\n}}\n"),
        ("basic-header", "http file", "status.http", f"GET https://registry.example.com/v2/_catalog\nAuthorization: Basic {basic(rng)}\n"),
        ("proxy-authorization", "raw request", "request.txt",
         f"CONNECT api.example.com:443 HTTP/1.1\nHost: api.example.com:443\nProxy-Authorization: Basic {basic(rng)}\n"),
        ("token-header", "curl", "drf.sh", f'#!/bin/sh\ncurl -H "Authorization: Token {d(rng, HEX, 40)}" https://api.example.com/v1/me/\n'),
        ("api-key-header", "curl", "search.sh", f'#!/bin/sh\ncurl -H "X-API-Key: {d(rng, ALNUM, 32)}" "https://api.example.com/v1/search?q=orders"\n'),
        ("curl-user", "curl -u", "upload.sh", f"#!/bin/sh\ncurl -u {user(rng)}:{password(rng)} -T build.zip https://files.example.com/upload/\n"),
        ("curl-user", "curl --user", "Makefile",
         f"publish:\n\tcurl --user \"ci-bot:{password(rng)}\" --upload-file dist/app.tgz https://nexus.example.com/repository/raw/\n"),
        ("wget-password", "wget", "fetch-backup.sh",
         f"#!/bin/sh\nwget --http-user=backup --http-password='{password(rng)}' https://backups.example.com/latest.tar.gz\n"),
        ("httpie-auth", "httpie", "README.md", f"# API\n\n```\nhttp -a admin:{password(rng)} POST https://api.example.com/v1/reindex\n```\n"),
        ("netrc", "netrc", ".netrc", f"machine api.example.com\n  login deploy\n  password {password(rng)}\n"),
        ("netrc", "netrc", ".netrc", f"machine git.example.com login ci-bot password {d(rng, ALNUM, 40)}\n"),
        ("git-credentials", "git-credentials", ".git-credentials", f"https://ci-bot:{d(rng, ALNUM, 40)}@git.example.com\n"),
        ("python-requests-auth", "python", "report.py",
         f'import requests\n\nresponse = requests.get("https://jira.example.com/rest/api/2/search", auth=("reporting", "{password(rng)}"))\n'),
        ("go-basic-auth", "go", "client.go",
         f'package client\n\nimport "net/http"\n\nfunc authorize(req *http.Request) {{\n\treq.SetBasicAuth("svc_orders", "{password(rng)}")\n}}\n'),
        ("postman-bearer", "postman collection", "orders.postman_collection.json",
         json.dumps({"info": {"name": "Orders", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                     "auth": {"type": "bearer", "bearer": [{"key": "token", "value": opaque(), "type": "string"}]}, "item": []}, indent=2) + "\n"),
    ]
    return [("http-auth", kind, context, filename, content) for kind, context, filename, content in out]


# --- connection strings and URLs ------------------------------------------------------------------------

def connection_forms(rng):
    out = []
    # The original corpus's six schemes, three contexts each.
    for scheme in ["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqp"]:
        for context in [ctx_env, ctx_python, ctx_yaml]:
            filename, content = context("database_url", fs.connection_url(rng, scheme))
            out.append(("connection-urls", f"{scheme}-url", context_name(context), filename, content))
    p = lambda: url_password(rng)  # noqa: E731
    urls = [
        ("mongodb-url", "mongo_url", lambda: f"mongodb://app:{p()}@db1.internal:27017,db2.internal:27017/orders?replicaSet=rs0&authSource=admin"),
        ("rediss-url", "redis_url", lambda: f"rediss://default:{p()}@cache.example.net:6380/0"),
        ("amqps-url", "broker_url", lambda: f"amqps://orders:{p()}@b-1.mq.example.com:5671/vhost"),
        ("ftp-url", "ftp_url", lambda: f"ftp://deploy:{p()}@ftp.example.com/public_html"),
        ("sftp-url", "sftp_url", lambda: f"sftp://deploy:{p()}@files.example.com:22/upload"),
        ("ldap-url", "ldap_url", lambda: f"ldap://admin:{p()}@ldap.example.org:389/dc=example,dc=org"),
        ("ldaps-url", "ldap_url", lambda: f"ldaps://binduser:{p()}@ldap.example.org:636"),
        ("smtp-url", "mailer_dsn", lambda: f"smtp://postmaster%40mg.example.com:{p()}@smtp.mailgun.org:587"),
        ("smtps-url", "mailer_dsn", lambda: f"smtps://noreply:{p()}@smtp.example.com:465"),
        ("jdbc-mysql", "jdbc_url", lambda: f"jdbc:mysql://db.internal:3306/orders?user=app&password={p()}&useSSL=true"),
        ("jdbc-postgresql", "jdbc_url", lambda: f"jdbc:postgresql://db.internal:5432/orders?user=app&password={p()}"),
        ("jdbc-sqlserver", "jdbc_url", lambda: f"jdbc:sqlserver://sql.internal:1433;databaseName=orders;user=app;password={p()};encrypt=true"),
        ("jdbc-oracle", "jdbc_url", lambda: f"jdbc:oracle:thin:app/{p()}@//ora.internal:1521/ORCL"),
        ("odbc-pwd", "odbc_connection_string",
         lambda: f"Driver={{ODBC Driver 18 for SQL Server}};Server=tcp:sql.internal,1433;Database=orders;Uid=app;Pwd={p()};Encrypt=yes;"),
        ("odbc-pwd", "odbc_connection_string", lambda: f"DRIVER={{PostgreSQL Unicode}};SERVER=db.internal;PORT=5432;DATABASE=orders;UID=app;PWD={p()}"),
        ("sqlserver-password", "connection_string",
         lambda: f"Server=tcp:orders.database.windows.net,1433;Initial Catalog=orders;User ID=app;Password={p()};Encrypt=True;"),
        ("sqlserver-password", "connection_string", lambda: f"Data Source=sql01;Initial Catalog=Orders;User Id=sa;Password={p()};"),
        ("mssql-url", "database_url", lambda: f"mssql://sa:{p()}@sql.internal:1433/orders"),
        ("clickhouse-url", "clickhouse_url", lambda: f"clickhouse://default:{p()}@ch.internal:9000/default"),
        ("nats-url", "nats_url", lambda: f"nats://svc:{p()}@nats.internal:4222"),
        ("mqtt-url", "mqtt_url", lambda: f"mqtt://device:{p()}@broker.internal:1883"),
        ("elasticsearch-url", "elasticsearch_url", lambda: f"https://elastic:{p()}@es.internal:9200"),
        ("sqlalchemy-url", "sqlalchemy_database_uri", lambda: f"postgresql+psycopg2://app:{p()}@db.internal/orders"),
        ("snowflake-url", "snowflake_url", lambda: f"snowflake://app:{p()}@acme-xy12345/orders/public?warehouse=wh"),
        ("neo4j-url", "neo4j_uri", lambda: f"neo4j+s://neo4j:{p()}@a1b2c3d4.databases.neo4j.io"),
        ("couchdb-url", "couchdb_url", lambda: f"http://admin:{p()}@couch.internal:5984/"),
    ]
    rotation = [ctx_env, ctx_yaml, ctx_python, ctx_json, ctx_java, ctx_toml]
    for i, (kind, name, make) in enumerate(urls):
        for j in range(2):
            context = rotation[(i + j) % len(rotation)]
            filename, content = context(name, make())
            out.append(("connection-urls", kind, context_name(context), filename, content))
    out.append(("connection-urls", "kafka-sasl-jaas", "properties", "client.properties",
                "security.protocol=SASL_SSL\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule "
                f"required username=\"orders\" password=\"{password(rng)}\";\n"))
    out.append(("connection-urls", "oracle-easy-connect", "shell", "export.sh", f"#!/bin/sh\nexpdp app/{url_password(rng)}@ora.internal:1521/ORCL schemas=app\n"))
    return out


# --- password hashes -----------------------------------------------------------------------------------

def password_hash_forms(rng):
    c = lambda n: d(rng, CRYPT, n)  # noqa: E731
    today = 19000 + rng.randrange(1500)
    sha512 = f"$6${c(16)}${c(86)}"
    out = [
        ("shadow-sha512crypt", "shadow", "shadow", f"root:{sha512}:{today}:0:99999:7:::\ndaemon:*:{today}:0:99999:7:::\n"),
        ("shadow-sha256crypt", "shadow", "shadow", f"deploy:$5${c(16)}${c(43)}:{today}:0:99999:7:::\n"),
        ("shadow-yescrypt", "shadow", "shadow", f"admin:$y$j9T${c(22)}${c(43)}:{today}:0:99999:7:::\n"),
        ("shadow-md5crypt", "shadow", "shadow.bak", f"backup:$1${c(8)}${c(22)}:{today}:0:99999:7:::\n"),
        ("htpasswd-bcrypt", "htpasswd", ".htpasswd", f"admin:$2y$05${c(53)}\n"),
        ("htpasswd-apr1", "htpasswd", ".htpasswd", f"ops:$apr1${c(8)}${c(22)}\n"),
        ("htpasswd-sha1", "htpasswd", "htpasswd", "metrics:{SHA}" + b64(hashlib.sha1(password(rng).encode()).digest()) + "\n"),
        ("bcrypt-hash", "sql seed", "seed.sql",
         f"INSERT INTO users (email, password_hash) VALUES ('admin@example.com', '$2b$12${c(53)}');\n"),
        ("django-pbkdf2", "fixture", "users.json",
         json.dumps([{"model": "auth.user", "pk": 1, "fields": {"username": "admin", "is_superuser": True,
                                                               "password": f"pbkdf2_sha256$600000${d(rng, ALNUM, 22)}${key_b64(rng, 32)}"}}], indent=2) + "\n"),
        ("argon2-hash", "yaml", "users.yml", f"users:\n  - name: admin\n    password: \"$argon2id$v=19$m=65536,t=3,p=4${d(rng, B64, 22)}${d(rng, B64, 43)}\"\n"),
        ("werkzeug-pbkdf2", "python", "seed.py",
         f"ADMIN_PASSWORD_HASH = \"pbkdf2:sha256:600000${d(rng, ALNUM, 16)}${d(rng, HEX, 64)}\"\n"),
        ("cisco-type5", "ios config", "router.cfg", f"hostname edge-1\nenable secret 5 $1${c(4)}${c(22)}\n"),
        ("cisco-type9", "ios config", "switch.cfg", f"username admin privilege 15 secret 9 $9${c(14)}${c(43)}\n"),
        ("ldap-ssha", "ldif", "admin.ldif", "dn: cn=admin,dc=example,dc=org\nobjectClass: simpleSecurityObject\nuserPassword: {SSHA}" + key_b64(rng, 24) + "\n"),
        ("postgres-scram", "pgbouncer userlist", "userlist.txt",
         f"\"app\" \"SCRAM-SHA-256$4096:{key_b64(rng, 16)}${key_b64(rng, 32)}:{key_b64(rng, 32)}\"\n"),
        ("mysql-native-hash", "sql", "users.sql", f"CREATE USER 'app'@'%' IDENTIFIED WITH mysql_native_password AS '*{d(rng, HEXU, 40)}';\n"),
        ("ntlm-hash", "pwdump", "hashes.txt", f"Administrator:500:aad3b435b51404eeaad3b435b51404ee:{d(rng, HEX, 32)}:::\n"),
        ("ansible-sha512crypt", "yaml", "users.yml",
         f"- name: create deploy user\n  ansible.builtin.user:\n    name: deploy\n    password: \"$6$rounds=656000${c(16)}${c(86)}\"\n"),
        ("grub-pbkdf2", "grub", "40_custom", f"set superusers=\"root\"\npassword_pbkdf2 root grub.pbkdf2.sha512.10000.{d(rng, HEXU, 128)}.{d(rng, HEXU, 128)}\n"),
    ]
    return [("password-hashes", kind, context, filename, content) for kind, context, filename, content in out]


# --- private keys ---------------------------------------------------------------------------------------

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


BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32_encode(hrp, data: bytes):
    def polymod(values):
        generator = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
        chk = 1
        for v in values:
            top = chk >> 25
            chk = (chk & 0x1FFFFFF) << 5 ^ v
            for i in range(5):
                chk ^= generator[i] if ((top >> i) & 1) else 0
        return chk
    acc, bits, five = 0, 0, []
    for byte in data:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            five.append((acc >> bits) & 31)
    if bits:
        five.append((acc << (5 - bits)) & 31)
    expanded = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    mod = polymod(expanded + five + [0] * 6) ^ 1
    checksum = [(mod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[v] for v in five + checksum)


def armor(label, raw: bytes, width=64):
    text = b64(raw)
    return fs.PEM_BEGIN + label + "-----\n" + "\n".join(text[i:i + width] for i in range(0, len(text), width)) + "\n" + fs.PEM_END + label + "-----"


def private_key_forms(rng):
    out = []
    for kind, make in [("rsa-private-key", lambda: fs.private_key(rng, "RSA ")), ("ec-private-key", lambda: fs.private_key(rng, "EC ")),
                       ("pkcs8-private-key", lambda: fs.private_key(rng, "")), ("openssh-private-key", lambda: fs.openssh_private_key(rng))]:
        for filename, content in pem_contexts(make()):
            out.append(("private-keys", kind, filename, filename, content))
    raw = lambda n: bytes(rng.randrange(256) for _ in range(n))  # noqa: E731
    age = bech32_encode("age-secret-key-", raw(32)).upper()
    pgp = (fs.PEM_BEGIN + "PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(b64(raw(48)) for _ in range(12)) + "\n=" + d(rng, B64, 4) + "\n"
           + fs.PEM_END + "PGP PRIVATE KEY BLOCK-----")
    ppk = ("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@build\nPublic-Lines: 2\n"
           f"AAAAC3NzaC1lZDI1NTE5AAAAI{d(rng, B64, 43)}\n{d(rng, B64, 12)}\nPrivate-Lines: 1\n{b64(raw(36))}\nPrivate-MAC: {d(rng, HEX, 64)}\n")
    ssh2 = ("---- BEGIN SSH2 " + "ENCRYPTED PRIVATE KEY ----\nComment: \"rsa-key-20240101\"\n" + "\n".join(b64(raw(51)) for _ in range(14))
            + "\n---- END SSH2 " + "ENCRYPTED PRIVATE KEY ----\n")
    jwk = {"kty": "EC", "crv": "P-256", "kid": "signing-1", "use": "sig", "x": b64url(raw(32)), "y": b64url(raw(32)), "d": b64url(raw(32))}
    okp = {"kty": "OKP", "crv": "Ed25519", "kid": "webhook", "x": b64url(raw(32)), "d": b64url(raw(32))}
    minisign = "untrusted comment: minisign encrypted secret key\nRWRTY0Iy" + b64(raw(155)) + "\n"
    tfstate = {"version": 4, "resources": [{"type": "tls_private_key", "name": "deploy", "instances": [
        {"attributes": {"algorithm": "RSA", "private_key_pem": fs.private_key(rng, "RSA ") + "\n", "public_key_openssh": "ssh-" + "rsa AAAAB3Nza"}}]}]}
    bundle = armor("CERTIFICATE", raw(700)) + "\n" + fs.private_key(rng, "") + "\n" + armor("CERTIFICATE", raw(700)) + "\n"
    more = [
        ("encrypted-pkcs8-private-key", "pem", "signing.key", armor("ENCRYPTED PRIVATE KEY", raw(1300)) + "\n"),
        ("dsa-private-key", "pem", "dsa.key", armor("DSA PRIVATE KEY", raw(440)) + "\n"),
        ("ed25519-pkcs8-private-key", "pem", "ed25519.pem", armor("PRIVATE KEY", bytes.fromhex("302e020100300506032b657004220420") + raw(32)) + "\n"),
        ("pgp-private-key", "asc", "secret.asc", pgp + "\n"),
        ("putty-private-key", "ppk", "deploy.ppk", ppk),
        ("ssh2-private-key", "ssh2", "id_rsa.ssh2", ssh2),
        ("age-secret-key", "age", "key.txt", f"# created: 2026-01-01T00:00:00Z\n# public key: age1{d(rng, BECH32, 58)}\n{age}\n"),
        ("age-secret-key", "env", ".env", f"SOPS_AGE_KEY={bech32_encode('age-secret-key-', raw(32)).upper()}\n"),
        ("wireguard-private-key", "wg-quick", "wg0.conf",
         f"[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = {key_b64(rng, 32)}\n\n[Peer]\nPublicKey = {key_b64(rng, 32)}\nEndpoint = vpn.example.com:51820\n"),
        ("jwk-private-key", "jwks", "jwks.json", json.dumps({"keys": [jwk]}, indent=2) + "\n"),
        ("jwk-private-key", "jwk", "webhook-key.json", json.dumps(okp, indent=2) + "\n"),
        ("minisign-secret-key", "minisign", "minisign.key", minisign),
        ("private-key-in-env", "env", ".env", 'JWT_PRIVATE_KEY="' + fs.private_key(rng, "").replace("\n", "\\n") + '"\n'),
        ("private-key-in-tfstate", "tfstate", "terraform.tfstate", json.dumps(tfstate, indent=2) + "\n"),
        ("private-key-in-bundle", "pem", "fullchain-and-key.pem", bundle),
    ]
    out += [("private-keys", kind, context, filename, content) for kind, context, filename, content in more]
    return out


# --- JWTs -----------------------------------------------------------------------------------------------

def jwt_of(rng, header, payload, signature_bytes):
    return (b64url(json.dumps(header).encode()) + "." + b64url(json.dumps(payload).encode()) + "."
            + b64url(bytes(rng.randrange(256) for _ in range(signature_bytes))))


def jwt_forms(rng):
    out = []
    for context in [ctx_header, ctx_python, ctx_json, ctx_js, ctx_yaml, ctx_env, ctx_markdown, ctx_go]:
        filename, content = context("id_token", fs.jwt(rng))
        out.append(("jwt", "jwt", context_name(context), filename, content))
    now = 1700000000 + rng.randrange(10**7)
    rs256 = jwt_of(rng, {"alg": "RS256", "typ": "JWT", "kid": d(rng, B64URL, 22)},
                   {"iss": "https://auth.example.com/", "sub": "auth0|" + d(rng, HEX, 24), "aud": "https://api.example.com",
                    "iat": now, "exp": now + 86400, "scope": "read:orders write:orders"}, 256)
    es256 = jwt_of(rng, {"alg": "ES256", "typ": "JWT"}, {"sub": d(rng, DIGITS, 9), "iat": now, "exp": now + 3600, "role": "admin"}, 64)
    eddsa = jwt_of(rng, {"alg": "EdDSA", "typ": "JWT"}, {"iat": now, "iss": "db-gateway", "id": uuid(rng)}, 64)
    ps512 = jwt_of(rng, {"alg": "PS512", "typ": "JWT", "kid": "2026-01"}, {"iss": "orders", "sub": "svc", "iat": now}, 512)
    google = jwt_of(rng, {"alg": "RS256", "kid": d(rng, HEX, 40), "typ": "JWT"},
                    {"iss": "https://accounts.google.com", "azp": d(rng, DIGITS, 12) + "-" + d(rng, LOWER_ALNUM, 32) + ".apps.googleusercontent.com",
                     "sub": d(rng, DIGITS, 21), "email": "ops@example.com", "iat": now, "exp": now + 3600}, 256)
    jwe = ".".join([b64url(json.dumps({"alg": "RSA-OAEP-256", "enc": "A256GCM"}).encode()), b64url(bytes(rng.randrange(256) for _ in range(256))),
                    b64url(bytes(rng.randrange(256) for _ in range(12))), b64url(bytes(rng.randrange(256) for _ in range(120))),
                    b64url(bytes(rng.randrange(256) for _ in range(16)))])
    more = [
        ("jwt-rs256", "http file", "me.http", f"GET https://api.example.com/v1/me\nAuthorization: Bearer {rs256}\n"),
        ("jwt-es256", "cookie header", "replay.sh", f"#!/bin/sh\ncurl -s -b 'session={es256}' https://app.example.com/admin\n"),
        ("jwt-eddsa", "toml", "config.toml", f"[database]\nurl = \"libsql://orders.example.io\"\nauth_token = \"{eddsa}\"\n"),
        ("jwt-ps512", "js test fixture", "auth.test.js", f"const TOKEN = '{ps512}';\n\ntest('accepts the service token', () => {{ expect(verify(TOKEN)).toBe(true); }});\n"),
        ("jwt-google-id-token", "json", "session.json", json.dumps({"id_token": google, "expires_in": 3599}, indent=2) + "\n"),
        ("jwe-compact", "yaml", "callback.yaml", f"callback:\n  url: https://app.example.com/cb\n  state: {jwe}\n"),
        ("jwt-local-storage", "js", "bootstrap.js", f"localStorage.setItem('access_token', '{fs.jwt(rng)}');\n"),
        ("jwt-postman-environment", "json", "prod.postman_environment.json",
         json.dumps({"name": "prod", "values": [{"key": "jwt", "value": jwt_of(rng, {"alg": "RS256", "typ": "JWT"},
                                                                             {"sub": "svc-orders", "iat": now}, 256), "enabled": True}]}, indent=2) + "\n"),
    ]
    out += [("jwt", kind, context, filename, content) for kind, context, filename, content in more]
    return out


# --- generic assignments -----------------------------------------------------------------------------------

def generic_forms(rng):
    out = []
    # The original grid: ten names by eight contexts, half of it.
    generic_names = ["password", "db_password", "secret_key", "client_secret", "api_key", "auth_token", "access_token",
                     "admin_pass", "private_key", "app_secret"]
    for i, name in enumerate(generic_names):
        for j, context in enumerate([ctx_python, ctx_js, ctx_yaml, ctx_json, ctx_env, ctx_java, ctx_go, ctx_toml]):
            if (i + j) % 2:
                continue
            filename, content = context(name, fs.strong_password(rng))
            out.append(("generic", name, context_name(context), filename, content))
    v = lambda: fs.strong_password(rng, rng.randrange(18, 30))  # noqa: E731
    django_alphabet = string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)"
    forms = [
        ("python-subscript", "settings.py", f"from .base import *\n\nsettings['SECRET_KEY'] = '{v()}'\nsettings['DEBUG'] = False\n"),
        ("flask-config-subscript", "app.py", f'from flask import Flask\n\napp = Flask(__name__)\napp.config["API_TOKEN"] = "{v()}"\n'),
        ("flask-secret-key", "wsgi.py", f"from app import create_app\n\napp = create_app()\napp.secret_key = '{v()}'\n"),
        ("django-secret-key", "settings.py", f"DEBUG = False\nSECRET_KEY = '{d(rng, django_alphabet, 50)}'\nALLOWED_HOSTS = ['orders.example.com']\n"),
        ("python-dict-literal", "credentials.py", f'CREDENTIALS = {{\n    "user": "svc_orders",\n    "password": "{v()}",\n}}\n'),
        ("python-keyword-argument", "db.py", f'import psycopg\n\nconn = psycopg.connect(host="db.internal", user="app", password="{v()}", dbname="orders")\n'),
        ("python-getenv-default", "config.py", f'import os\n\nAPI_TOKEN = os.getenv("API_TOKEN", "{v()}")\n'),
        ("python-environ-setdefault", "manage.py", f'import os\n\nos.environ.setdefault("SECRET_KEY", "{v()}")\n'),
        ("ruby-hash-rocket", "client.rb", f"CLIENT = Orders::Client.new(:api_key => '{v()}', :timeout => 10)\n"),
        ("ruby-hash-symbol", "seeds.rb", f'User.create!(email: "admin@example.com", password: "{v()}")\n'),
        ("rails-secret-key-base", "secrets.yml", f"production:\n  secret_key_base: {d(rng, HEX, 128)}\n"),
        ("go-map-literal", "config.go", f'package config\n\nvar Defaults = map[string]string{{\n\t"region":    "eu-west-1",\n\t"api_token": "{v()}",\n}}\n'),
        ("go-struct-literal", "store.go", f'package store\n\nvar cfg = Config{{Host: "db.internal", User: "app", Password: "{v()}"}}\n'),
        ("go-setenv", "main_test.go", f'package main\n\nimport "os"\n\nfunc init() {{ os.Setenv("API_SECRET", "{v()}") }}\n'),
        ("js-headers-object", "api.js", f"export const headers = {{ 'X-Auth-Token': '{v()}', Accept: 'application/json' }};\n"),
        ("js-env-fallback", "server.js", f"process.env.SESSION_SECRET = process.env.SESSION_SECRET || '{v()}';\n"),
        ("xml-element", "db.xml", f"<datasource>\n  <url>jdbc:postgresql://db.internal/orders</url>\n  <username>app</username>\n  <password>{v()}</password>\n</datasource>\n"),
        ("xml-attribute", "context.xml", f'<Context>\n  <Resource name="jdbc/orders" username="app" password="{v()}" url="jdbc:mysql://db/orders"/>\n</Context>\n'),
        ("yaml-nested", "application.yml", f"spring:\n  datasource:\n    url: jdbc:postgresql://db/orders\n    username: app\n    password: {v()}\n"),
        ("yaml-env-list", "deployment.yaml", f"containers:\n  - name: api\n    env:\n      - name: API_TOKEN\n        value: \"{v()}\"\n"),
        ("helm-values", "values.yaml", f"auth:\n  username: orders\n  rootPassword: \"{v()}\"\n"),
        ("ansible-vars", "vars.yml", f"ansible_user: deploy\nansible_become_password: \"{v()}\"\n"),
        ("compose-environment", "docker-compose.yml", f"services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: {v()}\n"),
        ("toml-table", "Config.toml", f"[auth]\nprovider = \"internal\"\ntoken = \"{v()}\"\n"),
        ("ini-section", "app.ini", f"[database]\nhost = db.internal\nuser = app\npassword = {v()}\n"),
        ("properties", "db.properties", f"db.url=jdbc:mysql://db/orders\ndb.user=app\ndb.password={v()}\n"),
        ("hcl-resource", "rds.tf", f'resource "aws_db_instance" "orders" {{\n  engine   = "postgres"\n  username = "app"\n  password = "{v()}"\n}}\n'),
        ("hcl-variable-default", "variables.tf", f'variable "admin_password" {{\n  type    = string\n  default = "{v()}"\n}}\n'),
        ("shell-export", "env.sh", f"#!/bin/sh\nexport API_SECRET='{v()}'\n"),
        ("shell-assignment", "backup.sh", f"#!/bin/bash\nPGPASSWORD={v()}\npg_dump -h db.internal -U app orders > dump.sql\n"),
        ("makefile-variable", "Makefile", f"REGISTRY_TOKEN := {v()}\n\nlogin:\n\techo $(REGISTRY_TOKEN) | docker login -u ci --password-stdin\n"),
        ("json-nested", "appsettings.json", json.dumps({"Auth": {"Authority": "https://login.example.com", "ClientSecret": v()}}, indent=2) + "\n"),
        ("powershell-securestring", "connect.ps1",
         f'$password = ConvertTo-SecureString "{v()}" -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential ("svc_orders", $password)\n'),
        ("powershell-variable", "setup.ps1", f'$ApiKey = "{v()}"\nInvoke-RestMethod -Uri https://api.example.com -Headers @{{ "X-Api-Key" = $ApiKey }}\n'),
        ("csharp-network-credential", "Mailer.cs", f'var credentials = new NetworkCredential("noreply@example.com", "{v()}");\n'),
        ("csharp-var", "Program.cs", f'var clientSecret = "{v()}";\nvar app = new ConfidentialClient(clientSecret);\n'),
        ("php-define", "wp-config.php", f"<?php\ndefine('DB_NAME', 'orders');\ndefine('DB_PASSWORD', '{v()}');\n"),
        ("php-variable", "config.php", f"<?php\n$db_user = 'app';\n$db_password = '{v()}';\n"),
        ("rust-let", "main.rs", f'fn main() {{\n    let api_key = "{v()}";\n    run(api_key);\n}}\n'),
        ("kotlin-val", "Auth.kt", f'val secretKey = "{v()}"\n'),
        ("swift-let", "Keys.swift", f'let apiSecret = "{v()}"\n'),
        ("java-set-property", "Mail.java", f'props.setProperty("mail.smtp.password", "{v()}");\n'),
        ("c-define", "config.h", f'#pragma once\n#define API_KEY "{v()}"\n'),
        ("perl-variable", "sync.pl", f"my $password = '{v()}';\n"),
        ("sql-create-user", "init.sql", f"CREATE USER reporting WITH PASSWORD '{v()}';\n"),
        ("sql-identified-by", "grants.sql", f"ALTER USER app IDENTIFIED BY '{v()}';\n"),
        ("laravel-app-key", ".env", f"APP_NAME=Orders\nAPP_KEY=base64:{key_b64(rng, 32)}\n"),
        ("actions-with-password", "release.yml",
         f"steps:\n  - uses: docker/login-action@v3\n    with:\n      username: ci-bot\n      password: {v()}\n"),
        ("notebook-cell", "analysis.ipynb",
         json.dumps({"cells": [{"cell_type": "code", "metadata": {}, "source": ["import client\n", f"api_key = \"{v()}\"\n"], "outputs": [],
                                "execution_count": 1}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n"),
    ]
    out += [("generic", kind, kind, filename, content) for kind, filename, content in forms]
    return out


# --- encoded and split provider tokens -----------------------------------------------------------------

def encoded_forms(rng):
    github, stripe, slack_hook = fs.github_pat(rng), fs.stripe_live(rng), fs.slack_webhook(rng)
    aws_file = f"[default]\naws_access_key_id = {fs.aws_access_key_id(rng)}\naws_secret_access_key = {fs.aws_secret_access_key(rng)}\n"
    split_github = fs.github_pat(rng)
    split_stripe = fs.stripe_live(rng)
    split_aws = fs.aws_access_key_id(rng)
    split_slack = fs.slack_bot(rng)
    out = [
        ("base64-github-pat", "k8s secret data", "secret.yaml",
         f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: ci\ntype: Opaque\ndata:\n  GITHUB_TOKEN: {b64(github.encode())}\n"),
        ("base64-stripe-key", "env", ".env", f"STRIPE_KEY_B64={b64(stripe.encode())}\n"),
        ("base64-aws-credentials-file", "ci variables", ".gitlab-ci.yml",
         f"variables:\n  AWS_CREDENTIALS_B64: \"{b64(aws_file.encode())}\"\nscript:\n  - echo $AWS_CREDENTIALS_B64 | base64 -d > ~/.aws/credentials\n"),
        ("base64-slack-webhook", "json", "alerts.json", json.dumps({"channel": "#ops", "webhook": b64(slack_hook.encode())}, indent=2) + "\n"),
        ("base64-anthropic-key", "python", "client.py",
         f'import base64\n\nKEY = base64.b64decode("{b64(fs.anthropic(rng).encode())}").decode()\n'),
        ("hex-github-pat", "go", "token.go", f'package main\n\nvar tokenHex = "{fs.github_pat(rng).encode().hex()}"\n'),
        ("hex-openai-key", "python", "keys.py", f'OPENAI_KEY = bytes.fromhex("{fs.openai_project(rng).encode().hex()}").decode()\n'),
        ("url-encoded-slack-webhook", "query string", "notify.sh",
         f"#!/bin/sh\ncurl \"https://relay.example.com/forward?target={urllib.parse.quote(fs.slack_webhook(rng), safe='')}&text=deployed\"\n"),
        ("url-encoded-github-pat", "query string", "links.md",
         "# Mirror\n\n[sync](https://mirror.example.com/import?repo="
         + urllib.parse.quote("https://x-access-token:" + fs.github_pat(rng) + "@github.com/orders/api.git", safe="") + ")\n"),
        ("url-encoded-azure-connection-string", "query string", "import.http",
         "POST https://etl.example.com/jobs?source=" + urllib.parse.quote(
             "DefaultEndpointsProtocol=https;AccountName=ordersdata;AccountKey=" + key_b64(rng, 64) + ";EndpointSuffix=core.windows.net", safe="")
         + "\n"),
        ("concatenated-github-pat", "python", "bot.py", f'token = "{split_github[:7]}" + "{split_github[7:]}"\n'),
        ("concatenated-stripe-key", "js", "billing.js", f"const key = '{split_stripe[:8]}' + '{split_stripe[8:]}';\n"),
        ("concatenated-aws-key-id", "java", "Aws.java", f'String accessKeyId = "{split_aws[:10]}" + "{split_aws[10:]}";\n'),
        ("concatenated-slack-token", "go", "notify.go", f'package notify\n\nvar botToken = "{split_slack[:18]}" + "{split_slack[18:]}"\n'),
        ("base64-private-key", "env", ".env", f"SSH_KEY_B64={b64((fs.openssh_private_key(rng) + chr(10)).encode())}\n"),
    ]
    return [("encoded", kind, context, filename, content) for kind, context, filename, content in out]


def all_forms(rng):
    out = []
    for make in (cloud_forms, cloud_native_forms, package_registry_forms, crypto_forms, email_forms, http_auth_forms, connection_forms,
                 password_hash_forms, private_key_forms, jwt_forms, generic_forms, encoded_forms):
        out += make(rng)
    return out
