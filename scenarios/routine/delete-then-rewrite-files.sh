# An agent's file tool rewrites files by deleting each one and writing it anew a moment later:
# 30 tracked files over six rounds, each missing only briefly.
# expect: allow
for round in 0 1 2 3 4 5; do
    files=$(git ls-files src/lib | sed -n "$((round * 5 + 1)),$((round * 5 + 5))p")
    for f in $files; do cp "$f" "$BS_RUN/outside/$(basename "$f")"; done
    rm $files
    pace 1
    for f in $files; do { cat "$BS_RUN/outside/$(basename "$f")"; echo "# rewritten"; } > "$f"; done
    pace 1
done
