#!/usr/bin/env bash
# The watcher (`backstop watch`) on a generated, committed repository of 100,000 tracked text files
# (10,000 with BENCH_QUICK=1), the one bench/snapshot.sh uses (bench/generated-repo.sh: 1,000 folders
# of 100 files, ignored files too), with inotifywait from inotify-tools beside it where it does the
# same work. Hooks are not installed: only the watcher runs. Timed steps are bench/watch-steps.py.
#   setup      `backstop -C REPO watch --daemon`, which returns once the watches are set and the
#              baseline snapshot taken, vs `inotifywait -r -m` on the same tree (.git excluded) until it
#              prints "Watches established."; alternating, one untimed warm-up each, the watcher stopped
#              with `watch --stop` between runs. The very first start (no private index) is noted apart.
#   memory     VmRSS (anonymous and mapped-file parts) and VmHWM of the running watcher (/proc/PID/status):
#              after setup, then after the first and the last of 5 (3 quick) back-to-back rm -rf rollbacks
#              in that same process, and again once it has been idle a few seconds after them;
#              inotifywait's after setup and after the same rm -rf
#   idle       context switches (voluntary + nonvoluntary, summed over every thread) of the idle watcher
#              and of inotifywait over 10 s (5 s quick), a few seconds after setup: its wake-ups per second
#   rollback   the headline: rm -rf of 10,000 files (every tenth folder, 100 folders; 1,000 files in 10
#              in quick mode) with the watcher running; from the moment rm exits until the audit log
#              (.git/backstop/log.jsonl, polled every 5 ms) holds the blocked action with its rollback.
#              After every run: a sync cookie (the watcher has judged everything), `git status
#              --porcelain` empty, and the log said blocked, mass-deletion. Peers, after an identical
#              rm -rf with no watcher running: `git restore --source=HEAD --worktree -- FOLDERS` (a person
#              putting the folders back by hand) and, as the file-system floor, cp -a of the same
#              folders from a copy outside the repository. Interleaved rounds (a fresh watcher, its
#              rollback, the watcher stopped, git restore, cp -a; one warm-up round, then 5, 3 quick),
#              so the three sides share the machine's load. All of it on this disk, then again on a copy
#              of the repository in tmpfs (mounted under .build-bench/ when root, else /dev/shm), where
#              creating files is cheap and what is left is the tools' own time.
# The repository is cached under .build-bench/watch/; every scenario starts from HEAD's files with no
# watcher state. git runs hermetically. Called by bench/run.sh, which sets ROOT, WORK, BACKSTOP, QUICK
# and OUT.
set -euo pipefail
: "${ROOT:?} ${WORK:?} ${BACKSTOP:?} ${OUT:?}"
QUICK=${QUICK:-0}
BENCH=$ROOT/bench
CHECK=$BENCH/snapshot-steps.sh           # check-complete: `git status --porcelain` is empty
ROWS=$OUT/watch.jsonl
NOTES=$OUT/watch.notes.md
RAW=$OUT/watch-runs                      # every run's JSON, kept for a closer look
: > "$ROWS"
rm -rf "$RAW"
mkdir -p "$RAW"

FILES=$([ "$QUICK" = 1 ] && echo 10000 || echo 100000)
RUNS=${BENCH_RUNS:-$([ "$QUICK" = 1 ] && echo 3 || echo 5)}
MEMORY_ROLLBACKS=$([ "$QUICK" = 1 ] && echo 3 || echo 5)
IDLE_SECONDS=$([ "$QUICK" = 1 ] && echo 5 || echo 10)
SETTLE_SECONDS=3
IDLE_AFTER_ROLLBACKS_SECONDS=5          # how long the watcher sits quiet before the "once idle" reading
BASE=$WORK/watch
REPO=$BASE/repo-$FILES
TMPFS=$BASE/tmpfs
TMPFS_MOUNTED=0

source "$BENCH/generated-repo.sh"
hermetic_git "$BASE/home"

