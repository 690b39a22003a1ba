#!/usr/bin/env bash
# Backstop benchmarks: the one entry point. Run from the repo root:
#
#   bench/run.sh [scan|precommit|accuracy|snapshot|watch|recover|agent|scenarios|chaos|all]     (default: all)
#   BENCH_QUICK=1 bench/run.sh                              smoke test: 20 MB corpus, 10,000-file repos
#
# What it measures (each part is its own script in bench/):
#   scan       scan throughput in MB/s: backstop vs ripgrep running backstop's rule patterns vs detect-secrets
#              (bench/scan-throughput.sh)
#   precommit  `backstop hook pre-commit` latency on a 100,000-file repo with 5 staged files, vs git-secrets'
#              pre-commit hook and the `git diff --cached --quiet` floor (bench/precommit-latency.sh)
#   accuracy   recall and false positives on a labelled corpus generated at run time, overall and per family
#              (cloud ... generic, encoded), backstop vs detect-secrets (bench/accuracy.py and its accuracy_*.py)
#   snapshot   `backstop snapshot` (cold, warm, 10 files changed) and `backstop restore` of 10,000 deleted
#              files on a 100,000-file repo, vs the git command line doing the same work, plus in-process
#              SnapshotStore.take timings from the snapshot-probe target (bench/snapshot.sh)
#   watch      the watcher on a 100,000-file repo: `backstop watch --daemon` setup time, memory and idle
#              wake-ups, vs inotifywait -r; the headline, from the end of an rm -rf of 10,000 files to all of
#              them back, vs git restore by hand and the cp -a floor, on this disk and on tmpfs (bench/watch.sh)
#   recover    the store outside the tree on the 100,000-file repo: `find . -delete` with the watcher running
#              until .git and every file are back, and `backstop recover` of a deleted folder, vs cp -a of
#              the repository; the store's extra disk use beside the repository's (bench/recover.sh)
#   agent      the pre-tool check of the agent hooks: each command of scenarios/commands/ sent once as Claude Code's
#              PreToolUse payload, median and p99, beside the process start of `backstop --version`; the corpus's
#              misses and false alarms per class (bench/agent-latency.py)
#   scenarios  the scenario suite with real pacing: false alarms, misses, files lost (bench/scenarios.sh,
#              which writes bench/scenarios.md)
#   chaos      long seeded chaos runs: file versions checked and lost (bench/chaos.sh, which writes
#              bench/chaos.md; BENCH_QUICK=1 runs shorter ones)
#
# It installs what is missing (Debian packages when root, detect-secrets==1.5.0 into .build-bench/venv),
# builds backstop and snapshot-probe in release mode into .build-bench/swift (retrying while the package
# does not build), keeps every corpus under .build-bench/ (ignored by git), prints one Markdown table and
# merges it into bench/results.md: the parts it ran replace their rows and notes, the others keep theirs.
# Knobs: BENCH_RUNS (hyperfine runs), BENCH_BUILD_TRIES (default 10, 60 s apart), BACKSTOP=/path/to/backstop
# to skip the build (snapshot then wants snapshot-probe next to it, or SNAPSHOT_PROBE=/path/to/snapshot-probe).
set -euo pipefail

PART=${1:-all}
case "$PART" in scan|precommit|accuracy|snapshot|watch|recover|agent|scenarios|chaos|all) ;; *) echo "usage: bench/run.sh [scan|precommit|accuracy|snapshot|watch|recover|agent|scenarios|chaos|all]" >&2; exit 2 ;; esac

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=$ROOT/.build-bench
QUICK=${BENCH_QUICK:-0}
MODE=$([ "$QUICK" = 1 ] && echo quick || echo full)
OUT=$WORK/results-$MODE
mkdir -p "$WORK" "$OUT"
export ROOT WORK QUICK OUT

# --- tools ------------------------------------------------------------------------------------------
missing=()
command -v rg > /dev/null || missing+=(ripgrep)
command -v hyperfine > /dev/null || missing+=(hyperfine)
command -v git-secrets > /dev/null || missing+=(git-secrets)
command -v inotifywait > /dev/null || missing+=(inotify-tools)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -q && apt-get install -y "${missing[@]}"
    else
        echo "bench: missing ${missing[*]}. Run:" >&2
        echo "  sudo apt-get install -y ${missing[*]}" >&2
        exit 3
    fi
