# A secret committed and pushed with the hooks skipped (--no-verify both times): the push helper,
# which every push URL goes through, checks it anyway.
# expect: block secret
printf 'AWS_KEY_ID = "%s"\n' "$(fake_secret aws-key-id)" > src/app/deploy_keys.py
git add src/app/deploy_keys.py
git commit -q --no-verify -m "deploy keys"
git push -q --no-verify origin main
