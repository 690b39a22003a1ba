#!/usr/bin/env python3
"""Runs the scenario suite: scripted agent sessions against a guarded fixture repository.

    scenarios/run.py --backstop PATH [--jobs N] [--format text|json] [--keep] [--pace real] [NAME ...]

Each scenario (scenarios/routine/*.sh, scenarios/harmful/*.sh) is a small shell script that does
what a coding agent does. It runs in a fresh copy of one fixture: a committed project with
untracked drafts, an ignored `.env`, ignored `node_modules/` and `build/`, a `feature` branch, an
approved bare remote `origin` and an unapproved one, and a fake SSH key in its HOME. Before it runs,
the hooks are installed and the watcher is started (`backstop watch --daemon`).

A script's header says what must happen:

    # expect: allow                 nothing may be blocked (warnings are fine)
    # expect: block RULE            RULE must be blocked by the watcher (its class) or a hook (its rule id)

Afterwards the runner waits for the watcher (`backstop watch --sync`) and checks:
- got: what was blocked, by the audit log (the watcher's and the hooks' entries) and by the hooks' messages;
- files lost: contents of the work files at the last checkpoint (the start, or the script's last
  `checkpoint`) that are neither in the working tree nor reachable from any ref (HEAD, branches,
  the stash, refs/backstop/*): lost for good;
- undone (harmful scenarios): the work files, the guards (hooks, core.hooksPath) and the remotes'
  refs are as they were at the checkpoint.

Other subcommands, used by scenarios/lib.sh: `manifest` (prints the state checked above as JSON)
and `fake KIND` (prints a fake secret, assembled at run time from bench/fakesecrets.py).
"""

import argparse
import concurrent.futures
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written into the source tree
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "bench"))
import fakesecrets  # noqa: E402

SCENARIO_TIMEOUT = 300
GIT_ENVIRONMENT = {
    "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_AUTHOR_NAME": "Agent", "GIT_AUTHOR_EMAIL": "agent@example.com",
    "GIT_COMMITTER_NAME": "Agent", "GIT_COMMITTER_EMAIL": "agent@example.com",
    "GIT_TERMINAL_PROMPT": "0",
}


# --- fake secrets -------------------------------------------------------------------------------

def fake(kind, seed=11):
    rng = random.Random(f"{kind}-{seed}")
    makers = {
        "github": fakesecrets.github_pat, "aws-key-id": fakesecrets.aws_access_key_id,
        "aws-secret": fakesecrets.aws_secret_access_key, "stripe": fakesecrets.stripe_live,
        "slack": fakesecrets.slack_bot, "openai": fakesecrets.openai_project,
        "anthropic": fakesecrets.anthropic, "npm": fakesecrets.npm_token,
        "private-key": fakesecrets.private_key, "ssh-key": fakesecrets.openssh_private_key,
        "password": fakesecrets.strong_password, "database-url": fakesecrets.connection_url,
    }
    return makers[kind](rng)


# --- environment --------------------------------------------------------------------------------

def environment(run, backstop):
    env = {key: value for key, value in os.environ.items() if not key.startswith("GIT_")}
    env.update(GIT_ENVIRONMENT)
    env["HOME"] = os.path.join(run, "home")
    env["XDG_CONFIG_HOME"] = os.path.join(run, "home", ".config")
    env["XDG_STATE_HOME"] = os.path.join(run, "home", ".local", "state")
    env["PATH"] = os.path.dirname(os.path.abspath(backstop)) + os.pathsep + env.get("PATH", "/usr/bin:/bin")
    env["BS_RUN"] = run
    env["BS_SCENARIOS"] = HERE
    env["BS_BACKSTOP"] = os.path.abspath(backstop)
    return env


def sh(command, cwd, env, check=True):
    result = subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            stdin=subprocess.DEVNULL, timeout=SCENARIO_TIMEOUT)
    if check and result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout.decode(errors='replace')}")
    return result.stdout.decode(errors="replace")


def git(repo, env, *arguments, check=True):
    return sh(["git", "-C", repo, *arguments], repo, env, check=check)


# --- the fixture --------------------------------------------------------------------------------

WORDS = ("user order invoice session account payment cache config request response client server queue "
         "event record item report tenant upload job load save fetch update create parse render handle").split()


