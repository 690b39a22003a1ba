# Cherry-picking the feature branch's commit onto main.
# expect: allow
git cherry-pick feature > /dev/null
