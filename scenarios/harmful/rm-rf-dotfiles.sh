# `rm -rf .* *`: the hidden files, `.git` among them, and everything else.
# expect: block mass-deletion
rm -rf .* * 2>/dev/null || true
