# Mode changes: ten files become executable.
# expect: allow
git ls-files tests | head -10 | xargs chmod +x
