# A Slack bot token appended to the README.
# expect: block secret
printf '\nBot token: %s\n' "$(fake_secret slack)" >> README.md
