# A PEM private key written into the server's configuration.
# expect: block secret
mkdir -p config
key="$(fake_secret private-key)"
printf '%s\n' "$key" > config/server.key
