# Both hooks deleted.
# expect: block guard-tamper
rm -f .git/hooks/pre-commit .git/hooks/pre-push