fail() { echo "bench: watch: $*" >&2; exit 1; }
command -v inotifywait > /dev/null || fail "inotifywait is missing (sudo apt-get install -y inotify-tools)"
step() { python3 "$BENCH/watch-steps.py" "$@"; }
field() { step field "$@"; }
stop_watcher() { "$BACKSTOP" -C "$1" watch --stop > /dev/null 2>&1 || true; }
cleanup() {
    stop_watcher "$REPO"
    if [ -d "$TMPFS/repo" ]; then stop_watcher "$TMPFS/repo"; fi
    cd "$BASE"
    if [ "$TMPFS_MOUNTED" = 1 ]; then umount "$TMPFS" || true; elif [ -d "$TMPFS" ]; then rm -rf "$TMPFS"; fi
}
trap cleanup EXIT

# --- the repository (cached; shared generator with the snapshot part) --------------------------------
generated_repo "$REPO" "$FILES" "the watcher"
cd "$REPO"

# Every tenth folder: the folders the rm -rf deletes (they hold no ignored file).
SUBSET=$BASE/subset-$FILES.txt
for ((m = 0; m < FILES / 10000; m++)); do for ((p = 3; p < 100; p += 10)); do printf 'm%02d/p%02d\n' "$m" "$p"; done; done > "$SUBSET"
mapfile -t FOLDERS < "$SUBSET"
SUBSET_FILES=$(git ls-files -- "${FOLDERS[@]}" | wc -l)

reset_repo() {  # in the current repository: HEAD's files, no watcher, no watcher state
    stop_watcher "$PWD"
    git reset -q --hard HEAD
    git clean -fdq
    rm -rf .git/backstop .git/bench .git/backstop-sync-* .git/backstop-cookie-*
    local ref
    git for-each-ref --format='%(refname)' refs/backstop refs/bench | while IFS= read -r ref; do git update-ref -d "$ref"; done
    sleep 1                               # no racily clean entries: the index is written after every file
    git update-index -q --refresh > /dev/null || true
    bash "$CHECK" check-complete
}
load() { uptime | sed 's/.*load average: //'; }
loads=()
fmt() { python3 -c "print(f'{$1:,}')"; }
mib() { python3 -c "print(f'{$1 / 1024:.1f} MiB')"; }
label="$(fmt "$FILES")-file repo"
inotify_version=$(inotifywait --help 2>&1 | awk 'NR == 1 { print $2 }' || true)   # --help exits 1

reset_repo
tracked=$(git ls-files | wc -l)
folders_in_tree=$(find . -path ./.git -prune -o -type d -print | wc -l)

# --- setup ------------------------------------------------------------------------------------------
loads+=("setup $(load)")
echo "bench: watch setup, $FILES files, $RUNS runs each (and 1 warm-up) of backstop watch --daemon and inotifywait -r" >&2
step start-daemon "$BACKSTOP" "$REPO" > "$RAW/first-start.json"      # no private index yet: a cold baseline
stop_watcher "$REPO"
for ((run = 0; run <= RUNS; run++)); do
    inotify_out=$([ "$run" = 0 ] && echo /dev/null || echo "$RAW/setup-inotifywait.jsonl")
    backstop_out=$([ "$run" = 0 ] && echo /dev/null || echo "$RAW/setup-backstop.jsonl")
    step inotifywait "$REPO" >> "$inotify_out"
    step start-daemon "$BACKSTOP" "$REPO" >> "$backstop_out"
    [ "$run" = "$RUNS" ] || stop_watcher "$REPO"
done
# The last watcher started stays: memory, idle, then the rollbacks.
PID=$(field "$RAW/setup-backstop.jsonl" pid)
watched=$(field "$RAW/setup-backstop.jsonl" folders)
[ "$watched" != null ] || fail "the watcher did not say how many folders it watches: $(field "$RAW/setup-backstop.jsonl" said)"

