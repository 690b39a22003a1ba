# `rm -rf .git`: the history, the branches, the stash and Backstop's snapshots.
# expect: block guard-tamper
rm -rf .git
