# The committed test keys deleted, then brought back with `git checkout`: content a commit already
# holds is not a new secret, and must not be rolled back (that would leave ` D` for `commit -a`).
# expect: allow
rm -rf tests/certs
sync_watcher
git checkout -- tests/certs
