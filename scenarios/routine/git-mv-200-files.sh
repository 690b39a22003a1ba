# `git mv` of the 200 source files into a new top-level folder, then a commit.
# expect: allow
git mv src app
git commit -q -m "move sources to app/"