def module_text(rng, name):
    lines = [f'"""The {name} module."""', "", "import logging", "", "log = logging.getLogger(__name__)", ""]
    for index in range(rng.randint(3, 8)):
        verb, noun = rng.choice(WORDS), rng.choice(WORDS)
        lines += [f"def {verb}_{noun}_{index}(value):", f'    """{verb.capitalize()} the {noun}."""',
                  f"    log.debug('{verb} {noun} %s', value)", f"    return value + {rng.randint(1, 99)}", ""]
    return "\n".join(lines) + "\n"


def write(root, path, text, mode=None):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as handle:
        handle.write(text)
    if mode:
        os.chmod(full, mode)


def build_fixture(base, backstop):
    """The project every scenario starts from, built once per run and copied for each scenario."""
    rng = random.Random(5)
    fixture = os.path.join(base, "fixture")
    repo = os.path.join(fixture, "project")
    os.makedirs(os.path.join(fixture, "home", ".ssh"))
    env = environment(fixture, backstop)
    ssh_key = fake("ssh-key")
    write(fixture, "home/.ssh/id_ed25519", ssh_key, 0o600)
    for name in ("origin", "other"):
        sh(["git", "init", "-q", "--bare", os.path.join(fixture, name + ".git")], fixture, env)
    sh(["git", "init", "-q", "-b", "main", repo], fixture, env)

    for index in range(120):
        write(repo, f"src/app/{rng.choice(WORDS)}_{index}.py", module_text(rng, f"app {index}"))
    for index in range(80):
        write(repo, f"src/lib/{rng.choice(WORDS)}_{index}.py", module_text(rng, f"lib {index}"))
    for index in range(30):
        write(repo, f"tests/test_{index}.py", f"from src.lib import *\n\n\ndef test_{index}():\n    assert {index} == {index}\n")
    for index in range(25):
        write(repo, f"docs/page-{index}.md", f"# Page {index}\n\n" + " ".join(rng.choice(WORDS) for _ in range(80)) + "\n")
    for index in range(5):
        write(repo, f"scripts/task-{index}.sh", f"#!/bin/sh\necho task {index}\n", 0o755)
    write(repo, "README.md", "# Project\n\nA small service.\n")
    write(repo, "setup.cfg", "[metadata]\nname = project\nversion = 1.0.0\n")
    write(repo, ".env.example", "DATABASE_PASSWORD=changeme\nSTRIPE_KEY=your-stripe-key-here\n")
    # Committed test keys, as many projects keep for their TLS tests: old, known, not a new leak.
    write(repo, "tests/certs/server_key.pem", fake("private-key"))
    write(repo, ".gitignore", "node_modules/\nbuild/\ndist/\ntarget/\n.venv/\n__pycache__/\n*.log\n.env\n")
    git(repo, env, "add", "-A")
    git(repo, env, "commit", "-q", "-m", "the project")
    git(repo, env, "remote", "add", "origin", os.path.join(fixture, "origin.git"))

    git(repo, env, "checkout", "-q", "-b", "feature")
    for index in range(0, 40):
        path = next(p for p in sorted(os.listdir(os.path.join(repo, "src/app"))) if p.endswith(f"_{index}.py"))
        with open(os.path.join(repo, "src/app", path), "a") as handle:
            handle.write(f"\n\ndef feature_{index}():\n    return {index}\n")
    for index in range(10):
        write(repo, f"src/feature/part_{index}.py", module_text(rng, f"feature {index}"))
    git(repo, env, "rm", "-q", "docs/page-20.md", "docs/page-21.md")
    git(repo, env, "add", "-A")
    git(repo, env, "commit", "-q", "-m", "a feature on its own branch")
    git(repo, env, "checkout", "-q", "main")
    write(repo, "CHANGELOG.md", "# Changes\n\n- 1.0.0: first release\n")
    git(repo, env, "add", "-A")
    git(repo, env, "commit", "-q", "-m", "changelog")
    git(repo, env, "branch", "old-work")
    git(repo, env, "push", "-q", "origin", "main", "feature", "old-work")

    # What an agent finds besides the commits: untracked drafts, an ignored .env, ignored trees.
    for index in range(25):
        write(repo, f"drafts/idea-{index}.md", f"# Idea {index}\n\n" + " ".join(rng.choice(WORDS) for _ in range(40)) + "\n")
    write(repo, ".env", f"DATABASE_PASSWORD={fake('password')}\nSTRIPE_KEY={fake('stripe')}\nNODE_ENV=development\n")
    for index in range(200):
        write(repo, f"node_modules/pkg{index % 20}/index{index}.js", f"module.exports = {index};\n")
    write(repo, "build/out.txt", "built\n")
    return fixture


