# A PEM private key written into the server's configuration.
# expect: block secret
mkdir -p config
fake_secret private-key > config/server.key
