#!/usr/bin/env python3
"""Recall and false positives on a labelled corpus, backstop vs detect-secrets, overall and per family.

The corpus is generated at run time (seeded, so every run is the same) under .build-bench/accuracy/:
one file per case, each holding either ONE fake secret or ONE negative in a small amount of neutral code.
Every case belongs to one family:
  cloud, cloud-native, databases, source-hosting, ci-cd, package-registries, observability, payments,
  crypto-exchanges, messaging, email, social, ai-providers, saas   provider credentials, each in the format
      its provider documents (bench/accuracy_providers.py: prefix, length, alphabet, markers, checksums),
      written under their usual names in a few of many syntaxes, and (when the value has a shape of its own)
      under a neutral name or bare; plus the files their clients read (kubeconfig, Docker's config.json,
      .npmrc, .pypirc, Sidekiq's bundler credentials...) from bench/accuracy_forms.py
  http-auth, connection-urls, password-hashes, private-keys, jwt, generic   secrets by shape: Authorization
      headers, curl -u, .netrc; URLs and connection strings with a password; shadow, htpasswd and other
      hash lines; PEM, PuTTY, age, WireGuard and JWK keys; JWTs and JWEs; generic assignments in many syntaxes
  encoded   provider tokens base64- or hex-encoded, URL-encoded in a query string, or split by concatenation
Negatives (bench/accuracy_negatives.py), in the same families: placeholders and documented example keys,
values public by design, right prefix with the wrong length or checksum, identifiers, digests, lockfiles,
lookups, encrypted files meant to be committed, public keys and certificates, and a provider's name inside
another word. Every secret is assembled from parts; nothing whole is committed.

Then it runs `backstop scan --format json DIR` and `detect-secrets -C DIR scan --all-files`, and scores per
file: a secret file counts as found if the tool reports anything in it; a negative file counts as a false
positive if the tool reports anything in it. Recall = secret files found / secret files;
FP = negative files flagged / negative files; precision = found / (found + flagged). Provider recall is
recall over the fourteen provider families. Per family: recall, and negative files flagged.
Called by bench/run.sh (needs BACKSTOP, DETECT_SECRETS, WORK, ROOT, OUT in the environment).
"""

import collections
import json
import os
import random
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import accuracy_forms  # noqa: E402
import accuracy_negatives  # noqa: E402
import accuracy_providers  # noqa: E402
from accuracy_contexts import NAMED_CONTEXTS, context_name, ctx_bare, ctx_neutral  # noqa: E402

SEED = 20240601

PROVIDER_FAMILIES = ["cloud", "cloud-native", "databases", "source-hosting", "ci-cd", "package-registries", "observability",
                     "payments", "crypto-exchanges", "messaging", "email", "social", "ai-providers", "saas"]
SHAPE_FAMILIES = ["http-auth", "connection-urls", "password-hashes", "private-keys", "jwt", "generic"]
FAMILIES = PROVIDER_FAMILIES + SHAPE_FAMILIES + ["encoded"]


# --- cases -----------------------------------------------------------------------------------------

def provider_cases(rng):
    """Each provider credential three times: under its name in two (keyed: three) syntaxes taken in turn from
    every named context, and, when the value has a shape of its own, once under a neutral name or bare."""
    cases, turn = [], 0
    for provider in accuracy_providers.providers():
        named = 3 if provider.keyed else 2
        contexts = [NAMED_CONTEXTS[(turn + i) % len(NAMED_CONTEXTS)] for i in range(named)]
        turn += named
        if not provider.keyed:
            contexts.append(ctx_neutral if turn % 2 else ctx_bare)
        for context in contexts:
            filename, content = context(provider.name, provider.make(rng))
            label = "neutral-name" if context is ctx_neutral else context_name(context)
            cases.append((provider.family, provider.kind, label, filename, content))
    return cases


def secret_cases(rng):
    return provider_cases(rng) + accuracy_forms.all_forms(rng)


def negative_cases(rng):
    return accuracy_negatives.all_negatives(rng)


# --- running the tools -----------------------------------------------------------------------------

def write_corpus(root, cases):
    if os.path.exists(root):
        shutil.rmtree(root)
    labels = {}
    for index, (label, family, kind, context, filename, content) in enumerate(cases):
        folder = os.path.join(root, f"{index:04d}")
        os.makedirs(folder)
        with open(os.path.join(folder, filename), "w") as handle:
            handle.write(content)
        labels[f"{index:04d}/{filename}"] = {"label": label, "family": family, "kind": kind, "context": context}
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
    s = {"tp": 0, "secrets": 0, "fp": 0, "negatives": 0, "provider_tp": 0, "provider": 0,
         "found": collections.Counter(), "cases": collections.Counter(), "flagged": collections.Counter(), "negative_files": collections.Counter(),
         "missed": collections.defaultdict(collections.Counter), "false": collections.defaultdict(list)}
    for path, label in labels.items():
        hit = bool(flagged.get(path))
        family = label["family"]
        if label["label"] == "secret":
            s["secrets"] += 1
            s["tp"] += hit
            s["cases"][family] += 1
            s["found"][family] += hit
            if family in PROVIDER_FAMILIES:
                s["provider"] += 1
                s["provider_tp"] += hit
            if not hit:
                s["missed"][family][label["kind"]] += 1
        else:
            s["negatives"] += 1
            s["fp"] += hit
            s["negative_files"][family] += 1
            s["flagged"][family] += hit
            if hit:
                s["false"][family].append(f"{label['kind']} [{', '.join(sorted(flagged[path]))}]")
    return s


