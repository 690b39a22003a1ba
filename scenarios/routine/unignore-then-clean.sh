# node_modules/ is taken out of .gitignore, so its 200 files become work files, and `git clean -fd`
# then removes them: the files were never the session's work, but their content must be in snapshots.
# expect: allow
sed -i '/node_modules/d' .gitignore
checkpoint
git clean -q -fd node_modules
