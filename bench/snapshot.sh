#!/usr/bin/env bash
# Snapshot and restore latency on a generated, committed repository of 100,000 tracked text files
# (10,000 with BENCH_QUICK=1): 1,000 folders of 100 files of 1 to 4 KB, a .gitignore, and ignored
# files (a build/ folder, a build.log in every tenth folder, a .env). Backstop against the git command line doing
# the same work, side by side in one hyperfine run per scenario (-N, no shell; the git sequences are
# the small scripts in bench/snapshot-steps.sh, run with bash):
#   cold       `backstop snapshot` with no private index and no snapshot ref (removed before every run)
#              vs cp .git/index to a fresh GIT_INDEX_FILE + git add -A + write-tree + commit-tree + update-ref
#   warm       nothing changed: `backstop snapshot` (commits nothing) vs git add -A + write-tree on a kept index
#   changed    10 tracked files rewritten before every run: `backstop snapshot` vs the git sequence of cold
#              on the kept index, parented on the previous one
#   in-process one long-lived SnapshotStore (snapshot-probe, built next to backstop): take(paths: the 10
#              changed files) and take(paths: nil) after 10 other files changed, timed inside the process
#   restore    10,000 files (100 whole folders; 1,000 files in 10 folders in quick mode) deleted before
#              every run: `backstop restore ID -- FOLDERS` and `backstop restore ID` (whole tree; both
#              snapshot the working tree first) vs `git restore --source=ID --worktree -- FOLDERS`,
#              git read-tree + checkout-index of those folders, `git restore --source=ID --worktree -- .`,
#              and, as the file-system floor, cp -a of the same folders from a copy kept outside the repo
#              Every run starts from the same state: the prepare step checks `git status --porcelain` is
#              empty (the run before put everything back) before it deletes; the end is checked too.
# The repository is generated once and cached under .build-bench/snapshot/; every run resets it to HEAD
# and removes Backstop's and the git sequences' snapshot state first. git runs hermetically.
# Called by bench/run.sh, which sets ROOT, WORK, BACKSTOP, QUICK and OUT. SNAPSHOT_PROBE overrides the
# probe's path.
set -euo pipefail
: "${ROOT:?} ${WORK:?} ${BACKSTOP:?} ${OUT:?}"
QUICK=${QUICK:-0}
BENCH=$ROOT/bench
STEPS=$BENCH/snapshot-steps.sh
ROWS=$OUT/snapshot.jsonl
NOTES=$OUT/snapshot.notes.md
: > "$ROWS"
PROBE=${SNAPSHOT_PROBE:-$(dirname "$BACKSTOP")/snapshot-probe}

FILES=$([ "$QUICK" = 1 ] && echo 10000 || echo 100000)
RUNS=${BENCH_RUNS:-$([ "$QUICK" = 1 ] && echo 10 || echo 20)}
RESTORE_RUNS=${BENCH_RUNS:-$([ "$QUICK" = 1 ] && echo 5 || echo 10)}
ROUNDS=$([ "$QUICK" = 1 ] && echo 10 || echo 30)
BASE=$WORK/snapshot
REPO=$BASE/repo-$FILES

source "$BENCH/generated-repo.sh"
hermetic_git "$BASE/home"

fail() { echo "bench: snapshot: $*" >&2; exit 1; }
[ -x "$PROBE" ] || fail "no snapshot-probe at $PROBE (bench/run.sh builds it next to backstop; or set SNAPSHOT_PROBE)"

# --- the repository (cached; regenerated when the generator changes) --------------------------------
generated_repo "$REPO" "$FILES" snapshots
cd "$REPO"

# 10 files spread over the tree (changed scenario), and every tenth folder (restore scenario).
CHANGES=$BASE/changes-$FILES.txt
SUBSET=$BASE/subset-$FILES.txt
for ((k = 0; k < 10; k++)); do i=$((k * FILES / 10 + 517)); printf 'm%02d/p%02d/f%06d.txt\n' $((i / 10000)) $((i / 100 % 100)) "$i"; done > "$CHANGES"
for ((m = 0; m < FILES / 10000; m++)); do for ((p = 3; p < 100; p += 10)); do printf 'm%02d/p%02d\n' "$m" "$p"; done; done > "$SUBSET"
mapfile -t FOLDERS < "$SUBSET"
SUBSET_FILES=$(cd "$REPO" && git ls-files -- "${FOLDERS[@]}" | wc -l)

