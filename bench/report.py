#!/usr/bin/env python3
"""Collects benchmark rows and renders the one results table.

  report.py add ROWS.jsonl --part P --corpus C --tool T [--hyperfine H.json --command-index I]
                [--bytes N] [--result TEXT] [--role subject|peer|floor] [--goal TEXT] [--note TEXT] [--met yes|no]
  report.py table OUTDIR...   prints the Markdown table of every OUTDIR/*.jsonl and writes it (with
                              notes) to bench/results.md

Ratios are always "backstop vs this tool" within one part and one corpus:
  scan:       backstop MB/s / tool MB/s         (goal: >= 0.5 against ripgrep, >= 20 against detect-secrets)
  pre-commit: backstop median / tool median     (goal: < 1, i.e. faster, against git-secrets; backstop <= 20 ms)
  snapshot:   backstop median / git CLI median  (goals per row: --goal-max-s on a backstop row, a median
                                                 limit; --goal-ratio-max on a git row, a ratio limit)
  watch:      backstop median / tool median     (rollback: --goal-max-s; memory and idle rows: --met, judged by
                                                 bench/watch.sh)
"""

import argparse
import json
import os
import statistics
import sys

GOALS = {
    # (part, tool prefix) -> (text, test on the ratio)
    ("scan", "ripgrep"): ("backstop ≥ 0.5× rg", lambda r: r >= 0.5),
    ("scan", "detect-secrets"): ("backstop ≥ 20× detect-secrets", lambda r: r >= 20),
    ("pre-commit", "git-secrets"): ("backstop faster (< 1×)", lambda r: r < 1),
}


def hyperfine_stats(path, index):
    data = json.load(open(path))["results"][index]
    times = data["times"]
    return {"median_s": statistics.median(times), "runs": len(times), "min_s": min(times), "max_s": max(times),
            "exit_codes": sorted(set(data.get("exit_codes") or []))}


def add(args):
    row = {"part": args.part, "corpus": args.corpus, "tool": args.tool, "role": args.role,
           "result": args.result or "", "note": args.note or "", "goal": args.goal or ""}
    if args.hyperfine:
        row.update(hyperfine_stats(args.hyperfine, args.command_index))
    if args.seconds is not None:
        row.update({"median_s": args.seconds, "runs": args.runs or 1})
    if args.bytes:
        row["bytes"] = args.bytes
        row["mb_per_s"] = args.bytes / 1e6 / row["median_s"]
    if args.value is not None:
        row["value"] = args.value
    if args.goal_max_s is not None:
        row["goal_max_s"] = args.goal_max_s
    if args.goal_ratio_max is not None:
        row["goal_ratio_max"] = args.goal_ratio_max
    if args.met:
        row["met"] = "yes" if args.met == "yes" else "**no**"
    with open(args.rows, "a") as handle:
        handle.write(json.dumps(row) + "\n")


def duration(seconds):
    if seconds is None:
        return "—"
    if seconds < 1:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds:.2f} s"


