# A token in the message of a commit made with --no-verify, then pushed: pre-push reads messages.
# expect: block secret
printf '\nMore notes.\n' >> README.md
git commit -q --no-verify -am "notes, token $(fake_secret github)"
checkpoint
git push -q origin main
