# The feature branch is rebased onto main while checked out, then main is checked out again.
# expect: allow
git checkout -q feature
git rebase -q main
git checkout -q main
