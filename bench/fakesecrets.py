"""Fake secrets, assembled at run time from parts.

Shared by bench/corpus.py (the throughput corpus) and bench/accuracy.py (the labelled corpus).
No complete, realistic token literal is written in this file: every provider prefix is split and
every body is drawn from a seeded random generator, so nothing committed here looks like a leak
to any scanner, and every run with the same seed produces the same tokens.
"""

import base64
import binascii
import json
import random
import string

BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase  # 0-9A-Za-z, GitHub's order
ALNUM = string.ascii_letters + string.digits
UPPER_B32 = string.ascii_uppercase + "234567"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
HEX = "0123456789abcdef"


def draw(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def base62(number: int) -> str:
    if number == 0:
        return "0"
    digits = []
    while number:
        number, rest = divmod(number, 62)
        digits.append(BASE62[rest])
    return "".join(reversed(digits))


# Provider prefixes, split so that no whole prefix-plus-body literal exists in a committed file.
P_AWS = "AK" + "IA"
P_GHP = "gh" + "p_"
P_GHO = "gh" + "o_"
P_GHS = "gh" + "s_"
P_GH_FINE = "github" + "_pat_"
P_GLPAT = "gl" + "pat-"
P_XOXB = "xo" + "xb-"
P_XOXP = "xo" + "xp-"
P_SLACK_HOOK = "https://hooks." + "slack.com/services/"
P_STRIPE_LIVE = "sk" + "_live_"
P_STRIPE_RESTRICTED = "rk" + "_live_"
P_OPENAI_PROJ = "sk" + "-proj-"
OPENAI_MARK = "T3Blbk" + "FJ"
P_ANTHROPIC = "sk" + "-ant-" + "api03-"
P_NPM = "np" + "m_"
P_PYPI = "pypi" + "-AgEIcHlwaS5vcmc"
P_SENDGRID = "S" + "G."
P_GOOGLE = "AI" + "za"
P_HF = "h" + "f_"
P_SHOPIFY = "shp" + "at_"
PEM_BEGIN = "-----" + "BEGIN "
PEM_END = "-----" + "END "


def aws_access_key_id(rng):
    return P_AWS + draw(rng, UPPER_B32, 16)


def aws_secret_access_key(rng):
    return draw(rng, B64, 40)


def github_checksummed(rng, prefix):
    """GitHub's token format: 30 random base62 characters, then the CRC32 of those 30 characters
    in base62, left-padded with '0' to 6 characters."""
    body = draw(rng, BASE62, 30)
    checksum = base62(binascii.crc32(body.encode())).rjust(6, "0")
    return prefix + body + checksum


def github_pat(rng):
    return github_checksummed(rng, P_GHP)


def github_oauth(rng):
    return github_checksummed(rng, P_GHO)


def github_app(rng):
    return github_checksummed(rng, P_GHS)


def github_fine_grained(rng):
    return P_GH_FINE + draw(rng, ALNUM, 22) + "_" + draw(rng, ALNUM, 59)


def gitlab_pat(rng):
    return P_GLPAT + draw(rng, ALNUM + "-_", 20)


def slack_bot(rng):
    return P_XOXB + draw(rng, string.digits, 12) + "-" + draw(rng, string.digits, 13) + "-" + draw(rng, ALNUM, 24)


def slack_user(rng):
    return (P_XOXP + draw(rng, string.digits, 12) + "-" + draw(rng, string.digits, 12) + "-"
            + draw(rng, string.digits, 13) + "-" + draw(rng, HEX, 32))


def slack_webhook(rng):
    return P_SLACK_HOOK + "T" + draw(rng, UPPER_B32, 8) + "/B" + draw(rng, UPPER_B32, 10) + "/" + draw(rng, ALNUM, 24)


def stripe_live(rng):
    return P_STRIPE_LIVE + draw(rng, ALNUM, 24 + rng.randrange(0, 76))


def stripe_restricted(rng):
    return P_STRIPE_RESTRICTED + draw(rng, ALNUM, 24 + rng.randrange(0, 76))


def openai_project(rng):
    return P_OPENAI_PROJ + draw(rng, B64URL, 74) + OPENAI_MARK + draw(rng, B64URL, 74)


def openai_legacy(rng):
    return "sk" + "-" + draw(rng, ALNUM, 20) + OPENAI_MARK + draw(rng, ALNUM, 20)


def anthropic(rng):
    return P_ANTHROPIC + draw(rng, B64URL, 93) + "AA"


def npm_token(rng):
    return P_NPM + draw(rng, ALNUM, 36)


def pypi_token(rng):
    return P_PYPI + draw(rng, B64URL, 70)


def sendgrid(rng):
    return P_SENDGRID + draw(rng, B64URL, 22) + "." + draw(rng, B64URL, 43)


def google_api_key(rng):
    return P_GOOGLE + draw(rng, B64URL, 35)


def huggingface(rng):
    return P_HF + draw(rng, string.ascii_letters, 34)


def shopify(rng):
    return P_SHOPIFY + draw(rng, HEX, 32)


def twilio_api_key(rng):
    return "S" + "K" + draw(rng, HEX, 32)


def _b64_lines(raw: bytes, width=64):
    text = base64.b64encode(raw).decode()
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def private_key(rng, kind="RSA "):
    """A PEM private key block. The body is random bytes, so no real key exists anywhere."""
    label = kind + "PRIVATE KEY"
    raw = bytes(rng.randrange(256) for _ in range(rng.choice([600, 900, 1190])))
    return PEM_BEGIN + label + "-----\n" + _b64_lines(raw) + "\n" + PEM_END + label + "-----"


def openssh_private_key(rng):
    label = "OPENSSH PRIVATE KEY"
    raw = b"openssh-key-v1\x00" + bytes(rng.randrange(256) for _ in range(380))
    return PEM_BEGIN + label + "-----\n" + _b64_lines(raw, 70) + "\n" + PEM_END + label + "-----"


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt(rng):
    header = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    payload = _b64url(json.dumps({"sub": str(rng.randrange(10**6, 10**9)), "name": "svc-" + draw(rng, string.ascii_lowercase, 6),
                                  "iat": 1700000000 + rng.randrange(10**7)}).encode())
    signature = _b64url(bytes(rng.randrange(256) for _ in range(32)))
    return header + "." + payload + "." + signature


def strong_password(rng, n=None):
    n = n or rng.randrange(14, 28)
    alphabet = ALNUM + "!#%^*-_+"
    while True:
        value = draw(rng, alphabet, n)
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def connection_url(rng, scheme=None):
    scheme = scheme or rng.choice(["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqp"])
    user = rng.choice(["app", "admin", "svc_orders", "reporting", "deploy"])
    password = draw(rng, ALNUM, rng.randrange(14, 24))
    host = rng.choice(["db.internal", "10.0.3.17", "cluster0.abcde.mongodb.net", "cache-prod.local", "mq.prod.example.net"])
    port = {"postgres": 5432, "postgresql": 5432, "mysql": 3306, "mongodb+srv": None, "redis": 6379, "amqp": 5672}[scheme]
    where = host + (f":{port}" if port else "")
    return f"{scheme}://{user}:{password}@{where}/{rng.choice(['orders', 'app', 'prod', '0', 'vhost'])}"


def uuid4(rng):
    h = draw(rng, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def sha256_hex(rng):
    return draw(rng, HEX, 64)


def sha1_hex(rng):
    return draw(rng, HEX, 40)


def base64_blob(rng, nbytes):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode()


# The generators the throughput corpus sprinkles into code, by name.
PROVIDER_TOKENS = {
    "aws-access-key-id": aws_access_key_id,
    "github-pat": github_pat,
    "github-fine-grained-pat": github_fine_grained,
    "gitlab-pat": gitlab_pat,
    "slack-bot-token": slack_bot,
    "slack-webhook": slack_webhook,
    "stripe-live-key": stripe_live,
    "openai-project-key": openai_project,
    "anthropic-api-key": anthropic,
    "npm-token": npm_token,
    "sendgrid-api-key": sendgrid,
    "google-api-key": google_api_key,
    "huggingface-token": huggingface,
    "jwt": jwt,
}