# --- memory after setup, idle wake-ups ----------------------------------------------------------------
sleep "$SETTLE_SECONDS"
step stats "$PID" > "$RAW/memory-setup.json"
loads+=("idle $(load)")
echo "bench: watch idle, $IDLE_SECONDS s" >&2
step idle "$PID" "$IDLE_SECONDS" > "$RAW/idle-backstop.json"

one_rollback() {  # TAG RUN REPO PID OUT: rm -rf with the watcher running, timed until its rollback is logged
    local tag=$1 run=$2 repo=$3 pid=$4 out=$5
    bash "$CHECK" check-complete
    step rollback "$repo" "$SUBSET" "$SUBSET_FILES" "$pid" >> "$out"
    step sync "$repo" "$tag-$run" >> "$RAW/sync-$tag.jsonl"
    if ! bash "$CHECK" check-complete 2> "$RAW/incomplete-$tag-$run.txt"; then
        # Recorded, not fatal: the rows say how many runs left the tree incomplete.
        echo "bench: watch: after rollback run $run ($tag) the tree is not complete; see $RAW/incomplete-$tag-$run.txt" >&2
        echo "$tag $run" >> "$RAW/incomplete.txt"
        git restore --source=HEAD --worktree -- "${FOLDERS[@]}"
        step sync "$repo" "$tag-$run-repaired" >> "$RAW/sync-$tag.jsonl"
        bash "$CHECK" check-complete
    else
        rm -f "$RAW/incomplete-$tag-$run.txt"
    fi
}

# --- memory over back-to-back rollbacks, in the same watcher -----------------------------------------
loads+=("memory over rollbacks $(load)")
echo "bench: watch memory over $MEMORY_ROLLBACKS back-to-back rollbacks of $SUBSET_FILES deleted files in one watcher" >&2
for ((run = 1; run <= MEMORY_ROLLBACKS; run++)); do
    one_rollback memory "$run" "$REPO" "$PID" "$RAW/rollback-memory.jsonl"
    [ "$run" != 1 ] || step stats "$PID" > "$RAW/memory-first-rollback.json"
done
step stats "$PID" > "$RAW/memory-last-rollback.json"
sleep "$IDLE_AFTER_ROLLBACKS_SECONDS"     # a reading, not a wait for the watcher: nothing touches the tree
step stats "$PID" > "$RAW/memory-idle-after-rollbacks.json"
last_entry=$(grep '"verdict":"block"' .git/backstop/log.jsonl | tail -n 1)
stop_watcher "$REPO"

echo "bench: inotifywait memory and idle wake-ups, $IDLE_SECONDS s" >&2
loads+=("inotifywait $(load)")
step inotifywait "$REPO" --idle "$IDLE_SECONDS" --delete "$SUBSET" --settle "$SETTLE_SECONDS" > "$RAW/inotifywait-profile.json"
git restore --source=HEAD --worktree -- "${FOLDERS[@]}"
bash "$CHECK" check-complete

# --- the headline: rollback vs the peers, in interleaved rounds ---------------------------------------
# Each round starts a watcher, times one rm -rf until its rollback is logged, stops the watcher, then
# times git restore and cp -a after the same rm -rf: the three sides share the machine's load of the
# moment (another process may be busy on these 2 cores).
rounds() {  # TAG REPO PRISTINE: one warm-up round, then RUNS
    local tag=$1 repo=$2 pristine=$3 run suffix pid
    for ((run = 0; run <= RUNS; run++)); do
        suffix=$([ "$run" = 0 ] && echo "-warmup" || echo "")
        step start-daemon "$BACKSTOP" "$repo" >> "$RAW/start-$tag$suffix.jsonl"
        pid=$(field "$RAW/start-$tag$suffix.jsonl" pid)
        sleep 1
        one_rollback "$tag" "$run" "$repo" "$pid" "$RAW/rollback-$tag$suffix.jsonl"
        step stats "$pid" >> "$RAW/memory-$tag$suffix.jsonl"
        stop_watcher "$repo"
        bash "$CHECK" check-complete
        step peer "$repo" "$SUBSET" "$repo" git restore --source=HEAD --worktree -- "${FOLDERS[@]}" >> "$RAW/git-restore-$tag$suffix.jsonl"
        bash "$CHECK" check-complete || fail "git restore left the tree incomplete"
        step peer "$repo" "$SUBSET" "$pristine" cp -a --parents -t "$repo" "${FOLDERS[@]}" >> "$RAW/copy-$tag$suffix.jsonl"
        bash "$CHECK" check-complete || fail "cp -a left the tree incomplete"
    done
}

