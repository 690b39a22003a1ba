#!/usr/bin/env bash
# The store outside the tree on the generated repository of 100,000 tracked files (10,000 with
# BENCH_QUICK=1; bench/generated-repo.sh), beside `cp -a` of the same repository:
#   find-delete  `find . -delete` in the working tree with the watcher running (hooks installed, the
#                store holding its copy): from the moment find exits until the audit log holds the
#                blocked action that rebuilt `.git` from the store and rolled every file back. Then
#                `git status --porcelain` must be empty and every ref as before. The floor: `cp -a` of
#                the whole repository from a copy, after the same deletion.
#   recover      the whole folder deleted with no watcher running (after a `backstop snapshot`), then
#                `backstop recover FOLDER`, vs `cp -a` of the repository from a copy.
#   disk         what the store costs: bytes only it holds (files whose every other name is gone),
#                and its size counted on its own (hard links included), vs `du` of the repository
#                (what `cp -a` costs).
# Rounds alternate the sides, one warm-up then 3 (2 quick). git runs hermetically; the store lives in
# .build-bench/recover/state. Called by bench/run.sh, which sets ROOT, WORK, BACKSTOP, QUICK and OUT.
set -euo pipefail
: "${ROOT:?} ${WORK:?} ${BACKSTOP:?} ${OUT:?}"
QUICK=${QUICK:-0}
BENCH=$ROOT/bench
ROWS=$OUT/recover.jsonl
NOTES=$OUT/recover.notes.md
RAW=$OUT/recover-runs
: > "$ROWS"
rm -rf "$RAW"
mkdir -p "$RAW"

FILES=$([ "$QUICK" = 1 ] && echo 10000 || echo 100000)
RUNS=${BENCH_RUNS:-$([ "$QUICK" = 1 ] && echo 2 || echo 3)}
BASE=$WORK/recover
SOURCE=$BASE/repo-$FILES
COPY=$BASE/copy
RUN=$BASE/run
export XDG_STATE_HOME=$BASE/state

source "$BENCH/generated-repo.sh"
hermetic_git "$BASE/home"
fail() { echo "bench: recover: $*" >&2; exit 1; }
step() { python3 "$BENCH/watch-steps.py" "$@"; }
stop_watcher() { "$BACKSTOP" -C "$1" watch --stop > /dev/null 2>&1 || true; }
cleanup() { if [ -d "$RUN" ]; then stop_watcher "$RUN"; fi; }
trap cleanup EXIT
seconds() { python3 -c 'import sys, time; print(time.clock_gettime(time.CLOCK_MONOTONIC))'; }

generated_repo "$SOURCE" "$FILES" "recovery"
rm -rf "$COPY" && cp -a "$SOURCE" "$COPY"
references() { git -C "$1" for-each-ref --format='%(refname) %(objectname)' refs/heads refs/tags; }
expected_refs=$(references "$SOURCE")

fresh_run() {  # a guarded copy of the repository at $RUN, its store caught up, no watcher
    stop_watcher "$RUN"
    # The store goes, the record that a person accepted the bench's user file (hermetic_git) stays.
    rm -rf "$RUN" "$XDG_STATE_HOME/backstop/repositories"
    cp -a "$SOURCE" "$RUN"
    "$BACKSTOP" -C "$RUN" install > /dev/null 2>&1
}
check_whole() {  # TAG: the repository at $RUN is as it was
    [ -z "$(git -C "$RUN" status --porcelain)" ] || fail "$1: git status is not clean"
    [ "$(references "$RUN")" = "$expected_refs" ] || fail "$1: the refs differ"
}
timed_copy() {  # OUT: cp -a of the whole repository from the copy, after deleting it
    rm -rf "$RUN"
    local start end
    start=$(seconds); cp -a "$COPY" "$RUN"; end=$(seconds)
    python3 -c "import json; print(json.dumps({'seconds': $end - $start}))" >> "$1"
}
median() { python3 -c "import json, statistics, sys; print(statistics.median(json.loads(l)['seconds'] for l in open(sys.argv[1]) if l.strip()))" "$1"; }

