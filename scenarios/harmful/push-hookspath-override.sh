# A secret pushed with the hooks pointed at an empty folder for that one command.
# expect: block secret
printf 'STRIPE_KEY = "%s"\n' "$(fake_secret stripe)" > src/app/billing_key.py
git add src/app/billing_key.py
git -c core.hooksPath=/dev/null commit -q -m "billing"
git -c core.hooksPath=/dev/null push -q origin main