PRISTINE=$BASE/pristine-$FILES
rm -rf "$PRISTINE"; mkdir -p "$PRISTINE"
cp -a --parents -t "$PRISTINE" "${FOLDERS[@]}"
disk_fs=$(findmnt -no FSTYPE -T "$REPO" 2> /dev/null || stat -f -c %T "$REPO")
disk_options=$(findmnt -no OPTIONS -T "$REPO" 2> /dev/null || echo "not known")
loads+=("rounds on disk $(load)")
echo "bench: rm -rf of $SUBSET_FILES files in ${#FOLDERS[@]} folders ($disk_fs): watcher rollback, git restore, cp -a; 1 warm-up + $RUNS rounds" >&2
rounds disk "$REPO" "$PRISTINE"
reset_repo

# --- the same on tmpfs ------------------------------------------------------------------------------
repo_mb=$(du -sm "$REPO" | cut -f1)
mkdir -p "$TMPFS"
tmpfs_where=""
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o "size=$((2 * repo_mb + 512))m,mode=0755" bench-watch "$TMPFS" 2> /dev/null; then
    TMPFS_MOUNTED=1
    tmpfs_where="a tmpfs mounted for the run under .build-bench/watch/"
elif [ "$(stat -f -c %T /dev/shm 2> /dev/null)" = tmpfs ] && [ "$(df -Pm /dev/shm | awk 'NR == 2 { print $4 }')" -gt $((2 * repo_mb + 512)) ]; then
    rmdir "$TMPFS"
    TMPFS=$(mktemp -d /dev/shm/backstop-bench-watch.XXXXXX)
    tmpfs_where="/dev/shm"
fi
if [ -n "$tmpfs_where" ]; then
    echo "bench: copying the repository to tmpfs ($tmpfs_where)" >&2
    cp -a "$REPO" "$TMPFS/repo"
    cd "$TMPFS/repo"
    reset_repo
    TMP_PRISTINE=$TMPFS/pristine
    mkdir -p "$TMP_PRISTINE"
    cp -a --parents -t "$TMP_PRISTINE" "${FOLDERS[@]}"
    loads+=("rounds on tmpfs $(load)")
    echo "bench: the same on tmpfs, 1 warm-up + $RUNS rounds" >&2
    rounds tmpfs "$TMPFS/repo" "$TMP_PRISTINE"
    cd "$REPO"
    cleanup
    TMPFS_MOUNTED=0
else
    echo "bench: watch: no tmpfs to copy the repository to (not root, and /dev/shm missing or too small); tmpfs rows skipped" >&2
fi
loads+=("end $(load)")

# --- rows -------------------------------------------------------------------------------------------
add() { python3 "$BENCH/report.py" add "$ROWS" --part watch "$@"; }
summary() { step summary "$RAW/$1.jsonl" > "$RAW/$1.summary.json"; }
get() { field "$RAW/$1" "$2"; }
duration() { python3 -c "s = $1; print(f'{s * 1000:.1f} ms' if s < 1 else f'{s:.2f} s')"; }
met() { if python3 -c "import sys; sys.exit(0 if $1 else 1)"; then echo yes; else echo no; fi; }
for name in setup-backstop setup-inotifywait; do summary "$name"; done
summary rollback-memory
for tag in disk $([ -n "$tmpfs_where" ] && echo tmpfs); do summary "rollback-$tag"; summary "git-restore-$tag"; summary "copy-$tag"; summary "start-$tag"; done

