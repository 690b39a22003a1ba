#!/usr/bin/env bash
# The small steps bench/snapshot.sh times or runs between timings, one per call, in the current
# directory (the generated repository's root). Kept apart so each git CLI sequence being compared
# with backstop is plain to read:
#
#   git-cold            cp .git/index to a fresh temporary index (GIT_INDEX_FILE), git add -A,
#                       git write-tree, git commit-tree, git update-ref refs/bench/snapshots
#   git-warm            git add -A + git write-tree on the kept temporary index (backstop skips the
#                       commit when nothing changed, so that is the whole comparable work)
#   git-changed         the git-cold sequence on the kept temporary index, parented on the newest
#                       refs/bench/snapshots commit
#   git-checkout-index ID DIR...   git read-tree ID into a temporary index, then git ls-files DIR... |
#                       git checkout-index -f --stdin: the plumbing way to put folders back from a commit
#   copy-back DIR FILE  cp -a the folders listed in FILE from the copy DIR back into place: what creating
#                       those files costs with no version control at all (the file-system floor)
#
#   forget-backstop     prepare for backstop's cold runs: remove its private index and snapshot ref
#   forget-git          prepare for git-cold: remove the git sequence's temporary index and ref
#   change-10 FILE      prepare: append one line to each of the 10 paths listed in FILE
#   delete-subset FILE  prepare for restores: check the tree is complete (nothing changed, the restore
#                       before put everything back; exit 1 otherwise), then rm -rf the folders in FILE
#   check-complete      exit 1 unless `git status --porcelain` is empty
set -euo pipefail

BENCH_INDEX=.git/bench/index            # kept temporary index of the git sequences
COLD_INDEX=.git/bench/cold-index        # fresh for every cold run

git_snapshot() {  # index file: seeded from .git/index when missing
    [ -f "$1" ] || cp .git/index "$1"
    export GIT_INDEX_FILE=$1
    git add -A
    local tree commit
    tree=$(git write-tree)
    if [ -f .git/refs/bench/snapshots ]; then
        commit=$(git commit-tree -p refs/bench/snapshots -m "bench snapshot" "$tree")
    else
        commit=$(git commit-tree -m "bench snapshot" "$tree")
    fi
    git update-ref refs/bench/snapshots "$commit"
}

check_complete() {
    local status
    status=$(git status --porcelain)
    if [ -n "$status" ]; then
        echo "snapshot-steps: the working tree is not as committed ($(printf '%s\n' "$status" | wc -l) entries in git status):" >&2
        printf '%s\n' "$status" | head -5 >&2
        exit 1
    fi
}

action=${1:?usage: snapshot-steps.sh ACTION [ARG...]}
shift
[ -d .git/bench ] || mkdir -p .git/bench   # test first: no extra process in the timed steps
case "$action" in
    git-cold) git_snapshot "$COLD_INDEX" ;;
    git-warm)
        [ -f "$BENCH_INDEX" ] || cp .git/index "$BENCH_INDEX"
        export GIT_INDEX_FILE=$BENCH_INDEX
        git add -A
        git write-tree > /dev/null
        ;;
    git-changed) git_snapshot "$BENCH_INDEX" ;;
    git-checkout-index)
        source=${1:?snapshot id}
        shift
        export GIT_INDEX_FILE=.git/bench/restore-index
        git read-tree "$source"
        git ls-files -z -- "$@" | git checkout-index -f -z --stdin
        ;;
    copy-back)
        repo=$PWD
        cd "${1:?copy of the folders}"
        xargs cp -a --parents -t "$repo" < "${2:?list of folders}"
        ;;
    forget-backstop)
        rm -f .git/backstop/index
        git update-ref -d refs/backstop/snapshots 2> /dev/null || true
        ;;
    forget-git)
        rm -f "$COLD_INDEX"
        git update-ref -d refs/bench/snapshots 2> /dev/null || true
        ;;
    change-10)
        while IFS= read -r path; do
            printf '# changed %s %s\n' "$EPOCHREALTIME" "$RANDOM" >> "$path"
        done < "${1:?list of files}"
        ;;
    delete-subset)
        check_complete
        xargs rm -rf < "${1:?list of folders}"
        ;;
    check-complete) check_complete ;;
    *) echo "snapshot-steps: unknown action $action" >&2; exit 2 ;;
esac
