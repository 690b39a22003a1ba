# A real key pasted into the tracked .env.example (secret-file names only excuse ignored files).
# expect: block secret
printf 'STRIPE_KEY=%s\n' "$(fake_secret stripe 3)" >> .env.example