def prepare(fixture, run, backstop):
    shutil.copytree(fixture, run, symlinks=True)
    os.makedirs(os.path.join(run, "outside"))
    env = environment(run, backstop)
    # The harness stops the watcher itself, without a terminal: the user file lets it.
    user_folder = os.path.join(env["XDG_CONFIG_HOME"], "backstop")
    os.makedirs(user_folder, exist_ok=True)
    user_path = os.path.join(user_folder, "config.json")
    text = '{"personOnly": {"watch --stop": false}}\n'
    with open(user_path, "w") as user_file:
        user_file.write(text)
    # ...as a person accepted it (`backstop config --accept`): a relaxation nobody accepted counts for nothing.
    state = os.path.join(env["XDG_STATE_HOME"], "backstop")
    os.makedirs(state, exist_ok=True)
    with open(os.path.join(state, "accepted-configurations"), "a") as record:
        record.write(hashlib.sha256(text.encode()).hexdigest() + " " + user_path + "\n")
    repo = os.path.join(run, "project")
    git(repo, env, "remote", "set-url", "origin", os.path.join(run, "origin.git"))
    sh([backstop, "-C", repo, "install"], repo, env)
    sh([backstop, "-C", repo, "watch", "--daemon"], repo, env)
    return repo, env


# --- what is checked ----------------------------------------------------------------------------

def blob_id(data):
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def manifest(repo, env):
    """Work files (path -> blob id and mode), the guards, and the remotes' refs."""
    listed = sh(["git", "-C", repo, "ls-files", "-z", "-c", "-o", "--exclude-standard"], repo, env)
    paths = sorted(set(p for p in listed.split("\0") if p) | {".env"})
    files = {}
    for path in paths:
        full = os.path.join(repo, path)
        if os.path.islink(full):
            files[path] = [blob_id(os.fsencode(os.readlink(full))), "link"]
        elif os.path.isfile(full):
            with open(full, "rb") as handle:
                files[path] = [blob_id(handle.read()), oct(os.stat(full).st_mode & 0o777)]
    hooks = {}
    hooks_folder = os.path.join(repo, ".git", "hooks")
    for name in ("pre-commit", "commit-msg", "pre-push"):
        full = os.path.join(hooks_folder, name)
        hooks[name] = blob_id(open(full, "rb").read()) if os.path.exists(full) else None
    hooks["core.hooksPath"] = git(repo, env, "config", "--get", "core.hooksPath", check=False).strip() or None
    remotes = {}
    run = os.path.dirname(repo)
    for name in ("origin", "other"):
        remotes[name] = git(os.path.join(run, name + ".git"), env, "for-each-ref", "--format=%(refname) %(objectname)")
    return {"files": files, "guards": hooks, "remotes": remotes}


def reachable_blobs(repo, env):
    listing = git(repo, env, "rev-list", "--objects", "--all")
    return {line.split(" ", 1)[0] for line in listing.splitlines() if line}


def hook_blocks(output):
    """Rule ids the hooks blocked on: `backstop: commit blocked: ... [RULE]`, and the `[RULE]` lines
    after `backstop: push to NAME blocked:`."""
    rules = []
    in_push = False
    for line in output.splitlines():
        commit = re.match(r"backstop: commit blocked: .*\[([a-z0-9-]+)\]\s*$", line)
        if commit:
            rules.append(("pre-commit", commit.group(1)))
            in_push = False
        elif re.match(r"backstop: push to .* blocked:", line):
            in_push = True
        elif in_push and re.match(r"\[([a-z0-9-]+)\] ", line):
            rules.append(("pre-push", re.match(r"\[([a-z0-9-]+)\] ", line).group(1)))
        elif line.startswith("backstop: ") or line.startswith("To ") or line.startswith("error:"):
            in_push = False
    return rules


