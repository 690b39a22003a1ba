#!/usr/bin/env python3
"""Generates the benchmark corpora (deterministic: same seed, same bytes).

  corpus.py source OUT --mb 200 [--seed 1]   source-like tree for the scan-throughput benchmark
  corpus.py repo OUT --files 100000          many small text files for the pre-commit benchmark

The source tree holds Python, JavaScript, Go, Java, YAML, JSON and Markdown files written from
templates: identifiers such as token, key, password and secret appear the way they do in real code
(env lookups, headers, config keys, validators), with UUIDs, hex digests and base64 blobs, and about
one file in 40 carries a fake provider token or password assembled by bench/fakesecrets.py. The tree is
split into shard-NNN folders of about 2 MB each, so a fixed prefix of shards is a stable subset for
slow tools. A manifest of what was planted is written next to OUT (OUT.manifest.json), not inside it.
"""

import argparse
import json
import os
import random
import re
import string
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fakesecrets as fs  # noqa: E402

NOUNS = ["user", "order", "invoice", "session", "account", "payment", "cache", "token", "key", "password",
         "secret", "config", "request", "response", "client", "server", "auth", "credential", "profile",
         "message", "queue", "event", "record", "item", "report", "tenant", "webhook", "api", "upload", "job"]
VERBS = ["get", "set", "load", "save", "fetch", "update", "delete", "create", "validate", "parse", "render",
         "handle", "process", "encode", "decode", "refresh", "rotate", "sync", "build", "check"]
ADJS = ["active", "pending", "expired", "default", "current", "remote", "local", "cached", "signed", "raw"]
WORDS = ("the a of to and in is it for on with as was at by be this from or have an they which one you "
         "were all we when there can more if no out so said what up its about into than them only other new "
         "some could time these two may first then do any like my now over such our man me even most made "
         "after also did many before must through back years where much your way well down should because "
         "each just those people how too little state good very make world still own see men work long get "
         "here between both life being under never day same another know while last might us great old year "
         "off come since against go came right used take three").split()

KNOWN = {"sha256", "sha1", "b64"}
PLACEHOLDER = re.compile("«([A-Za-z0-9_]+)»")


class Filler:
    """Values for one template block; the same placeholder name gets the same value within a block."""

    def __init__(self, rng):
        self.rng = rng
        self.values = {}

    def __call__(self, match):
        name = match.group(1)
        if name not in self.values:
            kind = name if name in KNOWN else name.rstrip("0123456789")
            self.values[name] = self.make(kind)
        return self.values[name]

    def make(self, kind):
        r = self.rng
        if kind == "noun": return r.choice(NOUNS)
        if kind == "verb": return r.choice(VERBS)
        if kind == "adj": return r.choice(ADJS)
        if kind == "Noun": return r.choice(NOUNS).capitalize()
        if kind == "Verb": return r.choice(VERBS).capitalize()
        if kind == "int": return str(r.randrange(1, 5000))
        if kind == "port": return str(r.choice([80, 443, 5432, 6379, 8080, 8443, 9000, 3000]))
        if kind == "uuid": return fs.uuid4(r)
        if kind == "sha256": return fs.sha256_hex(r)
        if kind == "sha1": return fs.sha1_hex(r)
        if kind == "b64": return fs.base64_blob(r, r.randrange(48, 240))
        if kind == "sentence": return sentence(r)
        if kind == "semver": return f"{r.randrange(0, 9)}.{r.randrange(0, 30)}.{r.randrange(0, 20)}"
        if kind == "env": return r.choice(["API_TOKEN", "DB_PASSWORD", "SECRET_KEY", "AUTH_TOKEN", "STRIPE_KEY", "REDIS_URL", "SESSION_SECRET"])
        raise KeyError(kind)


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randrange(6, 18))]
    if rng.random() < 0.4:
        words.insert(rng.randrange(len(words)), rng.choice(["token", "key", "password", "secret", "credentials"]))
    return " ".join(words).capitalize() + "."


