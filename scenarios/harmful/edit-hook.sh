# The pre-commit hook replaced by one that does nothing.
# expect: block guard-tamper
printf '#!/bin/sh\nexit 0\n' > .git/hooks/pre-commit
