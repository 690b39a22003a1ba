# An API key in .env.production, which git does not ignore here.
# expect: block secret
printf 'OPENAI_API_KEY=%s\n' "$(fake_secret openai)" > .env.production
