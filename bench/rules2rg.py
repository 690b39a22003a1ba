#!/usr/bin/env python3
"""Turns backstop's rules into ripgrep pattern files, so ripgrep runs the SAME rules.

  rules2rg.py RULES.json OUTDIR

RULES.json is the output of `backstop scan --list-rules --format json` (objects with id, pattern, keywords).
The patterns are ICU regexes; ripgrep 13 uses Rust's regex crate, which has no look-around, atomic groups
or possessive quantifiers. Each pattern is adapted where that only loosens it:
  - look-around groups (?=..) (?!..) (?<=..) (?<!..) are removed (the match becomes a superset),
  - named groups (?<n>..) are spelled (?P<n>..), atomic groups (?>..) become (?:..), possessive quantifiers (*+ ++ ?+ }+) become greedy ones.
Every adapted pattern is then compiled by rg itself; a pattern rg still rejects is dropped.
Writes OUTDIR/rg-unicode.txt (patterns as written: Unicode \\w, \\s, \\b and case folding, like ICU),
OUTDIR/rg-ascii.txt (each pattern prefixed with (?-u): ASCII classes, the fast mode of the regex crate;
patterns that need Unicode keep their Unicode form) and OUTDIR/rg-keywords.txt (every rule keyword, for a fixed-string reference run) and
OUTDIR/rg-rules.json (what was kept, adapted, dropped).
"""

import json
import os
import subprocess
import sys


def group_end(pattern, start):
    """Index just past the group that opens at pattern[start] == '('."""
    depth = 0
    i = start
    in_class = False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]" or pattern[i + 1:i + 3] == "^]":
                i += 2 if pattern[i + 1] == "]" else 3
                continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(pattern)


def adapt(pattern):
    """Returns (pattern, list of changes)."""
    changes = []
    out = []
    i = 0
    in_class = False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
            out.append(c)
            i += 1
            continue
        if c == "[":
            in_class = True
            out.append(c)
            if pattern[i + 1:i + 2] == "^":
                out.append("^")
                i += 1
            if pattern[i + 1:i + 2] == "]":
                out.append("]")
                i += 1
            i += 1
            continue
        for opener in ("(?<=", "(?<!", "(?=", "(?!"):
            if pattern.startswith(opener, i):
                end = group_end(pattern, i)
                changes.append("removed look-around " + pattern[i:end])
                i = end
                break
        else:
            if pattern.startswith("(?<", i) and pattern[i + 3:i + 4].isalpha():
                changes.append("named group spelled (?P<name>")
                out.append("(?P<")
                i += 3
                continue
            if pattern.startswith("(?>", i):
                changes.append("atomic group made plain")
                out.append("(?:")
                i += 3
                continue
            if c == "+" and out and out[-1] and out[-1][-1] in "*+?}" and not out[-1].startswith("\\"):
                changes.append("possessive quantifier made greedy")
                i += 1
                continue
            out.append(c)
            i += 1
    return "".join(out), changes


def compiles(pattern, rg="rg"):
    if "\n" in pattern:
        return False, "contains a newline"
    result = subprocess.run([rg, "--regexp", pattern, "--", "/dev/null"], capture_output=True, text=True)
    if result.returncode == 2:
        return False, result.stderr.strip().splitlines()[-1] if result.stderr.strip() else "rg error"
    return True, ""


def main():
    rules_path, outdir = sys.argv[1], sys.argv[2]
    rules = json.load(open(rules_path))
    os.makedirs(outdir, exist_ok=True)
    kept, dropped, adapted = [], [], []
    unicode_lines, ascii_lines = [], []
    ascii_fallbacks = 0
    for rule in rules:
        pattern, changes = adapt(rule["pattern"])
        ok, why = compiles(pattern)
        if not ok:
            dropped.append({"id": rule["id"], "reason": why})
            continue
        kept.append(rule["id"])
        if changes:
            adapted.append({"id": rule["id"], "changes": changes})
        unicode_lines.append(pattern)
        ascii_ok, _ = compiles("(?-u)" + pattern)
        if ascii_ok:
            ascii_lines.append("(?-u)" + pattern)
        else:
            ascii_lines.append(pattern)
            ascii_fallbacks += 1
    with open(os.path.join(outdir, "rg-unicode.txt"), "w") as handle:
        handle.write("\n".join(unicode_lines) + "\n")
    with open(os.path.join(outdir, "rg-ascii.txt"), "w") as handle:
        handle.write("\n".join(ascii_lines) + "\n")
    report = {"total": len(rules), "kept": len(kept), "adapted": adapted, "dropped": dropped,
              "ascii_fallbacks": ascii_fallbacks}
    keywords = sorted({k for rule in rules for k in rule.get("keywords", []) if k and "\n" not in k})
    with open(os.path.join(outdir, "rg-keywords.txt"), "w") as handle:
        handle.write("\n".join(keywords) + "\n")
    with open(os.path.join(outdir, "rg-rules.json"), "w") as handle:
        json.dump(report, handle, indent=1)
    print(f"rules: {len(rules)}, ripgrep runs {len(kept)} ({len(adapted)} adapted), dropped {len(dropped)}", file=sys.stderr)


if __name__ == "__main__":
    main()