def render(rows):
    lines = ["| part | corpus | tool | median (runs) | result | backstop vs tool | goal | met |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for row in rows:
        ratio = goal = met = ""
        subject = next((r for r in rows if r["part"] == row["part"] and r["corpus"] == row["corpus"] and r["role"] == "subject"), None)
        if row["role"] in ("peer", "reference") and subject:
            key = next((k for k in GOALS if k[0] == row["part"] and row["tool"].startswith(k[1])), None)
            if row["part"] == "scan" and "mb_per_s" in row and "mb_per_s" in subject:
                value = subject["mb_per_s"] / row["mb_per_s"]
                ratio = f"{value:.2f}× the MB/s"
            elif row["part"] in ("pre-commit", "snapshot", "watch", "recover", "agent") and "median_s" in row and "median_s" in subject:
                value = subject["median_s"] / row["median_s"]
                ratio = f"{value:.2f}× the time"
            else:
                value = None
            if key and value is not None and row["role"] == "peer":
                goal, test = GOALS[key]
                met = "yes" if test(value) else "**no**"
            if "goal_ratio_max" in row and value is not None:
                met = "yes" if value <= row["goal_ratio_max"] else "**no**"
        if row["role"] == "subject" and row.get("goal"):
            goal = row["goal"]
            if row["part"] == "pre-commit" and "median_s" in row:
                met = "yes" if row["median_s"] <= 0.020 else "**no**"
        if "goal_max_s" in row and "median_s" in row:
            met = "yes" if row["median_s"] <= row["goal_max_s"] else "**no**"
        if row.get("goal") and not goal:
            goal = row["goal"]
        if "met" in row:
            met = row["met"]
        median = "—" if "median_s" not in row else f"{duration(row['median_s'])} ({row.get('runs', 1)})"
        result = row["result"]
        if "mb_per_s" in row:
            result = f"**{row['mb_per_s']:.1f} MB/s**" + (f", {result}" if result else "")
        lines.append(f"| {row['part']} | {row['corpus']} | {row['tool']} | {median} | {result} | {ratio} | {goal} | {met} |")
    return "\n".join(lines)


def table(args):
    rows, notes, headers = [], [], []
    note_order = ["scan", "precommit", "accuracy", "snapshot", "watch", "recover", "agent"]
    order = {"scan": 0, "pre-commit": 1, "accuracy": 2, "snapshot": 3, "watch": 4, "recover": 5, "agent": 6}
    for directory in args.dirs:
        names = sorted(os.listdir(directory), key=lambda n: (next((i for i, p in enumerate(note_order) if n.startswith(p + ".")), 9), ".load." in n, n))
        for name in names:
            path = os.path.join(directory, name)
            if name.endswith(".jsonl"):
                rows += [json.loads(line) for line in open(path) if line.strip()]
            elif name.endswith(".notes.md"):
                notes.append((name.split(".")[0], open(path).read().strip()))
            elif name == "header.md":
                headers.append(open(path).read().strip())
    rows.sort(key=lambda r: order.get(r["part"], 9))
    text = render(rows)
    print(text)
    if args.write:
        # Parts this run did not measure keep their rows, notes and run headers from the file.
        kept_rows, kept_notes, kept_headers = earlier(args.write, {r["part"] for r in rows}, {run for run, _ in notes})
        lines = text.split("\n")
        table_rows = sorted([(order.get(r["part"], 9), line) for r, line in zip(rows, lines[2:])]
                            + [(order.get(part, 9), line) for part, line in kept_rows], key=lambda pair: pair[0])
        text = "\n".join(lines[:2] + [line for _, line in table_rows])
        # A part's notes stay together, in the parts' order; within a part, in the order written.
        kept = [(min(ran_parts([text]), key=lambda run: note_order.index(run) if run in note_order else 9), text) for text in kept_notes]
        notes = [text for _, text in sorted(notes + kept, key=lambda note: note_order.index(note[0]) if note[0] in note_order else 9)]
        headers = newest_per_build([h for h in kept_headers if h not in headers] + headers)
        body = "# Backstop benchmarks\n\nGenerated by `bench/run.sh`; do not edit by hand.\n\n"
        body += "\n\n".join(headers) + "\n\n" + text + "\n\n## Notes\n\n" + "\n\n".join(notes) + "\n"
        # Paths in the notes are written relative to the repository: the results speak of the
        # project, not of the machine that ran them.
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + "/"
        with open(args.write, "w") as handle:
            handle.write(body.replace(root, ""))


def newest_per_build(headers):
    """One run header per mode, backstop version and commit: a rerun of the same build replaces the header
    of the earlier one, so running a part again leaves the file as one run would."""
    def build(header):
        first = header.split("\n", 1)[0]
        return first.split(", ", 1)[1] if ", " in first else first
    newest = {build(h): i for i, h in enumerate(headers)}
    return [h for i, h in enumerate(headers) if newest[build(h)] == i]


def ran_parts(notes):
    """The run names (scan, precommit, ...) whose load line (`- **NAME** ran ...`) the notes hold."""
    import re
    return {name for note in notes for name in re.findall(r"^- \*\*([a-z-]+)\*\* ran ", note, re.M)}


def earlier(path, parts, runs):
    """What an earlier results.md holds for parts this run did not measure: its table rows (part,
    line), its note sections (those whose load line names a run this one did not make), and its run
    headers."""
    if not os.path.exists(path):
        return [], [], []
    text = open(path).read()
    head, _, notes_text = text.partition("\n## Notes\n")
    rows, headers, block = [], [], []
    for line in head.split("\n"):
        if line.startswith("| ") and not line.startswith("| part ") and not line.startswith("| ---"):
            part = line.split("|")[1].strip()
            if part not in parts:
                rows.append((part, line))
        elif line.startswith("Run ") or (block and line and not line.startswith("|")):
            block.append(line)
        elif block:
            headers.append("\n".join(block))
            block = []
    if block:
        headers.append("\n".join(block))
    sections = ["### " + section.strip() for section in notes_text.split("\n### ") if section.strip()]
    sections[0:1] = [sections[0][4:]] if sections and sections[0].startswith("### ### ") else sections[0:1]
    kept = [section for section in sections if ran_parts([section]) and not (ran_parts([section]) & runs)]
    return rows, kept, headers


def info(args):
    """Small facts the shell scripts print, kept here so they need no inline Python."""
    data = json.load(open(args.file))
    if args.kind == "manifest":
        print(f"{data['files']} files, {data['planted_total']} planted fake tokens")
    elif args.kind == "rules":
        adapted = ", ".join(a["id"] for a in data["adapted"]) or "none"
        dropped = ", ".join(d["id"] for d in data["dropped"]) or "none"
        print(f"{data['kept']} of {data['total']} compile in rg; {len(data['adapted'])} of them adapted (look-around removed, "
              f"named groups respelled; loosens the match): {adapted}; {len(data['dropped'])} dropped: {dropped}")
    elif args.kind == "rules-kept":
        print(data["kept"])
    elif args.kind == "backstop-findings":
        print(len(data["findings"]))
    elif args.kind == "backstop-summary":
        s = data["summary"]
        print(f"read {s['bytes'] / 1e6:.1f} MB in {s['files']} files, skipped {s['skippedBinary']} binary and "
              f"{s['skippedLarge']} over the size cap, reported {s['seconds']} s itself")
    elif args.kind == "backstop-rules":
        import collections
        import re
        counts = collections.Counter(f["ruleID"] for f in data["findings"])
        shown = ", ".join(f"{rule} {n}" for rule, n in counts.most_common(8))
        rest = sum(counts.values()) - sum(n for _, n in counts.most_common(8))
        in_tests = sum(1 for f in data["findings"] if re.search(r"(^|/)(Tests?|tests?|testdata|fixtures)/", f["path"]))
        print((shown or "none") + (f", {rest} more in {len(counts) - 8} other rules" if rest else "")
              + (f"; {in_tests} of them under a test folder" if in_tests else ""))
    elif args.kind == "hyperfine-spread":
        # p90, max and mean CPU of one hyperfine command (--index), for the result column
        r = data["results"][args.index]
        t = sorted(r["times"])
        p90 = t[min(len(t) - 1, int(round(0.9 * (len(t) - 1))))]
        cpu = (r.get("user", 0) + r.get("system", 0)) * 1000
        print(f"p90 {duration(p90)}, max {duration(t[-1])}; CPU (user+sys, mean) {duration(cpu / 1000)}")
    elif args.kind == "detect-secrets-findings":
        print(sum(len(v) for v in data["results"].values()))
    else:
        raise SystemExit(f"unknown info kind {args.kind}")


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="what", required=True)
    a = sub.add_parser("add")
    a.add_argument("rows")
    a.add_argument("--part", required=True)
    a.add_argument("--corpus", required=True)
    a.add_argument("--tool", required=True)
    a.add_argument("--role", default="peer")
    a.add_argument("--hyperfine")
    a.add_argument("--command-index", type=int, default=0)
    a.add_argument("--seconds", type=float)
    a.add_argument("--runs", type=int, help="with --seconds: how many measurements its median is of")
    a.add_argument("--bytes", type=int)
    a.add_argument("--value", type=float)
    a.add_argument("--result")
    a.add_argument("--goal")
    a.add_argument("--note")
    a.add_argument("--goal-max-s", type=float)
    a.add_argument("--goal-ratio-max", type=float)
    a.add_argument("--met", choices=("yes", "no"), help="whether the goal was met, for rows judged by the script (no median)")
    t = sub.add_parser("table")
    t.add_argument("dirs", nargs="+")
    t.add_argument("--write")
    i = sub.add_parser("info")
    i.add_argument("kind")
    i.add_argument("file")
    i.add_argument("--index", type=int, default=0)
    args = parser.parse_args()
    {"add": add, "table": table, "info": info}[args.what](args)


if __name__ == "__main__":
    main()
