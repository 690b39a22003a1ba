# 25 edited files and new untracked work; `git reset --hard` discards the edits.
# expect: block mass-deletion
for f in $(git ls-files src/lib | head -25); do echo "# uncommitted work" >> "$f"; done
make_files src/wip 5 py
checkpoint
git reset -q --hard
