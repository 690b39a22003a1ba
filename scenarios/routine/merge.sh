# Merging the feature branch into main.
# expect: allow
git merge -q --no-edit feature