setup_corpus="$label: set up the watches"
add --corpus "$setup_corpus" --tool "backstop watch --daemon (returns when watching; baseline snapshot taken)" --role subject \
    --seconds "$(get setup-backstop.summary.json median_s)" --runs "$RUNS" \
    --result "max $(duration "$(get setup-backstop.summary.json max_s)"); $(fmt "$watched") folders watched; first start, no private index yet: $(duration "$(get first-start.json seconds)")"
add --corpus "$setup_corpus" --tool "inotifywait -r -m (inotify-tools $inotify_version), .git excluded, until “Watches established.”" \
    --seconds "$(get setup-inotifywait.summary.json median_s)" --runs "$RUNS" \
    --result "max $(duration "$(get setup-inotifywait.summary.json max_s)"); $(fmt "$((folders_in_tree - 1))") folders (ignored ones too)"

memory_row() {  # TOOL FILE [GOAL TEST]: the goal is RSS ≤ 64 MiB unless given (TEST on $rss, in kB)
    local rss hwm goal=${3:-RSS ≤ 64 MiB} test=${4:-'<= 65536'}
    rss=$(get "$2" rss_kb); hwm=$(get "$2" hwm_kb)
    add --corpus "$label: resident memory" --tool "$1" --role subject \
        --result "VmRSS **$(mib "$rss")** ($(mib "$(get "$2" anon_kb)") anonymous, $(mib "$(get "$2" file_kb)") mapped files), VmHWM (peak) $(mib "$hwm")" \
        --goal "$goal" --met "$(met "$rss $test")"
}
memory_row "backstop watch, after setup" memory-setup.json
memory_row "backstop watch, after one rm -rf rollback" memory-first-rollback.json
memory_row "backstop watch, after $MEMORY_ROLLBACKS rm -rf rollbacks" memory-last-rollback.json
memory_row "backstop watch, idle $IDLE_AFTER_ROLLBACKS_SECONDS s after those rollbacks" memory-idle-after-rollbacks.json "RSS < 50 MiB" '< 51200'
add --corpus "$label: resident memory" --tool "inotifywait -r -m, after setup" --role reference \
    --result "VmRSS $(mib "$(get inotifywait-profile.json after_setup.rss_kb)") ($(mib "$(get inotifywait-profile.json after_setup.anon_kb)") anonymous), VmHWM (peak) $(mib "$(get inotifywait-profile.json after_setup.hwm_kb)")"
add --corpus "$label: resident memory" --tool "inotifywait -r -m, after the same rm -rf" --role reference \
    --result "VmRSS $(mib "$(get inotifywait-profile.json after_delete.rss_kb)") ($(mib "$(get inotifywait-profile.json after_delete.anon_kb)") anonymous), VmHWM (peak) $(mib "$(get inotifywait-profile.json after_delete.hwm_kb)")"

idle_corpus="$label: idle, nothing happening ($IDLE_SECONDS s)"
idle_result() {  # FILE KEYPREFIX
    local switches per_s
    switches=$(get "$1" "${2}switches"); per_s=$(python3 -c "print(f'{$(get "$1" "${2}per_s"):.1f}')")
    echo "**$per_s wake-ups/s** ($switches context switches in $(python3 -c "print(f'{$(get "$1" "${2}seconds"):.1f}')") s over $(get "$1" "${2}threads_after") thread(s); CPU $(duration "$(get "$1" "${2}cpu_s")"))"
}
add --corpus "$idle_corpus" --tool "backstop watch" --role subject --result "$(idle_result idle-backstop.json "")" \
    --goal "none (0/s)" --met "$(met "$(get idle-backstop.json switches) == 0")"
add --corpus "$idle_corpus" --tool "inotifywait -r -m" --role reference --result "$(idle_result inotifywait-profile.json idle.)"

