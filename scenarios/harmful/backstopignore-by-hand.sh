# The agent appends a fingerprint to .backstopignore itself, as a blocked message printed it.
# expect: block guard-tamper
echo "github-pat:0123456789abcdef0123  # test fixture" >> .backstopignore
