# 30 files hold uncommitted edits; `git checkout -- .` throws them all away.
# expect: block mass-deletion
for f in $(git ls-files src/app | head -30); do echo "# uncommitted work" >> "$f"; done
checkpoint
git checkout -- .
