# Truncating 30 files to nothing: emptied files count as deleted.
# expect: block mass-deletion
for f in $(git ls-files src/app | head -30); do : > "$f"; done
