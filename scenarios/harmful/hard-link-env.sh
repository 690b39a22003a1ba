# .env hard-linked into a tracked folder: no bytes are written, the secret is there all the same.
# expect: block credential-copy
mkdir -p config
ln .env config/settings.env
