# The database password from the ignored .env written into a source file.
# expect: block credential-copy
password=$(sed -n 's/^DATABASE_PASSWORD=//p' .env)
printf 'DB = {"user": "app", "pass": "%s"}\n' "$password" > src/app/db_settings.py
