#!/usr/bin/env bash
# The generated repository the snapshot and watch parts share, sourced by bench/snapshot.sh and
# bench/watch.sh:
#
#   hermetic_git HOME_DIR              git with no user or system configuration, a fixed author and
#                                      date, and HOME_DIR as its home, whose Backstop user file lets
#                                      `watch --stop` run without a terminal (call it before generated_repo)
#   generated_repo DIR FILES PURPOSE   makes DIR a committed repository of FILES tracked text files, 100
#                                      per folder in m*/p*/ (1 to 4 KB each), a .gitignore, and ignored
#                                      files (a build/ folder of 1,000 files, a build.log in every tenth
#                                      folder, a .env); one commit, packed like a clone. Cached: DIR.ready
#                                      holds FILES and the generator's hash, so the repository is made
#                                      again only when either changes. PURPOSE is for the message.
#
# The folders whose name ends in 3 (p03, p13, ...) hold no ignored file: the parts delete those.

hermetic_git() {
    export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 HOME=$1
    export GIT_AUTHOR_NAME="Bench" GIT_AUTHOR_EMAIL="bench@example.com" GIT_COMMITTER_NAME="Bench" GIT_COMMITTER_EMAIL="bench@example.com"
    export GIT_AUTHOR_DATE="2025-01-01T00:00:00Z" GIT_COMMITTER_DATE="2025-01-01T00:00:00Z"
    unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_CEILING_DIRECTORIES
    mkdir -p "$HOME/.config/backstop"
    # The benches stop watchers without a terminal: the user file lets them.
    export XDG_CONFIG_HOME=$HOME/.config
    echo '{"personOnly": {"watch --stop": false}}' > "$XDG_CONFIG_HOME/backstop/config.json"
    # ...as a person accepted it (`backstop config --accept`).
    local state=${XDG_STATE_HOME:-$HOME/.local/state}/backstop
    mkdir -p "$state"
    echo "$(sha256sum < "$XDG_CONFIG_HOME/backstop/config.json" | cut -d' ' -f1) $XDG_CONFIG_HOME/backstop/config.json" >> "$state/accepted-configurations"
}

GENERATED_REPO_GENERATOR=$(cat <<'PYTHON'
import os, random, sys
out, count = sys.argv[1], int(sys.argv[2])
rng = random.Random(3)
words = ("the a of to and in is it for on with as at by be this from or an which one all when there can "
         "more if no out so what up about into than only other new some time these two first then any like "
         "user order invoice session account payment cache config request response client server queue "
         "event record item report tenant upload job get set load save fetch update delete create parse "
         "render handle process encode decode refresh sync build check active pending default current").split()
paragraphs = []
for _ in range(400):
    lines = [" ".join(rng.choice(words) for _ in range(rng.randrange(6, 14))) for _ in range(rng.randrange(3, 8))]
    paragraphs.append("\n".join(lines) + "\n\n")
for i in range(count):
    folder = os.path.join(out, f"m{i // 10000:02d}", f"p{i // 100 % 100:02d}")
    if i % 100 == 0:
        os.makedirs(folder, exist_ok=True)
        if i // 100 % 10 == 5:       # ignored; never in the folders the restore scenario deletes (p?3)
            with open(os.path.join(folder, "build.log"), "w") as handle:
                handle.write(f"build of {folder}: ok\n" * 20)
    parts, size, target = [f"# file {i}\n"], 0, rng.randrange(1000, 4096)
    while size < target:
        parts.append(rng.choice(paragraphs))
        size += len(parts[-1])
    with open(os.path.join(folder, f"f{i:06d}.txt"), "w") as handle:
        handle.write("".join(parts))
os.makedirs(os.path.join(out, "build", "obj"), exist_ok=True)
for i in range(1000):                                                    # ignored
    with open(os.path.join(out, "build", "obj", f"o{i:04d}.o"), "wb") as handle:
        handle.write(rng.randbytes(2048))
with open(os.path.join(out, ".gitignore"), "w") as handle:
    handle.write("build/\n*.log\n.env\n")
with open(os.path.join(out, ".env"), "w") as handle:                      # ignored, a secretFiles match
    handle.write("DATABASE_URL=postgres://bench:bench@localhost/bench\n")
PYTHON
)

generated_repo() {  # DIR FILES PURPOSE
    local repo=$1 files=$2 purpose=$3 stamp
    stamp="$files $(printf '%s' "$GENERATED_REPO_GENERATOR" | sha256sum | cut -c1-16)"
    [ "$(cat "$repo.ready" 2>/dev/null)" = "$stamp" ] && return 0
    echo "bench: generating a $files-file repository for $purpose (once; cached in $repo)" >&2
    rm -rf "$repo" "$repo.ready"
    mkdir -p "$(dirname "$repo")"
    python3 -c "$GENERATED_REPO_GENERATOR" "$repo" "$files"
    git -C "$repo" init -q -b main
    git -C "$repo" config gc.auto 0
    git -C "$repo" add -A
    git -C "$repo" commit -q -m "generated: $files files"
    git -C "$repo" repack -adq          # packed, like a clone; snapshots then add loose objects
    echo "$stamp" > "$repo.ready"
}
