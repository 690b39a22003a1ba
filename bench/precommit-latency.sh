#!/usr/bin/env bash
# Pre-commit latency: wall time of one hook process, as git would start it, in the root of a generated
# repository of 100,000 small text files (10,000 with BENCH_QUICK=1) with a 5-file staged change
# (3 files modified, 2 added, no secret in them, so every hook exits 0). Timed with hyperfine, no shell:
#   backstop hook pre-commit
#   git secrets --pre_commit_hook --     (what the hook installed by `git secrets --install` runs)
#   git diff --cached --quiet            (the floor: git itself noticing the staged change)
# The repository is generated once and cached under .build-bench/precommit/; every run resets it to
# HEAD and stages the same change again. git runs hermetically: no global or system config, own HOME,
# fixed author and dates. A sanity check first makes sure both hooks do block a staged AWS key.
# Called by bench/run.sh, which sets ROOT, WORK, BACKSTOP, QUICK and OUT.
set -euo pipefail
: "${ROOT:?} ${WORK:?} ${BACKSTOP:?} ${OUT:?}"
QUICK=${QUICK:-0}
BENCH=$ROOT/bench
ROWS=$OUT/precommit.jsonl
NOTES=$OUT/precommit.notes.md
: > "$ROWS"

FILES=$([ "$QUICK" = 1 ] && echo 10000 || echo 100000)
RUNS=${BENCH_RUNS:-$([ "$QUICK" = 1 ] && echo 20 || echo 50)}
BASE=$WORK/precommit
REPO=$BASE/repo-$FILES

export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 HOME=$BASE/home
export GIT_AUTHOR_NAME="Bench" GIT_AUTHOR_EMAIL="bench@example.com" GIT_COMMITTER_NAME="Bench" GIT_COMMITTER_EMAIL="bench@example.com"
export GIT_AUTHOR_DATE="2025-01-01T00:00:00Z" GIT_COMMITTER_DATE="2025-01-01T00:00:00Z"
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_CEILING_DIRECTORIES
mkdir -p "$HOME"

stamp="$FILES $(sha256sum "$BENCH/corpus.py" | cut -c1-16)"
if [ "$(cat "$REPO.ready" 2>/dev/null)" != "$stamp" ]; then
    echo "bench: generating a $FILES-file repository (once; cached in $REPO)" >&2
    rm -rf "$REPO" "$REPO.ready"
    python3 "$BENCH/corpus.py" repo "$REPO" --files "$FILES"
    git -C "$REPO" init -q -b main
    git -C "$REPO" add -A
    git -C "$REPO" commit -q -m "generated: $FILES files"
    (cd "$REPO" && git secrets --install > /dev/null && git secrets --register-aws > /dev/null)
    echo "$stamp" > "$REPO.ready"
fi
cd "$REPO"

reset_repo() {
    git reset -q --hard HEAD
    git clean -fdq
}

