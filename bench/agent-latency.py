#!/usr/bin/env python3
"""The pre-tool check's latency and its rates on the command corpus (scenarios/commands/).

Every command of the corpus goes once through `backstop hook agent --dialect claude` as Claude Code's
PreToolUse hook sends it, in the corpus's fixture (scenarios/commands/run.py builds it), and each call
is timed from spawn to exit. Beside it, `backstop --version` is timed as many times: the process start
every hook pays. Median and p99 of both go into the table, with the corpus's misses and false alarms
per class. Called by bench/run.sh, which sets BACKSTOP, WORK and OUT.
"""

import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "scenarios", "commands"))
import run as corpus  # noqa: E402  (scenarios/commands/run.py)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def timed(command, env, cwd, payload=None):
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, input=payload, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   start_new_session=True, check=False)
    return time.perf_counter() - started


def main():
    backstop, work, out = os.environ["BACKSTOP"], os.environ["WORK"], os.environ["OUT"]
    base = os.path.join(work, "agent")
    if os.path.exists(base):
        subprocess.run(["rm", "-rf", base], check=True)
    os.makedirs(base)
    values = corpus.fake_values()
    root, home, env = corpus.build_fixture(base, backstop, values)
    values.update({"root": root, "home": home, "parent": os.path.dirname(root)})
    entries = corpus.read_corpus([])
    hook, start = [], []
    for index, (label, source, template) in enumerate(entries):
        payload = json.dumps({"session_id": "bench", "cwd": root, "hook_event_name": "PreToolUse", "tool_name": "Bash",
                              "tool_input": {"command": corpus.substitute(template, values, source)},
                              "tool_use_id": f"toolu_bench_{index:04d}"}).encode()
        hook.append(timed([backstop, "-C", root, "hook", "agent", "--dialect", "claude"], env, root, payload))
        start.append(timed([backstop, "--version"], env, root))
    rates = subprocess.run([sys.executable, os.path.join(os.path.dirname(HERE), "scenarios", "commands", "run.py"), "--backstop", backstop,
                            "--format", "json"], stdout=subprocess.PIPE, check=True)
    report = json.loads(rates.stdout)
    rows = os.path.join(out, "agent.jsonl")
    open(rows, "w").close()
    label = f"command corpus, {len(entries)} commands, one call each"
    add = [sys.executable, os.path.join(HERE, "report.py"), "add", rows, "--part", "agent", "--corpus", label]
    overall = report.get("overall", {})
    subprocess.run(add + ["--tool", "backstop hook agent --dialect claude (PreToolUse)", "--role", "subject",
                          "--seconds", str(statistics.median(hook)), "--runs", str(len(hook)),
                          "--result", f"p99 {percentile(hook, 0.99) * 1000:.1f} ms, max {max(hook) * 1000:.1f} ms; "
                                      f"missed {overall.get('missed', '?')}, false alarms {overall.get('falseAlarms', '?')}"],
                   check=True)
    subprocess.run(add + ["--tool", "backstop --version (process start)", "--role", "reference",
                          "--seconds", str(statistics.median(start)), "--runs", str(len(start)),
                          "--result", f"p99 {percentile(start, 0.99) * 1000:.1f} ms"], check=True)
    with open(os.path.join(out, "agent.notes.md"), "w") as notes:
        notes.write("### Agent hooks: the pre-tool check\n\n")
        notes.write(f"- Corpus: `scenarios/commands/` ({len(entries)} labelled commands), judged in the fixture `scenarios/commands/run.py` builds; "
                    "each command sent once as a Claude Code PreToolUse payload, timed from spawn to exit (Python's perf_counter).\n")
        notes.write("- Rates per class (`scenarios/commands/run.py --format json`):\n\n")
        notes.write("| class | commands | right | missed | false alarms |\n| --- | --- | --- | --- | --- |\n")
        for row in report.get("classes", []):
            notes.write(f"| {row.get('label')} | {row.get('commands')} | {row.get('right')} | {row.get('missed')} | {row.get('falseAlarms')} |\n")


if __name__ == "__main__":
    main()
