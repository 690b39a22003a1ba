# The last commit is amended and force-pushed, rewriting the remote's history.
# expect: block push-force
git commit -q --amend --no-verify -m "changelog (amended)"
git push -q --force origin main
