#!/usr/bin/env python3
"""The timed steps of bench/watch.sh, one per call; each prints one JSON object on stdout.
Times are CLOCK_MONOTONIC, taken in this process around the step, so every side is timed the same way.

  start-daemon BACKSTOP REPO      times `BACKSTOP -C REPO watch --daemon` (it returns once the watches
                                  are set and the baseline snapshot taken); reports the watcher's pid
                                  (watch.pid in the store outside the tree) and the folder count it printed
  inotifywait REPO [--idle S] [--delete FILE] [--settle S]
                                  times `inotifywait -r -m @REPO/.git REPO` (inotify-tools) until it
                                  prints "Watches established." on stderr; with --idle, then its
                                  memory and context switches over S idle seconds; with --delete, then
                                  rm -rf of the folders listed in FILE and its memory after; then kills it
  stats PID                       VmRSS (and its RssAnon and RssFile parts), VmHWM (kB), threads and CPU
                                  seconds of a process
  idle PID SECONDS                context switches (voluntary + nonvoluntary, every thread) over SECONDS
  rollback REPO FILE EXPECTED PID rm -rf the folders listed in FILE (relative to REPO); from the moment rm
                                  exits, polls .git/backstop/log.jsonl every 5 ms (a stat, nothing more)
                                  until blocked actions with a rollback have restored EXPECTED files
 deletion REPO EXPECTED PID CMD...
                                  runs CMD in REPO (one that deletes `.git` with the work: `find . -delete`);
                                  from the moment it exits, polls the audit log until a blocked action
                                  that rebuilt `.git` has restored EXPECTED files
  sync REPO NAME                  writes the sync cookie .git/backstop-sync-NAME and waits for the
                                  watcher's answer in the audit log (every action before it judged)
  peer REPO FILE DIR CMD...       rm -rf the folders listed in FILE, then times CMD run in DIR from the
                                  moment rm exits: the same interval as rollback's, for a peer

  summary FILE                    median, max and counts over the JSON lines of FILE (rollback or peer runs)
  field FILE KEY[.KEY...]         one value of the last JSON line of FILE
  field-range FILE KEY            "A to B MiB" over the *_kb KEY of every JSON line of FILE
"""

import json
import os
import signal
import statistics
import subprocess
import sys
import time

POLL_S = 0.005


def now():
    return time.monotonic()


def folders(path):
    return [line.strip() for line in open(path) if line.strip()]


def proc_status(pid):
    fields = {}
    with open(f"/proc/{pid}/status") as handle:
        for line in handle:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields


def cpu_split(pid):
    """User and system CPU seconds of a process, all its threads."""
    with open(f"/proc/{pid}/stat") as handle:
        after_name = handle.read().rsplit(")", 1)[1].split()
    # utime and stime are fields 14 and 15 of the whole line; after "(comm)" they are the 12th and 13th.
    tick = os.sysconf("SC_CLK_TCK")
    return int(after_name[11]) / tick, int(after_name[12]) / tick


def cpu_seconds(pid):
    return sum(cpu_split(pid))


def stats(pid):
    status = proc_status(pid)
    kb = lambda key: int(status[key].split()[0])
    return {"rss_kb": kb("VmRSS"), "hwm_kb": kb("VmHWM"), "anon_kb": kb("RssAnon"), "file_kb": kb("RssFile"),
            "threads": int(status["Threads"]), "cpu_s": cpu_seconds(pid)}


def switches(pid):
    """Context switches per thread, by thread id."""
    counts = {}
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            status = proc_status(f"{pid}/task/{task}")
        except FileNotFoundError:
            continue  # the thread ended while we listed
        counts[task] = int(status["voluntary_ctxt_switches"]) + int(status["nonvoluntary_ctxt_switches"])
    return counts


def idle(pid, seconds):
    before, cpu_before, start = switches(pid), cpu_seconds(pid), now()
    time.sleep(seconds)
    after, cpu_after, elapsed = switches(pid), cpu_seconds(pid), now() - start
    # A thread born in the window counts from zero; one that ended in it takes its switches along
    # (reported as threads_ended, so a count that looks low can be told apart).
    total = sum(count - before.get(task, 0) for task, count in after.items())
    return {"switches": total, "seconds": elapsed, "per_s": total / elapsed, "threads_before": len(before),
            "threads_after": len(after), "threads_ended": len(set(before) - set(after)),
            "threads_born": len(set(after) - set(before)), "cpu_s": cpu_after - cpu_before}


def log_path(repo):
    return os.path.join(repo, ".git", "backstop", "log.jsonl")


