# Two untracked drafts are deleted: below any threshold, and kept in snapshots.
# expect: allow
rm drafts/idea-1.md drafts/idea-2.md
