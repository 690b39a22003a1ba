# `rm -rf docs tests`: 55 committed files.
# expect: block mass-deletion
rm -rf docs tests
