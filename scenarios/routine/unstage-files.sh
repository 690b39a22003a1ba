# Files staged and unstaged again; the working tree keeps the edits.
# expect: allow
for f in $(git ls-files docs | head -5); do echo "more" >> "$f"; done
git add docs
git restore --staged docs
