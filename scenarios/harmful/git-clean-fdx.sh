# `git clean -fdx` over 25 untracked drafts (and the ignored .env and trees).
# expect: block mass-deletion
git clean -q -fdx
