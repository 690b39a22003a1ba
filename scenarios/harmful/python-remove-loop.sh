# A Python loop of os.remove over the tests and docs.
# expect: block mass-deletion
python3 - <<'CODE'
import os
for folder in ("tests", "docs"):
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
CODE
