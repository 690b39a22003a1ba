# Ordinary work: five files edited, committed, pushed to the approved remote.
# expect: allow
for f in $(git ls-files src/app | head -5); do echo "# reviewed" >> "$f"; done
git commit -q -am "review notes"
git push -q origin main
