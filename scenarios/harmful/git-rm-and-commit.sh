# `git rm -r src/lib` and a commit: the watcher and the pre-commit hook both stop it.
# expect: block mass-deletion
git rm -r -q src/lib
git commit -q -m "drop lib"
