# `find . -name '*.py' -delete`.
# expect: block mass-deletion
find . -name '*.py' -not -path './node_modules/*' -delete
