# A token as a file name, committed: the pre-commit hook scans the names a commit adds.
# expect: block secret
touch "docs/$(fake_secret github).txt"
checkpoint
git add docs
git commit -q -m "docs"