tracked=$(git -C "$SOURCE" ls-files | wc -l)
for ((run = 0; run <= RUNS; run++)); do
    keep=$([ "$run" = 0 ] && echo /dev/null || echo "$RAW")
    # find . -delete with the watcher running.
    fresh_run
    "$BACKSTOP" -C "$RUN" watch --daemon > /dev/null 2>&1
    pid=$(python3 -c "import json, sys; print(json.load(open(sys.argv[1]))['pid'])" "$(ls -d "$XDG_STATE_HOME"/backstop/repositories/*/watch.pid)")
    out=$([ "$run" = 0 ] && echo /dev/null || echo "$RAW/find-delete.jsonl")
    step deletion "$RUN" "$tracked" "$pid" find . -delete >> "$out"
    stop_watcher "$RUN"
    check_whole "find . -delete, run $run"
    [ "$run" = 0 ] || du -sb "$RUN" "$XDG_STATE_HOME" | awk '{print $1}' | paste -sd' ' >> "$RAW/disk.txt"
    timed_copy "$([ "$run" = 0 ] && echo /dev/null || echo "$RAW/copy-after-find.jsonl")"

    # The whole folder deleted with no watcher (a snapshot taken before, as a watcher would have),
    # then backstop recover.
    fresh_run
    "$BACKSTOP" -C "$RUN" snapshot -m "before the folder is deleted" > /dev/null 2>&1
    rm -rf "$RUN"
    start=$(seconds); "$BACKSTOP" recover "$RUN" > "$RAW/recover-output.txt" 2>&1 || fail "backstop recover failed: $(tail -3 "$RAW/recover-output.txt")"; end=$(seconds)
    [ "$run" = 0 ] || python3 -c "import json; print(json.dumps({'seconds': $end - $start}))" >> "$RAW/recover.jsonl"
    check_whole "recover, run $run"
    # status exits 1 here (no watcher runs: not fully guarded); only its store line is wanted.
    own=$({ "$BACKSTOP" -C "$RUN" status 2> /dev/null || true; } | sed -n 's/^store outside the tree: .* (\(.*\) of its own)$/\1/p')
    [ "$run" = 0 ] || echo "$own" >> "$RAW/own.txt"
    timed_copy "$([ "$run" = 0 ] && echo /dev/null || echo "$RAW/copy-after-recover.jsonl")"
done
stop_watcher "$RUN"

label="$(python3 -c "print(f'{$FILES:,}')")-file repo"
complete=$(grep -c '"complete": true' "$RAW/find-delete.jsonl" || true)
restored=$(python3 -c "import json, sys; print(min(json.loads(l)['restored'] for l in open(sys.argv[1]) if l.strip()))" "$RAW/find-delete.jsonl")
python3 "$BENCH/report.py" add "$ROWS" --part recover --corpus "$label: find . -delete, watcher running" --tool "backstop watch: .git rebuilt from the store, work rolled back" \
    --role subject --seconds "$(median "$RAW/find-delete.jsonl")" --runs "$RUNS" \
    --result "$complete of $RUNS complete, at least $restored files restored per run; git status clean, refs as before"
python3 "$BENCH/report.py" add "$ROWS" --part recover --corpus "$label: find . -delete, watcher running" --tool "cp -a of the whole repository from a copy (floor)" \
    --role peer --seconds "$(median "$RAW/copy-after-find.jsonl")" --runs "$RUNS"
python3 "$BENCH/report.py" add "$ROWS" --part recover --corpus "$label: folder deleted, no watcher" --tool "backstop recover FOLDER" \
    --role subject --seconds "$(median "$RAW/recover.jsonl")" --runs "$RUNS" --result "git status clean, refs as before"
python3 "$BENCH/report.py" add "$ROWS" --part recover --corpus "$label: folder deleted, no watcher" --tool "cp -a of the whole repository from a copy (floor)" \
    --role peer --seconds "$(median "$RAW/copy-after-recover.jsonl")" --runs "$RUNS"
read -r repo_bytes store_bytes < <(tail -1 "$RAW/disk.txt")
standalone=$(du -sb "$XDG_STATE_HOME" | awk '{print $1}')
python3 "$BENCH/report.py" add "$ROWS" --part recover --corpus "$label: disk" --tool "the store outside the tree" --role subject \
    --result "$(tail -1 "$RAW/own.txt") held by the store alone; $(python3 -c "print(f'{$store_bytes / 1e6:.1f} MB')") beside the repository (du of both), $(python3 -c "print(f'{$standalone / 1e6:.1f} MB')") counted alone (hard links shared with .git)"
python3 "$BENCH/report.py" add "$ROWS" --part recover --corpus "$label: disk" --tool "cp -a of the repository" --role peer \
    --result "$(python3 -c "print(f'{$repo_bytes / 1e6:.1f} MB')")"
{
    echo "- **recover**: $RUNS rounds (and a warm-up), each a fresh copy of the $label with \`backstop install\` (which fills the store);"
    echo "  find . -delete timed from find's exit to the blocked action's log entry; recover timed around the command."
    echo "  The store's disk: \`du -sb REPO STORE\` counts each file once, so the store's figure is what it adds to the repository."
} > "$NOTES"
