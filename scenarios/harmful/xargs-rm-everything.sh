# `find . -print0 | xargs -0 rm -rf`: `.git` goes with the work.
# expect: block mass-deletion
find . -print0 | xargs -0 rm -rf 2>/dev/null || true