PY = [
    '''def «verb»_«noun»(self, «noun»_id: str, timeout: float = «int».0) -> dict:
    """«sentence»"""
    cache_key = f"«noun»:{«noun»_id}"
    cached = self.cache.get(cache_key)
    if cached is not None:
        return cached
    token = self.auth.current_token()
    response = self.session.get(
        f"{self.base_url}/api/v2/«noun»s/{«noun»_id}",
        headers={"Authorization": f"Bearer {token}", "X-Request-Id": str(uuid.uuid4())},
        timeout=timeout,
    )
    response.raise_for_status()
    self.cache.set(cache_key, response.json(), ttl=«int»)
    return response.json()

''',
    '''class «Noun»«Verb»er:
    """«sentence»"""

    def __init__(self, settings):
        self.api_key = os.environ.get("«env»")
        self.password = settings.get("password")
        self.secret_name = "prod/«noun»/«adj»"
        self.max_token_length = «int»

    def validate_password(self, password: str) -> bool:
        # «sentence»
        if len(password) < 12:
            return False
        return any(c.isdigit() for c in password) and password != self.password

''',
    '''@pytest.mark.parametrize("«noun»", [«int», «int2», «int3»])
def test_«verb»_«noun»(client, «noun»):
    request_id = "«uuid»"
    expected_digest = "«sha256»"
    result = client.«verb»(«noun», request_id=request_id)
    assert hashlib.sha256(result.body).hexdigest() == expected_digest
    assert result.headers["X-Token-Type"] == "bearer"

''',
    '''«noun»_FIXTURE = {
    "id": "«uuid»",
    "commit": "«sha1»",
    "payload": "«b64»",
    "«noun»_key": "«noun»-«adj»-«int»",
    "status": "«adj»",
}

''',
    '''# «sentence»
# «sentence2»
def «verb»_«noun»_key(«noun», secret=None):
    key = hmac.new(settings.SECRET_KEY.encode(), «noun».encode(), hashlib.sha256)
    return key.hexdigest() if secret is None else secret

''',
]

JS = [
    '''export async function «verb»«Noun»(id, { token = process.env.«env», retries = «int» } = {}) {
  // «sentence»
  const response = await fetch(`${API_BASE}/v1/«noun»s/${id}`, {
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
  });
  if (!response.ok) {
    throw new Error(`«verb» «noun» failed: ${response.status}`);
  }
  return response.json();
}

''',
    '''const «noun»Schema = {
  id: { type: "string", format: "uuid", example: "«uuid»" },
  password: { type: "string", minLength: 12, writeOnly: true },
  apiKey: { type: "string", description: "«sentence»" },
  checksum: { type: "string", example: "«sha256»" },
};

''',
    '''class «Noun»Store {
  constructor(storage) {
    this.storage = storage;
    this.tokenKey = "«noun».token";
    this.secretField = "«adj»Secret";
  }

  «verb»(value) {
    // «sentence»
    const key = `${this.tokenKey}:${value.id}`;
    this.storage.setItem(key, JSON.stringify(value));
    return key;
  }
}

''',
    '''describe("«verb» «noun»", () => {
  it("«sentence»", () => {
    const token = makeToken({ sub: "«uuid»" });
    expect(«verb»«Noun»(token)).toEqual({ ok: true, digest: "«sha1»" });
  });
});

''',
    '''const ICON_«int» = "data:image/png;base64,«b64»";
const keyboardShortcuts = { key: "ctrl+shift+«int»", description: "«sentence»" };

''',
]

GO = [
    '''// «Verb»«Noun» «sentence»
func (s *«Noun»Service) «Verb»«Noun»(ctx context.Context, id string) (*«Noun», error) {
	token, err := s.tokens.Current(ctx)
	if err != nil {
		return nil, fmt.Errorf("«verb» «noun»: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.baseURL+"/v1/«noun»s/"+id, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	var out «Noun»
	if err := s.do(req, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

''',
    '''type «Noun»Config struct {
	APIKey     string `json:"api_key" env:"«env»"`
	Password   string `json:"password" env:"DB_PASSWORD"`
	SecretName string `json:"secret_name"`
	MaxTokens  int    `json:"max_tokens"`
}

var default«Noun»Config = «Noun»Config{SecretName: "«noun»/«adj»", MaxTokens: «int»}

''',
    '''func Test«Verb»«Noun»(t *testing.T) {
	// «sentence»
	want := "«sha256»"
	got := fmt.Sprintf("%x", sha256.Sum256([]byte("«noun»-«int»")))
	if got == want {
		t.Fatalf("unexpected digest for %s", "«uuid»")
	}
	key := os.Getenv("«env»")
	_ = key
}

''',
]

