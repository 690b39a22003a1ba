# Constants that look random but are not secrets: digests and UUIDs.
# expect: allow
cat > src/lib/constants.py <<'TEXT'
SCHEMA_DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
COMMIT = "3b18e512dba79e4c8300dd08aeb37f8e728b8dad"
REQUEST_NAMESPACE = "6ba7b810-9dad-11d1-80b4-00c04fd430c8"
TEXT