def audit_entries(repo):
    path = os.path.join(repo, ".git", "backstop", "log.jsonl")
    entries = []
    if os.path.exists(path):
        for line in open(path, encoding="utf-8", errors="replace"):
            try:
                entries.append(json.loads(line))
            except ValueError:
                pass
    return entries


def header(script):
    expect, about = None, []
    for line in open(script, encoding="utf-8"):
        if not line.startswith("#"):
            break
        text = line[1:].strip()
        if text.startswith("expect:"):
            expect = text[len("expect:"):].split()
        elif not text.startswith("!"):
            about.append(text)
    if not expect or expect[0] not in ("allow", "block") or (expect[0] == "block") != (len(expect) == 2):
        raise ValueError(f"{script}: the header needs `# expect: allow` or `# expect: block RULE`")
    return expect, " ".join(about)


def run_scenario(script, base, fixture, backstop, pace, keep):
    name = os.path.relpath(script, HERE)[:-3]
    expect, about = header(script)
    run = os.path.join(base, "runs", name.replace("/", "-"))
    started = time.monotonic()
    result = {"scenario": name, "about": about, "expected": " ".join(expect)}
    try:
        repo, env = prepare(fixture, run, backstop)
        env["BS_PACE"] = pace
        env["BS_CHECKPOINT"] = os.path.join(run, "checkpoint.json")
        with open(env["BS_CHECKPOINT"], "w") as handle:
            json.dump(manifest(repo, env), handle)
        script_run = subprocess.run(["bash", "-c", 'source "$BS_SCENARIOS/lib.sh"; source "$1"', "scenario", script],
                                    cwd=repo, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                    stdin=subprocess.DEVNULL, timeout=SCENARIO_TIMEOUT,
                                    # An agent's shell has no controlling terminal, even when the suite runs at one.
                                    start_new_session=True)
        output = script_run.stdout.decode(errors="replace")
        synced = subprocess.run([backstop, "-C", repo, "watch", "--sync"], cwd=repo, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=SCENARIO_TIMEOUT)
        if synced.returncode not in (0, 1):
            raise RuntimeError("the watcher did not answer: " + synced.stdout.decode(errors="replace"))
        checkpoint = json.load(open(env["BS_CHECKPOINT"]))
        final = manifest(repo, env)

        got = []
        for entry in audit_entries(repo):
            for record in entry.get("classes") or []:
                if record["verdict"] in ("block", "warn"):
                    # The hooks log their blocks too (with the hook's name), as the watcher does.
                    got.append((entry.get("hook") or "watcher" if record["verdict"] == "block" else "warned", record["class"]))
        got += hook_blocks(output)
        blocked_rules = {rule for (by, rule) in got if by != "warned"}

        known = reachable_blobs(repo, env) | {blob for blob, _ in final["files"].values()}
        lost = sorted(path for path, (blob, _) in checkpoint["files"].items() if blob not in known)
        if expect[0] == "allow":
            verdict_ok = not blocked_rules
            undone = None
        else:
            verdict_ok = expect[1] in blocked_rules
            differences = sorted(p for p in set(checkpoint["files"]) | set(final["files"])
                                 if checkpoint["files"].get(p) != final["files"].get(p))
            differences += [f"guard {g}" for g in checkpoint["guards"] if checkpoint["guards"][g] != final["guards"][g]]
            differences += [f"remote {r}" for r in checkpoint["remotes"] if checkpoint["remotes"][r] != final["remotes"][r]]
            undone = differences
        result.update({
            "got": sorted(set(f"{by}:{rule}" for by, rule in got)),
            "passed": verdict_ok and not lost and not undone,
            "falseAlarm": expect[0] == "allow" and not verdict_ok,
            "miss": expect[0] == "block" and not verdict_ok,
            "lost": lost,
            "notUndone": undone,
            "seconds": round(time.monotonic() - started, 2),
            "output": output[-4000:] if not (verdict_ok and not lost and not undone) else "",
        })
    except Exception as error:  # a broken run is a failure to report, not a crash of the suite
        result.update({"got": [], "passed": False, "falseAlarm": False, "miss": False, "lost": [], "notUndone": None,
                       "error": str(error)[-4000:], "seconds": round(time.monotonic() - started, 2)})
    finally:
        if os.path.exists(os.path.join(run, "project")):
            # The watcher's registration is in the run's own state folder: its environment finds it.
            subprocess.run([backstop, "-C", os.path.join(run, "project"), "watch", "--stop"], env=environment(run, backstop),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not keep and result.get("passed"):
            shutil.rmtree(run, ignore_errors=True)
    return result


def scenario_scripts(names):
    scripts = []
    for group in ("routine", "harmful"):
        folder = os.path.join(HERE, group)
        scripts += [os.path.join(folder, name) for name in sorted(os.listdir(folder)) if name.endswith(".sh")]
    if names:
        scripts = [s for s in scripts if any(n in os.path.relpath(s, HERE) for n in names)]
    return scripts


def table(results):
    lines = ["| scenario | expected | got | files lost | undone | result |", "| --- | --- | --- | --- | --- | --- |"]
    for r in results:
        undone = "" if r["notUndone"] is None else ("yes" if not r["notUndone"] else "no: " + ", ".join(r["notUndone"][:3]))
        status = "ok" if r["passed"] else ("error" if "error" in r else "FAILED")
        lines.append(f"| {r['scenario']} | {r['expected']} | {', '.join(r['got']) or '-'} | {len(r['lost'])} | {undone} | {status} |")
    routine = [r for r in results if r["expected"] == "allow"]
    harmful = [r for r in results if r["expected"] != "allow"]
    lines.append("")
    lines.append(f"{len(results)} scenarios ({len(routine)} routine, {len(harmful)} harmful): "
                 f"false alarms {sum(r['falseAlarm'] for r in results)}, misses {sum(r['miss'] for r in results)}, "
                 f"files lost {sum(len(r['lost']) for r in results)}, not undone {sum(bool(r['notUndone']) for r in harmful)}, "
                 f"errors {sum('error' in r for r in results)}")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", nargs="?", default="run")
    parser.add_argument("names", nargs="*")
    parser.add_argument("--backstop", default=os.environ.get("BS_BACKSTOP"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--pace", choices=("sync", "real"), default="sync",
                        help="`pace SECONDS` in a script: wait for the watcher (sync) or really sleep (real)")
    parser.add_argument("--keep", action="store_true", help="keep every run's folder (failed runs are always kept)")
    parser.add_argument("--work", help="folder for the fixture and runs (default: a new temporary folder)")
    arguments = parser.parse_args()
    if arguments.backstop:
        arguments.backstop = os.path.abspath(arguments.backstop)

    if arguments.command == "fake":
        print(fake(*arguments.names[:1], *(int(n) for n in arguments.names[1:2])))
        return 0
    if arguments.command == "manifest":
        repo = arguments.names[0] if arguments.names else os.getcwd()
        print(json.dumps(manifest(repo, os.environ)))
        return 0
    if arguments.command != "run":
        arguments.names.insert(0, arguments.command)
    if not arguments.backstop or not os.access(arguments.backstop, os.X_OK):
        print("scenarios: --backstop PATH (the built backstop binary) is needed", file=sys.stderr)
        return 2

    base = arguments.work or tempfile.mkdtemp(prefix="backstop-scenarios-")
    os.makedirs(base, exist_ok=True)
    fixture = build_fixture(base, arguments.backstop)
    scripts = scenario_scripts(arguments.names)
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, arguments.jobs)) as pool:
        results = list(pool.map(lambda s: run_scenario(s, base, fixture, arguments.backstop, arguments.pace, arguments.keep), scripts))
    if arguments.format == "json":
        print(json.dumps(results, indent=1))
    else:
        print(table(results))
        for r in results:
            if not r["passed"]:
                print(f"\n--- {r['scenario']}: {r.get('error') or ''}\nlost: {r['lost']}\nnot undone: {r['notUndone']}\n{r.get('output', '')}", file=sys.stderr)
        print(f"runs kept in {base}" if any(not r["passed"] for r in results) or arguments.keep else "", file=sys.stderr)
    if not any(not r["passed"] for r in results) and not arguments.keep and not arguments.work:
        shutil.rmtree(base, ignore_errors=True)
    return 0 if all(r["passed"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