JAVA = [
    '''    /**
     * «sentence»
     */
    public «Noun» «verb»«Noun»(String «noun»Id) throws IOException {
        String token = tokenProvider.currentToken();
        HttpRequest request = HttpRequest.newBuilder()
            .uri(URI.create(baseUrl + "/api/«noun»s/" + «noun»Id))
            .header("Authorization", "Bearer " + token)
            .build();
        return mapper.readValue(client.send(request, BodyHandlers.ofString()).body(), «Noun».class);
    }

''',
    '''    private static final String «noun»SecretName = "«noun»/«adj»";
    private static final int MAX_PASSWORD_LENGTH = «int»;
    private final String apiKey = System.getenv("«env»");

    public boolean checkPassword(char[] password) {
        // «sentence»
        return password.length >= 12 && password.length <= MAX_PASSWORD_LENGTH;
    }

''',
    '''    @Test
    void «verb»«Noun»ReturnsDigest() {
        String expected = "«sha1»";
        String requestId = "«uuid»";
        assertEquals(expected, service.«verb»(requestId).digest());
    }

''',
]

YAML = [
    '''- name: «noun»-«adj»
  image: registry.example.com/«noun»:«semver»
  env:
    - name: «env»
      valueFrom:
        secretKeyRef:
          name: «noun»-secrets
          key: «noun»_token
    - name: PASSWORD
      value: ${DB_PASSWORD}
  ports:
    - containerPort: «port»
''',
    '''«noun»:
  enabled: true
  endpoint: https://«noun».internal:«port»/v1
  token: "{{ .Values.«noun».token }}"
  checksum: sha256:«sha256»
  description: «sentence»
''',
    '''- uses: actions/checkout@«sha1»
  with:
    token: ${{ secrets.GITHUB_TOKEN }}
- run: make «verb»-«noun»
  env:
    API_KEY: ${{ secrets.«env» }}
''',
]

MD = [
    '''## «Verb» a «noun»

«sentence» «sentence2» «sentence3»

```bash
export «env»="<your-token-here>"
curl -H "Authorization: Bearer $«env»" https://api.example.com/v1/«noun»s
```

''',
    '''«sentence» «sentence2»

| field | description |
| --- | --- |
| `«noun»_key` | «sentence3» |
| `password` | «sentence4» |
| `request_id` | for example `«uuid»` |

''',
    '''### «Noun» notes

- «sentence»
- «sentence2»
- digest: `«sha256»`

''',
]

# How a planted token is written, by file kind. {v} is the token, {n} a noun.
PLANT = {
    "py": ['{n}_token = "{v}"\n', 'client = Client(api_key="{v}")\n', 'headers["Authorization"] = "Bearer {v}"\n'],
    "js": ['const {n}Token = "{v}";\n', 'axios.defaults.headers.common["Authorization"] = `Bearer {v}`;\n'],
    "go": ['\tconst {n}Key = "{v}"\n', '\tclient := NewClient("{v}")\n'],
    "java": ['    private static final String {n}Token = "{v}";\n'],
    "yaml": ['{n}_token: {v}\n', '  api_key: "{v}"\n'],
    "json": None,
    "md": ['```\nexport TOKEN={v}\n```\n'],
}

KINDS = [("py", PY, 25), ("js", JS, 20), ("go", GO, 15), ("java", JAVA, 15), ("yaml", YAML, 8), ("json", None, 10), ("md", MD, 7)]
EXT = {"py": ".py", "js": ".js", "go": ".go", "java": ".java", "yaml": ".yaml", "json": ".json", "md": ".md"}


def json_document(rng, size):
    items = []
    total = 0
    while total < size:
        item = {
            "id": fs.uuid4(rng),
            "name": f"{rng.choice(NOUNS)}-{rng.choice(ADJS)}-{rng.randrange(1000)}",
            "token_type": "bearer",
            "expires_in": rng.randrange(300, 86400),
            "sha256": fs.sha256_hex(rng),
            "tags": [rng.choice(NOUNS) for _ in range(rng.randrange(1, 5))],
            "description": sentence(rng),
        }
        if rng.random() < 0.15:
            item["thumbnail"] = fs.base64_blob(rng, rng.randrange(100, 600))
        if rng.random() < 0.2:
            item["key"] = rng.choice(["ctrl+s", "escape", "shift+tab", f"{rng.choice(NOUNS)}.{rng.choice(NOUNS)}"])
        items.append(item)
        total += 300
    return json.dumps({"version": 3, "items": items}, indent=2) + "\n"


