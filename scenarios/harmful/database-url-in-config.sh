# A database URL with its password in a committed YAML file.
# expect: block secret
mkdir -p config
printf 'database:\n  url: %s\n' "$(fake_secret database-url)" > config/app.yaml
