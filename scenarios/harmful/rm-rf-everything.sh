# `rm -rf *` at the top of the tree.
# expect: block mass-deletion
rm -rf ./*