def pct(a, b):
    return f"{100 * a / b:.1f}%" if b else "—"


def counted(counter):
    return ", ".join(f"{k} ×{v}" if v > 1 else k for k, v in sorted(counter.items()))


def main():
    work, root, out = os.environ["WORK"], os.environ["ROOT"], os.environ["OUT"]
    backstop, detect_secrets = os.environ["BACKSTOP"], os.environ["DETECT_SECRETS"]
    rng = random.Random(SEED)
    cases = [("secret",) + c for c in secret_cases(rng)] + [("negative",) + c for c in negative_cases(rng)]
    unknown = sorted({c[1] for c in cases} - set(FAMILIES))
    if unknown:
        raise SystemExit(f"accuracy: cases in unknown families: {', '.join(unknown)}")
    corpus = os.path.join(work, "accuracy", "corpus")
    labels = write_corpus(corpus, cases)
    with open(os.path.join(work, "accuracy", "labels.json"), "w") as handle:
        json.dump(labels, handle, indent=1)
    n_secret = sum(1 for l in labels.values() if l["label"] == "secret")
    n_negative = len(labels) - n_secret
    kinds = collections.defaultdict(set)
    for label in labels.values():
        if label["label"] == "secret":
            kinds[label["family"]].add(label["kind"])
    n_kinds = sum(len(k) for k in kinds.values())
    print(f"bench: accuracy corpus: {n_secret} secret files ({n_kinds} providers and forms), {n_negative} negative files", file=sys.stderr)

    results = {}
    backstop_flagged, backstop_seconds = run_backstop(backstop, corpus, root)
    results["backstop scan"] = (score(labels, backstop_flagged), backstop_seconds)
    ds_flagged, ds_seconds = run_detect_secrets(detect_secrets, corpus)
    ds_version = subprocess.run([detect_secrets, "--version"], capture_output=True, text=True).stdout.strip()
    results[f"detect-secrets {ds_version}"] = (score(labels, ds_flagged), ds_seconds)
    with open(os.path.join(work, "accuracy", "flagged.json"), "w") as handle:
        json.dump({tool: {path: sorted(rules) for path, rules in flagged.items()} for tool, flagged in
                   (("backstop scan", backstop_flagged), (f"detect-secrets {ds_version}", ds_flagged))}, handle, indent=1)

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
    ours, theirs = results[tools[0]][0], results[tools[1]][0]
    lines = ["### Recall and false positives", "",
             f"- Corpus: `bench/accuracy.py` (seed {SEED}), one case per file, {n_secret} secret files ({n_kinds} providers and forms in "
             f"{len(kinds)} families) and {n_negative} negative files, generated at run time in `.build-bench/accuracy/` (labels in "
             "`labels.json`, what each tool reported in `flagged.json`). Provider credentials follow each provider's documented format "
             "(`bench/accuracy_providers.py`); config files, HTTP authentication, connection strings, hashes, keys, JWTs, generic "
             "assignments and encoded tokens are in `bench/accuracy_forms.py`; negatives in `bench/accuracy_negatives.py`.",
             "- Scored per file: a secret file is found when the tool reports anything in it, a negative file is a false positive when "
             "the tool reports anything in it. Provider recall is over the fourteen provider families (cloud to saas).",
             "- The goal column is the research goals G3/G4 (recall ≥ 85% overall and ≥ 95% on provider tokens; zero findings on these false-positive classes).",
             "", "Recall by family:", "",
             f"| family | kinds | cases | backstop found | recall | {tools[1]} recall |", "| --- | --- | --- | --- | --- | --- |"]
    for family in FAMILIES:
        cases_n = ours["cases"][family]
        if cases_n:
            lines.append(f"| {family} | {len(kinds[family])} | {cases_n} | {ours['found'][family]} | {pct(ours['found'][family], cases_n)} | "
                         f"{pct(theirs['found'][family], cases_n)} |")
    lines.append(f"| **all** | {n_kinds} | {ours['secrets']} | {ours['tp']} | {pct(ours['tp'], ours['secrets'])} | {pct(theirs['tp'], theirs['secrets'])} |")
    lines += ["", "False positives by family:", "",
              f"| family | negative files | backstop flagged | {tools[1]} flagged |", "| --- | --- | --- | --- |"]
    for family in FAMILIES:
        files = ours["negative_files"][family]
        if files:
            lines.append(f"| {family} | {files} | {ours['flagged'][family]} | {theirs['flagged'][family]} |")
    lines.append(f"| **all** | {ours['negatives']} | {ours['fp']} | {theirs['fp']} |")
    for tool in tools:
        s = results[tool][0]
        missed = "; ".join(f"{family}: {counted(s['missed'][family])}" for family in FAMILIES if s["missed"][family]) or "none"
        false = "; ".join(f"{family}: {', '.join(s['false'][family])}" for family in FAMILIES if s["false"][family]) or "none"
        lines += ["", f"- **{tool}** missed (kind ×files): {missed}.", f"- **{tool}** flagged negatives: {false}."]
    with open(os.path.join(out, "accuracy.notes.md"), "w") as handle:
        handle.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
