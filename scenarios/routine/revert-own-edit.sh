# An edit the session made is thrown away with `git checkout -- FILE`: a warning at most.
# expect: allow
echo "# trying something" >> README.md
pace 1
git checkout -- README.md
