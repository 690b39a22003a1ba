# `git ls-files | xargs rm` over a package.
# expect: block mass-deletion
git ls-files src/lib | xargs rm