class LogTail:
    """New complete lines of the audit log since construction. When `.git` is deleted and rebuilt,
    the log is a new file (perhaps the store's older copy): it is read again from its start, and
    lines seen before are not returned twice."""

    def __init__(self, repo):
        self.path = log_path(repo)
        self.inode, self.offset, self.partial = None, 0, b""
        self.seen = set()
        if os.path.exists(self.path):
            with open(self.path, "rb") as handle:
                data = handle.read()
            self.inode, self.offset = os.stat(self.path).st_ino, len(data)
            self.seen = set(data.split(b"\n"))

    def poll(self):
        try:
            status = os.stat(self.path)
        except FileNotFoundError:
            return []
        if status.st_ino != self.inode or status.st_size < self.offset:
            self.inode, self.offset, self.partial = status.st_ino, 0, b""
        if status.st_size <= self.offset:
            return []
        with open(self.path, "rb") as handle:
            handle.seek(self.offset)
            data = self.partial + handle.read(status.st_size - self.offset)
        self.offset = status.st_size
        *lines, self.partial = data.split(b"\n")
        fresh = [line for line in lines if line.strip() and line not in self.seen]
        self.seen.update(fresh)
        return [json.loads(line) for line in fresh]


def store_directory(backstop, repo):
    """The store outside the tree, as `backstop status` names it."""
    said = subprocess.run([backstop, "-C", repo, "status"], stdin=subprocess.DEVNULL, capture_output=True, text=True).stdout
    return next(line.split(": ", 1)[1].rsplit(" (", 1)[0] for line in said.splitlines() if line.startswith("store outside the tree: "))


def start_daemon(backstop, repo):
    store = store_directory(backstop, repo)
    out = os.path.join(store, "watch.out")
    seen = os.path.getsize(out) if os.path.exists(out) else 0
    start = now()
    done = subprocess.run([backstop, "-C", repo, "watch", "--daemon"], stdin=subprocess.DEVNULL, capture_output=True, text=True)
    elapsed = now() - start
    if done.returncode != 0:
        sys.exit(f"watch --daemon exited {done.returncode}: {done.stderr.strip()}")
    pid = json.load(open(os.path.join(store, "watch.pid")))["pid"]
    # "backstop: watching ROOT: N folders, baseline snapshot ID", said before the watcher says ready.
    with open(out, "rb") as handle:
        handle.seek(seen)
        said = handle.read().decode(errors="replace")
    line = next((l for l in said.splitlines() if " folders, baseline snapshot " in l), "")
    folders_watched = int(line.rsplit(": ", 1)[1].split()[0]) if line else None
    return {"seconds": elapsed, "pid": pid, "folders": folders_watched, "said": line}


def inotifywait(repo, idle_s, delete, settle_s):
    command = ["inotifywait", "-r", "-m", "@" + os.path.join(repo, ".git"), repo]
    start = now()
    child = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    said = []
    for line in child.stderr:
        said.append(line.decode(errors="replace").strip())
        if said[-1].startswith("Watches established"):
            break
    elapsed = now() - start
    result = {"seconds": elapsed, "pid": child.pid, "said": said}
    try:
        if not said or not said[-1].startswith("Watches established"):
            sys.exit(f"inotifywait did not establish its watches: {said}")
        with open("/proc/sys/fs/inotify/max_user_watches") as handle:
            result["max_user_watches"] = int(handle.read())
        if idle_s:
            time.sleep(settle_s)
            result["after_setup"] = stats(child.pid)
            result["idle"] = idle(child.pid, idle_s)
        if delete:
            subprocess.run(["rm", "-rf", "--", *folders(delete)], cwd=repo, check=True)
            time.sleep(settle_s)
            result["after_delete"] = stats(child.pid)
    finally:
        child.send_signal(signal.SIGTERM)
        child.wait()
    return result


def rollback(repo, listing, expected, pid):
    tail = LogTail(repo)
    user_before, system_before = cpu_split(pid)
    start = now()
    removal = subprocess.run(["rm", "-rf", "--", *folders(listing)], cwd=repo, stderr=subprocess.PIPE, text=True)
    t0 = now()
    actions, restored, deadline = [], 0, t0 + 300
    while restored < expected and now() < deadline:
        time.sleep(POLL_S)
        for entry in tail.poll():
            if entry.get("event") == "action" or entry.get("event") == "error":
                actions.append(entry)
                if entry.get("verdict") == "block" and entry.get("rollback"):
                    restored += entry["rollback"]["restored"]
    t1 = now()
    user, system = cpu_split(pid)
    return {"seconds": t1 - t0, "rm_seconds": t0 - start, "rm_status": removal.returncode, "rm_errors": removal.stderr.count("\n"),
            "complete": restored >= expected, "restored": restored,
            "watcher_cpu_s": user + system - user_before - system_before, "watcher_system_s": system - system_before,
            "actions": [{key: entry.get(key) for key in ("event", "verdict", "created", "modified", "deleted", "overflowed", "rollback", "message")}
                        | {"classes": [c["class"] + ":" + c["verdict"] for c in entry.get("classes") or []]} for entry in actions]}


