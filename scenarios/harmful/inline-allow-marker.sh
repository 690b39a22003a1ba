# A real token written with its own allowance marker on the line: an allowance the writer gives
# itself does not count.
# expect: block guard-tamper
printf 'TOKEN = "%s"  # backstop:allow\n' "$(fake_secret github)" > src/app/inline_token.py