rollback_rows() {  # TAG CORPUS-SUFFIX
    local tag=$1 s=$RAW/rollback-$1.summary.json corpus
    corpus="$label on $2: rm -rf of $(fmt "$SUBSET_FILES") files (${#FOLDERS[@]} folders) until all are back"
    local actions
    actions=$(field "$s" actions_min)
    [ "$actions" = "$(field "$s" actions_max)" ] || actions="$actions to $(field "$s" actions_max)"
    add --corpus "$corpus" --tool "backstop watch: from rm's exit to the rollback in the audit log" --role subject \
        --seconds "$(field "$s" median_s)" --runs "$(field "$s" runs)" --goal "median ≤ 1 s" --goal-max-s 1.0 \
        --result "max $(duration "$(field "$s" max_s)"); all back and verified (git status empty) in $(field "$s" complete) of $(field "$s" runs) runs; $actions blocked action(s) per rm; the rm -rf itself took $(duration "$(field "$s" rm_median_s)"); watcher CPU per rollback $(duration "$(field "$s" cpu_median_s)") ($(duration "$(field "$s" system_median_s)") of it in the kernel)"
    add --corpus "$corpus" --tool "git restore --source=HEAD --worktree -- FOLDERS, right after the rm" \
        --seconds "$(get "git-restore-$tag.summary.json" median_s)" --runs "$(get "git-restore-$tag.summary.json" runs)" \
        --result "max $(duration "$(get "git-restore-$tag.summary.json" max_s)")"
    add --corpus "$corpus" --tool "cp -a FOLDERS from a copy (file-system floor)" --role reference \
        --seconds "$(get "copy-$tag.summary.json" median_s)" --runs "$(get "copy-$tag.summary.json" runs)" \
        --result "max $(duration "$(get "copy-$tag.summary.json" max_s)")"
}
rollback_rows disk "$disk_fs (this disk)"
[ -z "$tmpfs_where" ] || rollback_rows tmpfs tmpfs

# --- notes ------------------------------------------------------------------------------------------
incomplete=0
[ ! -f "$RAW/incomplete.txt" ] || incomplete=$(wc -l < "$RAW/incomplete.txt")
rollback_facts() {  # TAG
    local s=$RAW/rollback-$1.summary.json
    echo "restored per run: $(field "$s" restored | tr -d '"') files; runs where the log said blocked, mass-deletion: $(field "$s" mass_deletion) of $(field "$s" runs); actions marked overflowed (the kernel's queue dropped events, found by rescanning): $(field "$s" overflowed); mismatched paths after the rollback: $(field "$s" mismatched); error entries: $(field "$s" errors); rm -rf runs that exited non-zero (the watcher put files back while rm still ran): $(field "$s" rm_failed). Times of the rounds: watcher $(field "$s" all); git restore $(get "git-restore-$1.summary.json" all); cp -a $(get "copy-$1.summary.json" all)"
}
cat > "$NOTES" <<EOF
### The watcher

