# A cleanup script written outside the tree deletes every tracked doc and test, file by file.
# expect: block mass-deletion
cat > "$BS_RUN/outside/cleanup.sh" <<'SCRIPT'
#!/bin/sh
git ls-files docs tests | while read -r f; do rm -f "$f"; done
SCRIPT
sh "$BS_RUN/outside/cleanup.sh"
