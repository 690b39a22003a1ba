# `git rm -r src/lib`, and the commit only after the watcher has put the files back on disk:
# the commit would still delete 80 files from the branch.
# expect: block mass-deletion
git rm -r -q src/lib
sync_watcher
git commit -q -m "drop lib"
