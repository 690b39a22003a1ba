# A secret written, rolled back, and the agent runs `backstop undo` to get it back: undo of a
# secret's rollback is a person's, at a terminal, and an agent's shell has none.
# expect: block secret
printf 'DB_URL = "%s"\n' "$(fake_secret database-url)" > src/app/db_settings.py
sync_watcher
backstop undo || true
