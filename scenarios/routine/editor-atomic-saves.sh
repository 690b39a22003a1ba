# An editor saves ten files the safe way: write a temporary file, rename it over the original.
# expect: allow
for f in $(git ls-files src/app | head -10); do { cat "$f"; echo "# saved"; } > "$f.swp"; mv "$f.swp" "$f"; done
