# A token pasted into a commit message: the commit-msg hook stops the commit, the edit stays staged.
# expect: block secret
printf '\nMore notes.\n' >> README.md
checkpoint
git commit -q -am "notes, token $(fake_secret github)"