stage_change() {  # the same 5-file change every time: 3 modified files, 2 new ones
    local i
    for i in 00017 04242 09001; do
        local f; f=$(printf 'm00/p%02d/f0%s.txt' $((10#$i / 100 % 100)) "$i")
        printf 'def refresh_token(session, timeout=30):\n    token = session.auth.current_token()\n    return session.post("/v1/refresh", headers={"Authorization": f"Bearer {token}"})\n' >> "$f"
        git add "$f"
    done
    mkdir -p feature
    printf 'import os\n\nAPI_KEY = os.environ.get("API_KEY")\nPASSWORD_MIN_LENGTH = 12\n\n\ndef validate_password(password):\n    return len(password) >= PASSWORD_MIN_LENGTH\n' > feature/settings.py
    printf '# Feature\n\nSet `API_KEY` in the environment; see the settings module for the password policy.\n' > feature/README.md
    git add feature/settings.py feature/README.md
}

# Sanity: both hooks must block a staged AWS access key id (assembled here, never committed whole).
reset_repo
key="AK""IA$(python3 -c 'import random; r=random.Random(7); print("".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16)))')"
printf 'aws_access_key_id = %s\n' "$key" > leaked.py
git add leaked.py
bs_rc=0; "$BACKSTOP" hook pre-commit > /dev/null 2>&1 || bs_rc=$?
gs_rc=0; git secrets --pre_commit_hook -- > /dev/null 2>&1 || gs_rc=$?
reset_repo

# The guarded state: `backstop install` records the ignored secret files the hook reads their values
# from (without the record the hook asks git to walk the tree for them, about 70 ms here). The hooks
# folder is put back as it was, so git-secrets' hook stays the one installed.
rm -rf "$BASE/hooks-saved" && cp -a .git/hooks "$BASE/hooks-saved"
"$BACKSTOP" install > /dev/null 2>&1 || { echo "bench: backstop install failed" >&2; exit 3; }
rm -rf .git/hooks && mv "$BASE/hooks-saved" .git/hooks
[ -f .git/backstop/secret-files ] || { echo "bench: backstop install recorded no secret-files list" >&2; exit 3; }

stage_change
[ "$(git diff --cached --name-only | wc -l)" = 5 ] || { echo "bench: expected 5 staged files" >&2; exit 3; }
staged_stat=$(git diff --cached --shortstat | sed 's/^ //')
hook_body=$(grep -v '^#!' .git/hooks/pre-commit | tr '\n' ' ' | sed 's/ *$//')

echo "bench: pre-commit latency, $FILES files, 5 staged, $RUNS runs" >&2
hyperfine -N -i --warmup 3 --runs "$RUNS" --export-json "$OUT/precommit-hf.json" \
    -n "backstop hook pre-commit" "$BACKSTOP hook pre-commit" \
    -n "git secrets --pre_commit_hook --" "git secrets --pre_commit_hook --" \
    -n "git diff --cached --quiet" "git diff --cached --quiet" >&2
reset_repo

corpus="$(python3 -c "print(f'{$FILES:,}')")-file repo, 5 staged files"
spread() {  # index -> "exit codes, p90 and max"
    python3 - "$OUT/precommit-hf.json" "$1" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]
t = sorted(r["times"])
p90 = t[min(len(t) - 1, int(round(0.9 * (len(t) - 1))))]
codes = ",".join(str(c) for c in sorted(set(r.get("exit_codes") or [])))
cpu = (r.get("user", 0) + r.get("system", 0)) * 1000
print(f"exit {codes}; p90 {p90 * 1000:.1f} ms, max {t[-1] * 1000:.1f} ms; CPU (user+sys, mean) {cpu:.1f} ms")
EOF
}
python3 "$BENCH/report.py" add "$ROWS" --part pre-commit --corpus "$corpus" --tool "backstop hook pre-commit" --role subject \
    --hyperfine "$OUT/precommit-hf.json" --command-index 0 --result "$(spread 0)" --goal "median ≤ 20 ms"
python3 "$BENCH/report.py" add "$ROWS" --part pre-commit --corpus "$corpus" --tool "git-secrets $(dpkg-query -W -f '${Version}' git-secrets 2>/dev/null) hook (AWS patterns)" \
    --hyperfine "$OUT/precommit-hf.json" --command-index 1 --result "$(spread 1)"
python3 "$BENCH/report.py" add "$ROWS" --part pre-commit --corpus "$corpus" --tool "git diff --cached --quiet (floor)" --role reference \
    --hyperfine "$OUT/precommit-hf.json" --command-index 2 --result "$(spread 2) (1 = there are staged changes)"

cat > "$NOTES" <<EOF
### Pre-commit latency

- Repository: \`bench/corpus.py repo --files $FILES\` (small text files, 100 per folder), one commit; cached in \`$REPO\`.
- Staged change: 3 modified files and 2 new ones ($staged_stat; ordinary code that mentions token, API_KEY and password but holds no secret), so both hooks exit 0.
- git-secrets: \`git secrets --install\` and \`--register-aws\` in the repo; its installed pre-commit hook runs \`$hook_body\`, and that command is what is timed.
- backstop is installed in the repository first (\`backstop install\`, git-secrets' hooks put back after), as in any guarded repository: the hook reads the list of ignored secret files that install records instead of asking git to walk the tree for them. Its checks: the staged lines, the names of added files, the values of the secret files and of the person's own credential files (none in this HOME), with all built-in rules and decoding.
- hyperfine -N (no shell), 3 warm-ups, $RUNS runs each, in the repository root, hermetic git environment.
- Sanity check with a staged AWS access key id: backstop hook exited $bs_rc, git-secrets hook exited $gs_rc (1 = blocked).
EOF