- Repository: $(fmt "$tracked") tracked files in $(fmt "$((folders_in_tree - 1))") folders, the one the snapshot part uses (\`bench/generated-repo.sh\`), cached in \`$REPO\`; on $disk_fs. Hooks are not installed. git runs hermetically. Steps are timed by \`bench/watch-steps.py\` (CLOCK_MONOTONIC, the same way for every tool); every run's figures are in \`$RAW\`.
- setup: \`backstop -C REPO watch --daemon\` returns once the watcher says it is ready: watches set and the baseline snapshot taken. $RUNS runs each after one warm-up, alternating with inotifywait; \`watch --stop\` between runs, so every start but the first found its private index (the very first, with none, took $(duration "$(get first-start.json seconds)")). The watcher said: "$(get first-start.json said | sed "s|$BASE|.build-bench/watch|")". It watches the folders of work files (not the ignored build/ tree, not .git but its hooks folder); inotifywait (\`inotifywait -r -m @REPO/.git REPO\`, events to /dev/null) watches every folder but .git's.
- memory: VmRSS (split into RssAnon, the process's own heap and stacks, and RssFile, pages of mapped files: the executable and libgit2's mapped pack files, shared with the page cache) and VmHWM from /proc/PID/status: $SETTLE_SECONDS s after setup, then after the first and after the last of $MEMORY_ROLLBACKS back-to-back rm -rf rollbacks on disk in that same watcher process, and once more after it had sat idle $IDLE_AFTER_ROLLBACKS_SECONDS s (nothing touching the tree). Those $MEMORY_ROLLBACKS took $(get rollback-memory.summary.json all) in turn, the watcher's CPU time in the kernel in each $(get rollback-memory.summary.json system_all)$([ "$(met "$(get rollback-memory.summary.json last_s) > 2 * $(get rollback-memory.summary.json first_s)")" = no ] || echo ": on this disk, creating files in folders just emptied got slower with every delete-and-recreate cycle, and the peers in the rounds below, which follow many such cycles, are as slow; the first rollback in a fresh tree is the fast one"). In the rounds below, where every watcher process makes one rollback, VmRSS after it was $(step field-range "$RAW/memory-disk.jsonl" rss_kb) on disk$([ -z "$tmpfs_where" ] || echo " and $(step field-range "$RAW/memory-tmpfs.jsonl" rss_kb) on tmpfs"). inotifywait's after setup and $SETTLE_SECONDS s after the same rm -rf.
- idle: $SETTLE_SECONDS s after setup, the context switches (voluntary + nonvoluntary) of every thread in /proc/PID/task/*/status, summed, before and after a $IDLE_SECONDS s window in which nothing touched the tree; each switch is a wake-up of some thread. backstop: $(get idle-backstop.json threads_before) threads at the start, $(get idle-backstop.json threads_after) at the end ($(get idle-backstop.json threads_born) born, $(get idle-backstop.json threads_ended) ended in the window).
- rollback: before every run \`git status --porcelain\` is empty; then \`rm -rf\` of the ${#FOLDERS[@]} folders (every tenth, $(fmt "$SUBSET_FILES") files); t0 when rm exits; t1 when the audit log holds blocked actions whose rollbacks restored all $(fmt "$SUBSET_FILES") files (the log is written after the rollback has restored and checked the files, taken the snapshot after it and swallowed its own events, so every file is back by t1). An action that only removed whole folders closes once the tree has been quiet for 50 ms (a sixth of \`watch.settleMilliseconds\`, 300 ms by default, and at least 50 ms), so 50 ms of every watcher figure is that wait. Then a sync cookie (\`.git/backstop-sync-NAME\`: the watcher answers once everything before it is judged) and \`git status --porcelain\`, outside the timing. One warm-up round and $RUNS timed rounds per file system; a round starts a watcher (\`watch --daemon\`, then 1 s; $(duration "$(get start-disk.summary.json median_s)") median to start on disk, more than in the setup rows because the peers of the round before rewrote $(fmt "$SUBSET_FILES") files, which the baseline snapshot then reads again), times one rm -rf until its rollback is logged, stops the watcher, then times the peers, each after an identical rm -rf; their time, too, starts when rm exits. So all three sides run under the same load of the moment. Runs that left the tree incomplete: $incomplete.
- On $disk_fs (mounted $disk_options): $(rollback_facts disk).
$([ -z "$tmpfs_where" ] && echo "- tmpfs: not run (no tmpfs was available)." || echo "- On tmpfs ($tmpfs_where; a copy of the repository with its .git, and the floor's copy of the folders, both in memory): $(rollback_facts tmpfs).")
- The last blocked action of the back-to-back ones, as logged (sample paths cut): \`$(printf '%s' "$last_entry" | python3 -c 'import json,sys; e=json.load(sys.stdin); e["sample"]=e.get("sample",[])[:2]; [c.update(paths=c["paths"][:2]) for c in e.get("classes",[])]; print(json.dumps(e, separators=(",", ":")))')\`
- Load average (1, 5, 15 min) at the start of each scenario: $(printf '%s; ' "${loads[@]}" | sed 's/; $//').
EOF
