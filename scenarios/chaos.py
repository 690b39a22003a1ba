#!/usr/bin/env python3
"""Chaos test for "nothing lost": a seeded, random session against the guarded fixture.

    scenarios/chaos.py --backstop PATH [--seed N] [--steps N] [--work DIR] [--allow-unequal]

Random creates, edits, renames, deletions, truncations and git operations (commits, stash and pop,
branch switches), with destructive bursts mixed in (`rm -rf` of a folder, `git checkout -- .`,
`git reset --hard`, `git clean -fd`, many files truncated). Between steps the run now and then
waits for the watcher (`backstop watch --sync`): the state it then sees has been still for longer
than the settle period, since the watcher only answers once its action has settled. Each such
settled state is recorded (every work file's path and blob id, and the ignored `.env`).

At the end every recorded version of every work file must be in a commit reachable from
refs/backstop/* at its path, byte for byte (the blob id is the hash of the bytes). Each settled
state is also compared with the newest snapshot, both ways (no file missing from it, none in it
that is not on disk): the states it did not equal are counted and named, and fail the run unless
`--allow-unequal`. Prints the seed and the counts; a failure names the seed to
replay it and what was lost or unequal.
"""

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # nothing written into the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run as suite  # noqa: E402

WORDS = suite.WORDS


def text(rng):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 40))) + "\n"


