# 25 edited files are stashed and the stash is dropped: the edits live on in snapshots.
# expect: allow
for f in $(git ls-files src/lib | head -25); do echo "# experiment" >> "$f"; done
checkpoint
git stash -q
pace 1
git stash drop -q
