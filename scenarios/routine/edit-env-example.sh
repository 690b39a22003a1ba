# Documenting new settings in .env.example with placeholders.
# expect: allow
cat >> .env.example <<'TEXT'
OPENAI_API_KEY=<your-openai-key>
GITHUB_TOKEN=${GITHUB_TOKEN}
SESSION_SECRET=changeme
TEXT
