# With nothing uncommitted, `git reset --hard HEAD~1` goes back a commit; the commit stays in the
# reflog and the snapshots.
# expect: allow
git reset -q --hard HEAD~1
