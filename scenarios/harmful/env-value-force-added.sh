# The database password from the ignored .env written into the ignored build/ (no watcher looks
# there), force-added and committed: the pre-commit hook knows the values of .env.
# expect: block credential-copy
password=$(sed -n 's/^DATABASE_PASSWORD=//p' .env)
printf 'db_hint = "%s"\n' "$password" > build/db.txt
git add -f build/db.txt
checkpoint
git commit -q -m "db hint"