fi
command -v python3 > /dev/null || { echo "bench: python3 is needed (sudo apt-get install -y python3 python3-venv)" >&2; exit 3; }

VENV=$WORK/venv
if [ ! -x "$VENV/bin/detect-secrets" ] || [ "$("$VENV/bin/detect-secrets" --version 2>/dev/null)" != 1.5.0 ]; then
    python3 -m venv "$VENV" || { echo "bench: python3 -m venv failed; on Debian: sudo apt-get install -y python3-venv" >&2; exit 3; }
    "$VENV/bin/pip" install -q detect-secrets==1.5.0
fi
export DETECT_SECRETS=$VENV/bin/detect-secrets

# --- backstop, release build ------------------------------------------------------------------------
if [ -z "${BACKSTOP:-}" ]; then
    tries=${BENCH_BUILD_TRIES:-10}
    for ((try = 1; ; try++)); do
        echo "bench: building backstop (release, attempt $try of $tries)" >&2
        if (cd "$ROOT" && swift build -c release --static-swift-stdlib --scratch-path "$WORK/swift") > "$WORK/build.log" 2>&1; then
            break
        fi
        tail -5 "$WORK/build.log" >&2
        if [ "$try" -ge "$tries" ]; then echo "bench: backstop does not build; see $WORK/build.log" >&2; exit 3; fi
        echo "bench: build failed (the package may be mid-edit); retrying in 60 s" >&2
        sleep 60
    done
    BACKSTOP=$WORK/swift/release/backstop
fi
export BACKSTOP

# --- header: what this run is -----------------------------------------------------------------------
{
    echo "Run $(date -u '+%Y-%m-%d %H:%M UTC'), mode **$MODE**, backstop $("$BACKSTOP" --version | awk '{print $2}') at" \
         "$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- Sources 2>/dev/null || echo ' (plus uncommitted changes in Sources/)'),"
    echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load at start:$(uptime | sed 's/.*load average://')."
    echo "Tools: $(rg --version | sed -n 1p), hyperfine $(hyperfine --version | awk '{print $2}'), git-secrets $(dpkg-query -W -f '${Version}' git-secrets 2>/dev/null || echo '?'), detect-secrets $("$DETECT_SECRETS" --version), inotify-tools $(inotifywait --help 2>&1 | awk 'NR == 1 { print $2 }' || true), $(git --version)."
} > "$OUT/header.md"

run_part() {  # name command...
    local name=$1; shift
    if [ "$PART" != all ] && [ "$PART" != "$name" ]; then return 0; fi
    echo "bench: === $name ===" >&2
    echo "- **$name** ran $(date -u '+%H:%M UTC') with backstop from $(git -C "$ROOT" rev-parse --short HEAD) (binary sha256 $(sha256sum "$BACKSTOP" | cut -c1-12)); load average (1, 5, 15 min) at its start:$(uptime | sed 's/.*load average://')." > "$OUT/$name.load.notes.md"
    "$@"
}
run_part scan bash "$ROOT/bench/scan-throughput.sh"
run_part precommit bash "$ROOT/bench/precommit-latency.sh"
run_part accuracy python3 "$ROOT/bench/accuracy.py"
run_part snapshot bash "$ROOT/bench/snapshot.sh"
run_part watch bash "$ROOT/bench/watch.sh"
run_part recover bash "$ROOT/bench/recover.sh"
run_part agent python3 "$ROOT/bench/agent-latency.py"
# These two publish their own tables; a failed scenario or seed is a result to read, not a crash.
run_part scenarios bash "$ROOT/bench/scenarios.sh" || echo "bench: scenarios: not all passed; see bench/scenarios.md" >&2
run_part chaos bash "$ROOT/bench/chaos.sh" "$([ "$QUICK" = 1 ] && echo 100 || echo 600)" || echo "bench: chaos: a seed lost files; see bench/chaos.md" >&2

echo >&2
python3 "$ROOT/bench/report.py" table "$OUT" --write "$ROOT/bench/results.md"
echo >&2
echo "bench: written to bench/results.md (parts not run this time keep their rows and notes from the file as it was)" >&2