reset_repo() {  # HEAD's files, nothing else changed; no snapshot state of either side
    git reset -q --hard HEAD
    git clean -fdq
    rm -rf .git/backstop .git/bench
    local ref
    for ref in refs/backstop/snapshots refs/backstop/undo refs/bench/snapshots; do git update-ref -d "$ref" 2> /dev/null || true; done
    sleep 1                               # no racily clean entries: the index is written after every file
    git update-index -q --refresh > /dev/null || true
    bash "$STEPS" check-complete
}
load() { uptime | sed 's/.*load average: //'; }
loads=()
spread() { python3 "$BENCH/report.py" info hyperfine-spread "$1" --index "$2"; }
count() { git rev-list --count "$1" 2> /dev/null || echo 0; }
fmt() { python3 -c "print(f'{$1:,}')"; }
label="$(fmt "$FILES")-file repo"

reset_repo
tracked=$(git ls-files | wc -l)
ignored=$(git ls-files --others --ignored --exclude-standard | wc -l)
repo_mb=$(du -sm --exclude=.git . | cut -f1)

# Sanity: a backstop snapshot holds exactly HEAD's files plus the ignored .env (a secretFiles match).
first=$("$BACKSTOP" snapshot -m "bench sanity" 2> /dev/null)
[ "$(git cat-file -t "$first")" = commit ] || fail "backstop snapshot printed '$first', not a commit id"
snapshot_files=$(git ls-tree -r --name-only "$first" | wc -l)
[ -z "$(git diff --name-only HEAD "$first" -- . ':!.env')" ] || fail "the first snapshot differs from HEAD beyond .env"
env_in_snapshot=$(git ls-tree --name-only "$first" -- .env)

# --- cold ---------------------------------------------------------------------------------------------
loads+=("cold $(load)")
echo "bench: snapshot cold, $FILES files, $RUNS runs" >&2
hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$OUT/snapshot-cold-hf.json" \
    --prepare "bash $STEPS forget-backstop" --prepare "bash $STEPS forget-git" \
    -n "backstop snapshot (cold)" "$BACKSTOP snapshot -m bench" \
    -n "git CLI (cold)" "bash $STEPS git-cold" >&2
[ "$(count refs/backstop/snapshots)" = 1 ] && [ "$(count refs/bench/snapshots)" = 1 ] || fail "a cold run did not leave exactly one snapshot"

# --- warm: nothing changed --------------------------------------------------------------------------
loads+=("warm $(load)")
echo "bench: snapshot warm (nothing changed), $RUNS runs" >&2
"$BACKSTOP" snapshot -m bench > /dev/null 2>&1
bash "$STEPS" git-warm
before=$(git rev-parse refs/backstop/snapshots)
hyperfine -N --warmup 2 --runs "$RUNS" --export-json "$OUT/snapshot-warm-hf.json" \
    -n "backstop snapshot (nothing changed)" "$BACKSTOP snapshot -m bench" \
    -n "git CLI add -A + write-tree (kept index)" "bash $STEPS git-warm" >&2
[ "$(git rev-parse refs/backstop/snapshots)" = "$before" ] || fail "backstop took a new snapshot although nothing changed"

# --- 10 changed files, whole tree, one process per snapshot -----------------------------------------
loads+=("changed $(load)")
echo "bench: snapshot after 10 changed files, $RUNS runs" >&2
bash "$STEPS" git-changed                     # the kept index and ref exist, like backstop's
bs_before=$(count refs/backstop/snapshots); git_before=$(count refs/bench/snapshots)
hyperfine -N --warmup 1 --runs "$RUNS" --prepare "bash $STEPS change-10 $CHANGES" --export-json "$OUT/snapshot-changed-hf.json" \
    -n "backstop snapshot (10 changed)" "$BACKSTOP snapshot -m bench" \
    -n "git CLI (10 changed)" "bash $STEPS git-changed" >&2
bs_new=$(( $(count refs/backstop/snapshots) - bs_before )); git_new=$(( $(count refs/bench/snapshots) - git_before ))
[ "$bs_new" = $((RUNS + 1)) ] && [ "$git_new" = $((RUNS + 1)) ] || fail "expected $((RUNS + 1)) new snapshots each, got backstop $bs_new, git $git_new"
changed_stat=$(git diff --shortstat | sed 's/^ //')

# --- one long-lived process -------------------------------------------------------------------------
loads+=("in-process $(load)")
echo "bench: snapshot-probe, $ROUNDS rounds" >&2
"$PROBE" "$REPO" "$ROUNDS" > "$OUT/snapshot-probe.txt"
probe() { awk -v k="$1" '$1 == k { print $2 }' "$OUT/snapshot-probe.txt"; }
ms() { printf '%.1f ms' "$(probe "$1")"; }
slow_rounds=$(probe path_limited_all_ms | tr ',' '\n' | awk -v m="$(probe path_limited_median_ms)" '$1 > 2 * m' | wc -l)
reset_repo

