# `rm -rf src`: 200 committed files.
# expect: block mass-deletion
rm -rf src
