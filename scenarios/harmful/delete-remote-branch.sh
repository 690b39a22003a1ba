# A remote branch deleted by a push.
# expect: block push-branch-deletion
git push -q origin --delete old-work