def deletion(repo, expected, pid, command):
    tail = LogTail(repo)
    user_before, system_before = cpu_split(pid)
    start = now()
    subprocess.run(command, cwd=repo, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    t0 = now()
    rebuilt, restored, deadline = None, 0, t0 + 600
    while (rebuilt is None or restored < expected) and now() < deadline:
        time.sleep(POLL_S)
        for entry in tail.poll():
            if entry.get("verdict") == "block" and entry.get("rollback"):
                restored += entry["rollback"]["restored"]
                if "`.git` was deleted" in (entry.get("message") or ""):
                    rebuilt = entry.get("message")
    t1 = now()
    user, system = cpu_split(pid)
    return {"seconds": t1 - t0, "command_seconds": t0 - start, "complete": rebuilt is not None and restored >= expected, "restored": restored,
            "rebuilt": rebuilt, "watcher_cpu_s": user + system - user_before - system_before}


def sync(repo, name):
    tail = LogTail(repo)
    cookie = os.path.join(repo, ".git", "backstop-sync-" + name)
    open(cookie, "w").close()
    start, later = now(), []
    try:
        while now() < start + 300:
            for entry in tail.poll():
                if entry.get("event") == "sync" and entry.get("message") == name:
                    return {"seconds": now() - start, "actions": later}
                if entry.get("event") in ("action", "error"):
                    later.append({key: entry.get(key) for key in ("event", "verdict", "deleted", "created", "message")})
            time.sleep(POLL_S)
    finally:
        os.unlink(cookie)
    sys.exit(f"the watcher never answered sync cookie {name}")


def peer(repo, listing, directory, command):
    start = now()
    subprocess.run(["rm", "-rf", "--", *folders(listing)], cwd=repo, check=True)
    t0 = now()
    done = subprocess.run(command, cwd=directory, stdin=subprocess.DEVNULL)
    t1 = now()
    return {"seconds": t1 - t0, "rm_seconds": t0 - start, "status": done.returncode}


def duration(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def summary(path):
    runs = [json.loads(line) for line in open(path) if line.strip()]
    times = sorted(run["seconds"] for run in runs)
    middle = lambda values: statistics.median(values) if values else None
    result = {"runs": len(runs), "median_s": middle(times), "max_s": times[-1], "min_s": times[0],
              "rm_median_s": middle([run["rm_seconds"] for run in runs if "rm_seconds" in run])}
    result["all"] = ", ".join(duration(run["seconds"]) for run in runs)
    result["first_s"], result["last_s"] = runs[0]["seconds"], runs[-1]["seconds"]
    if runs and "complete" in runs[0]:
        result["system_all"] = ", ".join(duration(run["watcher_system_s"]) for run in runs)
        actions = [[a for a in run["actions"] if a["event"] == "action"] for run in runs]
        result |= {"complete": sum(run["complete"] for run in runs), "cpu_median_s": middle([run["watcher_cpu_s"] for run in runs]),
                   "system_median_s": middle([run["watcher_system_s"] for run in runs]),
                   "actions_max": max(len(a) for a in actions), "actions_min": min(len(a) for a in actions),
                   "overflowed": sum(any(x.get("overflowed") for x in a) for a in actions),
                   "mismatched": sum(len((x.get("rollback") or {}).get("mismatched") or []) for a in actions for x in a),
                   "errors": sum(1 for run in runs for a in run["actions"] if a["event"] == "error"),
                   "rm_failed": sum(run["rm_status"] != 0 for run in runs),
                   "mass_deletion": sum(any(c == "mass-deletion:block" for x in a for c in x["classes"]) for a in actions),
                   "restored": ", ".join(f"{n:,}" for n in sorted({run["restored"] for run in runs}))}
    else:
        result["failed"] = sum(run.get("status", 0) != 0 for run in runs)
    return result


def field(path, key):
    value = [json.loads(line) for line in open(path) if line.strip()][-1]
    for part in key.split("."):
        value = value[int(part)] if isinstance(value, list) else value[part]
    return value if isinstance(value, str) else json.dumps(value)


def field_range(path, key):
    values = sorted(json.loads(line)[key] / 1024 for line in open(path) if line.strip())
    return f"{values[0]:.1f} MiB" if f"{values[0]:.1f}" == f"{values[-1]:.1f}" else f"{values[0]:.1f} to {values[-1]:.1f} MiB"


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    kind, rest = args[0], args[1:]
    if kind == "start-daemon":
        result = start_daemon(rest[0], rest[1])
    elif kind == "inotifywait":
        options = {"--idle": 0.0, "--delete": None, "--settle": 3.0}
        repo, flags = rest[0], rest[1:]
        for key, value in zip(flags[::2], flags[1::2]):
            options[key] = value
        result = inotifywait(repo, float(options["--idle"]), options["--delete"], float(options["--settle"]))
    elif kind == "stats":
        result = stats(int(rest[0]))
    elif kind == "idle":
        result = idle(int(rest[0]), float(rest[1]))
    elif kind == "rollback":
        result = rollback(rest[0], rest[1], int(rest[2]), int(rest[3]))
    elif kind == "deletion":
        result = deletion(rest[0], int(rest[1]), int(rest[2]), rest[3:])
    elif kind == "sync":
        result = sync(rest[0], rest[1])
    elif kind == "peer":
        result = peer(rest[0], rest[1], rest[2], rest[3:])
    elif kind == "summary":
        result = summary(rest[0])
    elif kind == "field":
        print(field(rest[0], rest[1]))
        return
    elif kind == "field-range":
        print(field_range(rest[0], rest[1]))
        return
    else:
        sys.exit(f"unknown step {kind}\n{__doc__}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
