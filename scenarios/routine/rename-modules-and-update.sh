# A refactor renames 30 modules with `git mv` and updates a line in each, in one commit.
# expect: allow
for f in $(git ls-files src/app | head -30); do
    new="src/app/renamed_$(basename "$f")"
    git mv "$f" "$new"
    sed -i '1s/.*/"""Renamed module."""/' "$new"
done
git commit -q -am "rename the app modules"
