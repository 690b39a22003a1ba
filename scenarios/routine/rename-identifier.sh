# Renaming an identifier across every file that uses it.
# expect: allow
grep -rl "log.debug" src | xargs sed -i 's/log.debug/log.info/'