# --- restore ----------------------------------------------------------------------------------------
loads+=("restore $(load)")
source_id=$("$BACKSTOP" snapshot -m "bench restore source" 2> /dev/null)
PRISTINE=$BASE/pristine-$FILES
rm -rf "$PRISTINE"; mkdir -p "$PRISTINE"
cp -a --parents -t "$PRISTINE" "${FOLDERS[@]}"
restore_before=$(count refs/backstop/snapshots)
echo "bench: restore of $SUBSET_FILES deleted files in ${#FOLDERS[@]} folders from ${source_id:0:12}, $RESTORE_RUNS runs" >&2
hyperfine -N --warmup 1 --runs "$RESTORE_RUNS" --prepare "bash $STEPS delete-subset $SUBSET" --export-json "$OUT/snapshot-restore-hf.json" \
    -n "backstop restore ID -- FOLDERS" "$BACKSTOP restore $source_id -- ${FOLDERS[*]}" \
    -n "backstop restore ID" "$BACKSTOP restore $source_id" \
    -n "git restore --source=ID --worktree -- FOLDERS" "git restore --source=$source_id --worktree -- ${FOLDERS[*]}" \
    -n "git read-tree + checkout-index" "bash $STEPS git-checkout-index $source_id ${FOLDERS[*]}" \
    -n "git restore --source=ID --worktree -- ." "git restore --source=$source_id --worktree -- ." \
    -n "cp -a FOLDERS (floor)" "bash $STEPS copy-back $PRISTINE $SUBSET" >&2
bash "$STEPS" check-complete || fail "the working tree is not complete after the restores"
restore_commits=$(( $(count refs/backstop/snapshots) - restore_before ))
back=$(git ls-files -- "${FOLDERS[@]}" | while IFS= read -r f; do [ -f "$f" ] && echo; done | wc -l)
[ "$back" = "$SUBSET_FILES" ] || fail "$back of $SUBSET_FILES restored files are on disk"
loads+=("end $(load)")
snapshot_objects_mb=$(du -sm .git/objects | cut -f1)
reset_repo

# --- rows -------------------------------------------------------------------------------------------
add() { python3 "$BENCH/report.py" add "$ROWS" --part snapshot "$@"; }
hf() { echo "--hyperfine $OUT/snapshot-$1-hf.json --command-index $2"; }
# shellcheck disable=SC2046
{
add --corpus "$label: cold (no private index)" --tool "backstop snapshot" --role subject $(hf cold 0) --result "$(spread "$OUT/snapshot-cold-hf.json" 0)"
add --corpus "$label: cold (no private index)" --tool "git CLI: cp .git/index, add -A, write-tree, commit-tree, update-ref" $(hf cold 1) \
    --result "$(spread "$OUT/snapshot-cold-hf.json" 1)"
add --corpus "$label: warm, nothing changed" --tool "backstop snapshot" --role subject $(hf warm 0) --result "no new snapshot; $(spread "$OUT/snapshot-warm-hf.json" 0)"
add --corpus "$label: warm, nothing changed" --tool "git CLI: add -A, write-tree (kept index)" $(hf warm 1) \
    --result "$(spread "$OUT/snapshot-warm-hf.json" 1)" --goal "backstop ≤ 1.0× git CLI" --goal-ratio-max 1.0
add --corpus "$label: 10 files changed, whole tree" --tool "backstop snapshot" --role subject $(hf changed 0) --result "$(spread "$OUT/snapshot-changed-hf.json" 0)"
add --corpus "$label: 10 files changed, whole tree" --tool "git CLI: add -A, write-tree, commit-tree, update-ref (kept index)" $(hf changed 1) \
    --result "$(spread "$OUT/snapshot-changed-hf.json" 1)"
add --corpus "$label: one long-lived process, 10 files changed" --tool "SnapshotStore.take(paths: the 10 files)" --role subject \
    --seconds "$(python3 -c "print($(probe path_limited_median_ms) / 1000)")" --runs "$(probe rounds)" --goal "median ≤ 50 ms" --goal-max-s 0.050 \
    --result "in-process, $(probe rounds) rounds; p90 $(ms path_limited_p90_ms), max $(ms path_limited_max_ms)"
add --corpus "$label: one long-lived process, 10 files changed" --tool "SnapshotStore.take(paths: nil), whole tree" --role subject \
    --seconds "$(python3 -c "print($(probe whole_tree_median_ms) / 1000)")" --runs "$(probe rounds)" \
    --result "in-process, $(probe rounds) rounds; p90 $(ms whole_tree_p90_ms), max $(ms whole_tree_max_ms)"
restore_label="$label: restore $(fmt "$SUBSET_FILES") deleted files (${#FOLDERS[@]} folders)"
add --corpus "$restore_label, by folder" --tool "backstop restore ID -- FOLDERS" --role subject $(hf restore 0) \
    --result "snapshots first; $(spread "$OUT/snapshot-restore-hf.json" 0)" --goal "median ≤ 1 s" --goal-max-s 1.0
add --corpus "$restore_label, by folder" --tool "git restore --source=ID --worktree -- FOLDERS" $(hf restore 2) --result "$(spread "$OUT/snapshot-restore-hf.json" 2)"
add --corpus "$restore_label, by folder" --tool "git read-tree ID, then ls-files FOLDERS piped to checkout-index -f --stdin" $(hf restore 3) --result "$(spread "$OUT/snapshot-restore-hf.json" 3)"
add --corpus "$restore_label, by folder" --tool "cp -a FOLDERS from a copy (file-system floor)" --role reference $(hf restore 5) --result "$(spread "$OUT/snapshot-restore-hf.json" 5)"
add --corpus "$restore_label, whole tree" --tool "backstop restore ID" --role subject $(hf restore 1) \
    --result "snapshots first; $(spread "$OUT/snapshot-restore-hf.json" 1)" --goal "median ≤ 1 s" --goal-max-s 1.0
add --corpus "$restore_label, whole tree" --tool "git restore --source=ID --worktree -- ." $(hf restore 4) --result "$(spread "$OUT/snapshot-restore-hf.json" 4)"
}

