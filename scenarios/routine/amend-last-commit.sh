# `git reset --soft HEAD~1` and a new commit: history changes locally, no file is lost.
# expect: allow
git reset -q --soft HEAD~1
git commit -q -m "changelog, reworded"
