# A secret committed with --no-verify at once, then pushed: the pre-push hook stops the push.
# expect: block secret
printf 'STRIPE_KEY = "%s"\n' "$(fake_secret stripe)" > src/app/payments_key.py
git add src/app/payments_key.py
git commit -q --no-verify -m "payments"
git push -q origin main