class Session:
    def __init__(self, repo, env, backstop, rng):
        self.repo, self.env, self.backstop, self.rng = repo, env, backstop, rng
        self.counts = {}
        self.unequal = []  # for each settled state the newest snapshot did not equal: the paths that differ

    def git(self, *arguments):
        subprocess.run(["git", *arguments], cwd=self.repo, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def files(self):
        listed = subprocess.run(["git", "ls-files", "-z", "-c", "-o", "--exclude-standard"], cwd=self.repo, env=self.env,
                                stdout=subprocess.PIPE, check=True).stdout.decode()
        return sorted(p for p in set(listed.split("\0")) if p and os.path.isfile(os.path.join(self.repo, p)))

    def folders(self):
        return sorted({os.path.dirname(p) for p in self.files() if os.path.dirname(p)})

    def path(self, relative):
        return os.path.join(self.repo, relative)

    # Small, everyday steps.
    def create(self):
        folder = self.rng.choice(self.folders() + ["notes", "src/new"])
        os.makedirs(self.path(folder), exist_ok=True)
        with open(self.path(f"{folder}/chaos-{self.rng.randrange(10**6)}.txt"), "w") as handle:
            handle.write(text(self.rng))

    def edit(self):
        files = self.files()
        if files:
            with open(self.path(self.rng.choice(files)), "a" if self.rng.random() < 0.6 else "w") as handle:
                handle.write(text(self.rng))

    def rename(self):
        files = self.files()
        if files:
            source = self.rng.choice(files)
            target = f"{self.rng.choice(self.folders() or ['.'])}/moved-{self.rng.randrange(10**6)}-{os.path.basename(source)}"
            os.rename(self.path(source), self.path(target))

    def delete(self):
        files = self.files()
        for source in self.rng.sample(files, min(len(files), self.rng.randint(1, 3))):
            os.remove(self.path(source))

    def truncate(self):
        files = self.files()
        if files:
            os.truncate(self.path(self.rng.choice(files)), 0)

    def make_folder(self):
        folder = self.path(f"generated-{self.rng.randrange(10**6)}")
        os.makedirs(folder)
        for index in range(self.rng.randint(5, 40)):
            with open(f"{folder}/g{index}.txt", "w") as handle:
                handle.write(text(self.rng))

    # git.
    def commit(self):
        self.git("add", "-A")
        self.git("commit", "-q", "-m", "chaos work")

    def stash(self):
        self.git("stash", "-q")
        if self.rng.random() < 0.7:
            self.git("stash", "pop", "-q")

    def switch(self):
        self.git("checkout", "-q", self.rng.choice(["feature", "main"]))

    # Destructive bursts.
    def remove_folder(self):
        tops = sorted({p.split("/")[0] for p in self.files() if "/" in p})
        if tops:
            shutil.rmtree(self.path(self.rng.choice(tops)), ignore_errors=True)

    def truncate_many(self):
        for source in self.rng.sample(self.files(), min(len(self.files()), 25)):
            os.truncate(self.path(source), 0)

    def checkout_all(self):
        self.git("checkout", "--", ".")

    def reset_hard(self):
        self.git("reset", "-q", "--hard")

    def clean(self):
        self.git("clean", "-q", "-fd")

    STEPS = [(create, 14), (edit, 20), (rename, 6), (delete, 8), (truncate, 3), (make_folder, 3),
             (commit, 4), (stash, 2), (switch, 2),
             (remove_folder, 2), (truncate_many, 1), (checkout_all, 1), (reset_hard, 1), (clean, 1)]

    def step(self):
        operation = self.rng.choices([s for s, _ in self.STEPS], weights=[w for _, w in self.STEPS])[0]
        self.counts[operation.__name__] = self.counts.get(operation.__name__, 0) + 1
        operation(self)

    def settle(self):
        subprocess.run([self.backstop, "-C", self.repo, "watch", "--sync"], env=self.env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=suite.SCENARIO_TIMEOUT)
        state = {(path, blob) for path, (blob, _) in suite.manifest(self.repo, self.env)["files"].items()}
        snapshot = tree_versions(self.repo, self.env, "refs/backstop/snapshots")
        if snapshot != state:
            self.unequal.append(sorted({path for path, _ in snapshot ^ state}))
        return state


def tree_versions(repo, env, commit):
    """Every (path, blob id) in one commit's tree."""
    listing = subprocess.run(["git", "ls-tree", "-r", "-z", commit], cwd=repo, env=env, stdout=subprocess.PIPE,
                             check=True).stdout.decode(errors="surrogateescape")
    versions = set()
    for entry in listing.split("\0"):
        if entry:
            meta, path = entry.split("\t", 1)
            versions.add((path, meta.split()[2]))
    return versions


def snapshot_versions(repo, env):
    """Every (path, blob id) in every commit reachable from refs/backstop/*."""
    commits = subprocess.run(["git", "rev-list", "--glob=refs/backstop/*"], cwd=repo, env=env, stdout=subprocess.PIPE,
                             check=True).stdout.decode().split()
    return set().union(*(tree_versions(repo, env, commit) for commit in commits)), len(commits)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--backstop", required=True)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--steps", type=int, default=60)
    parser.add_argument("--settle-every", type=float, default=0.3, help="chance of waiting for the watcher after a step")
    parser.add_argument("--allow-unequal", action="store_true", help="count settled states unequal to their newest snapshot, but pass")
    parser.add_argument("--work")
    arguments = parser.parse_args()
    backstop = os.path.abspath(arguments.backstop)
    seed = arguments.seed if arguments.seed is not None else int(time.time() * 1000) % 10**9
    rng = random.Random(seed)
    print(f"chaos: seed {seed}, {arguments.steps} steps", flush=True)

    base = arguments.work or tempfile.mkdtemp(prefix="backstop-chaos-")
    shutil.rmtree(base, ignore_errors=True)
    os.makedirs(base)
    fixture = suite.build_fixture(base, backstop)
    run = os.path.join(base, "run")
    repo, env = suite.prepare(fixture, run, backstop)
    session = Session(repo, env, backstop, rng)
    settled = [session.settle()]
    try:
        for _ in range(arguments.steps):
            session.step()
            if rng.random() < arguments.settle_every:
                settled.append(session.settle())
        settled.append(session.settle())
        kept, commits = snapshot_versions(repo, env)
    finally:
        subprocess.run([backstop, "-C", repo, "watch", "--stop"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    versions = set().union(*settled)
    lost = sorted(versions - kept)
    blocked = sum(1 for line in open(os.path.join(repo, ".git/backstop/log.jsonl")) if '"verdict":"block"' in line)
    operations = ", ".join(f"{name} {count}" for name, count in sorted(session.counts.items()))
    print(f"chaos: seed {seed}: {arguments.steps} steps ({operations}); {len(settled)} settled states, "
          f"{blocked} actions blocked, {commits} snapshot commits; {len(versions)} file versions checked, {len(lost)} lost, "
          f"{len(session.unequal)} settled states unequal to their snapshot")
    for paths in session.unequal[:5]:
        print(f"chaos: a settled state and its snapshot differ at {', '.join(paths[:10])}", file=sys.stderr)
    if lost or (session.unequal and not arguments.allow_unequal):
        for path, blob in lost[:20]:
            print(f"chaos: lost {path} at {blob}", file=sys.stderr)
        print(f"chaos: FAILED; replay with --seed {seed}; the run is kept in {base}", file=sys.stderr)
        return 1
    if not arguments.work:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
