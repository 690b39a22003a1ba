# Backstop's private snapshot ref pushed to the remote as a branch.
# expect: block push-private-ref
git push -q origin refs/backstop/snapshots:refs/heads/snapshots