cat > "$NOTES" <<EOF
### Snapshots and restore

- Repository: $(fmt "$tracked") tracked files ($repo_mb MB of text, 1 to 4 KB each, 100 per folder in m*/p*/, and .gitignore), $(fmt "$ignored") ignored files (a build/ folder of 1,000 files, a build.log in every tenth folder, .env), one commit, packed; generated by \`bench/generated-repo.sh\`, cached in \`$REPO\`.
- A backstop snapshot holds $(fmt "$snapshot_files") files: HEAD's$([ -n "$env_in_snapshot" ] && echo ", plus the ignored .env (it matches secretFiles; git add -A leaves it out)" || echo " (the ignored .env is not in it)").
- git runs hermetically (no global or system config, gc.auto 0); the git sequences are \`bench/snapshot-steps.sh\` run with bash (its start, about 1.5 ms, is in their times). hyperfine -N; cold, warm and changed: $RUNS runs each (warm-up 1, 2 for warm); restore: $RESTORE_RUNS runs each, warm-up 1.
- cold: before every run, \`.git/backstop/index\` and \`refs/backstop/snapshots\` (and the git sequence's temporary index and \`refs/bench/snapshots\`) are removed, so both seed their index by copying \`.git/index\` (with git's stat cache) and commit without a parent.
- warm: neither index nor any file changed; backstop commits nothing (checked: \`refs/backstop/snapshots\` did not move), so git's commit-tree and update-ref are left out too.
- 10 files changed: before every run one line is appended to each of the same 10 files spread over the tree; each run of either side made a new snapshot commit (checked: $bs_new each). At the end: $changed_stat against HEAD.
- long-lived process: \`snapshot-probe\` (bench/snapshot-probe) opens one SnapshotStore with writesIndexLazily, takes a warm-up whole-tree snapshot ($(ms warmup_ms); opening the store took $(ms open_ms)), then $(probe rounds) rounds of: 10 files rewritten, \`take(paths: those 10)\`; 10 other files rewritten, \`take(paths: nil)\`. Timed with CLOCK_MONOTONIC around \`take\`; every timed snapshot was a new one. $slow_rounds of the $(probe rounds) path-limited takes took over twice their median (with writesIndexLazily the private index is written only by \`flush()\`, which the probe never calls while timing); all round times are in \`$OUT/snapshot-probe.txt\`.
- restore: source \`${source_id:0:12}\`, a backstop snapshot of HEAD's state. Before every run \`rm -rf\` of ${#FOLDERS[@]} whole folders (every tenth, $(fmt "$SUBSET_FILES") files), after checking \`git status --porcelain\` is empty; after the last run \`git status --porcelain\` was empty and all $(fmt "$SUBSET_FILES") files were on disk. backstop restore snapshots the working tree first and verifies what it wrote, both in its time; over its $((2 * (RESTORE_RUNS + 1))) restores it added $restore_commits snapshot commit(s) (the deleted state is the same tree every time, so later runs refresh the index and write the tree but commit nothing). git restore and checkout-index do not snapshot; the whole-tree git restore, like backstop's, writes only the missing files (git's stat cache says the rest are unchanged). The floor row copies the same folders with \`cp -a\` from a copy outside the repository: what creating these files costs here with no version control at all; where the restore rows are close to it, the file system sets the restore time, not the tool.
- Snapshot objects and packs after the run: .git/objects is $snapshot_objects_mb MB.
- Load average (1, 5, 15 min) at the start of each scenario: $(printf '%s; ' "${loads[@]}" | sed 's/; $//').
EOF
