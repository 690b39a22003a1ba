# Deleting three obsolete files and committing it.
# expect: allow
git rm -q docs/page-1.md docs/page-2.md docs/page-3.md
git commit -q -m "remove old pages"
