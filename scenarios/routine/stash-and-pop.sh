# 30 files edited, `git stash` takes them away (back to HEAD), `git stash pop` brings them back.
# expect: allow
for f in $(git ls-files src/app | head -30); do echo "# wip" >> "$f"; done
checkpoint
git stash -q
pace 1
git stash pop -q