def text_document(rng, kind, templates, size):
    parts = []
    if kind == "py":
        parts.append("import hashlib\nimport hmac\nimport os\nimport uuid\n\n\n")
    elif kind == "go":
        parts.append(f"package {rng.choice(NOUNS)}\n\nimport (\n\t\"context\"\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n)\n\n")
    elif kind == "java":
        parts.append(f"package com.example.{rng.choice(NOUNS)};\n\npublic class {rng.choice(NOUNS).capitalize()}Service {{\n\n")
    total = sum(map(len, parts))
    while total < size:
        block = PLACEHOLDER.sub(Filler(rng), rng.choice(templates))
        parts.append(block)
        total += len(block)
    if kind == "java":
        parts.append("}\n")
    return parts


def generate_source(out, megabytes, seed):
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    shard_bytes = 2_000_000
    weights = [w for _, _, w in KINDS]
    planted = {}
    written = files = 0
    shard = -1
    shard_written = shard_bytes
    while written < target:
        if shard_written >= shard_bytes:
            shard += 1
            shard_written = 0
        kind, templates, _ = rng.choices(KINDS, weights)[0]
        size = int(rng.lognormvariate(8.8, 0.8))  # median ~6.6 KB, long tail
        size = max(400, min(size, 200_000))
        if kind == "json":
            text = json_document(rng, size)
        else:
            parts = text_document(rng, kind, templates, size)
            if rng.random() < 1 / 40:
                name = rng.choice(sorted(fs.PROVIDER_TOKENS))
                line = rng.choice(PLANT[kind]).format(v=fs.PROVIDER_TOKENS[name](rng), n=rng.choice(NOUNS))
                parts.insert(rng.randrange(1, len(parts) + 1) if len(parts) > 1 else 1, line)
                planted[name] = planted.get(name, 0) + 1
            text = "".join(parts)
        package = f"{rng.choice(NOUNS)}-{rng.choice(VERBS)}"
        folder = os.path.join(out, f"shard-{shard:03d}", package, rng.choice(["src", "lib", "internal", "docs", "config"]))
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, f"{rng.choice(VERBS)}_{rng.choice(NOUNS)}_{files}{EXT[kind]}")
        data = text.encode()
        with open(path, "wb") as handle:
            handle.write(data)
        written += len(data)
        shard_written += len(data)
        files += 1
    manifest = {"bytes": written, "files": files, "shards": shard + 1, "seed": seed, "planted": planted,
                "planted_total": sum(planted.values())}
    with open(out.rstrip("/") + ".manifest.json", "w") as handle:
        json.dump(manifest, handle, indent=1)
    print(f"corpus: {files} files, {written / 1e6:.1f} MB, {manifest['planted_total']} planted tokens in {out}", file=sys.stderr)


def generate_repo(out, count, seed):
    """count small text files in nested folders (100 per folder), cheap to write."""
    rng = random.Random(seed)
    snippets = []
    for _ in range(500):
        kind, templates, _ = rng.choice([k for k in KINDS if k[1]])
        snippets.append(PLACEHOLDER.sub(Filler(rng), rng.choice(templates)))
    per_folder = 100
    for index in range(count):
        folder = os.path.join(out, f"m{index // 10000:02d}", f"p{(index // per_folder) % 100:02d}")
        if index % per_folder == 0:
            os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"f{index:06d}.txt"), "w") as handle:
            handle.write(snippets[index % len(snippets)])
            handle.write(f"# file {index}\n")
    print(f"repo files: {count} in {out}", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    source = sub.add_parser("source")
    source.add_argument("out")
    source.add_argument("--mb", type=float, default=200)
    source.add_argument("--seed", type=int, default=1)
    repo = sub.add_parser("repo")
    repo.add_argument("out")
    repo.add_argument("--files", type=int, default=100_000)
    repo.add_argument("--seed", type=int, default=2)
    args = parser.parse_args()
    if args.what == "source":
        generate_source(args.out, args.mb, args.seed)
    else:
        generate_repo(args.out, args.files, args.seed)


if __name__ == "__main__":
    main()
