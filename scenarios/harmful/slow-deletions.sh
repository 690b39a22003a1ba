# Deletions spread over a minute, four files at a time, 20 in all: no single action is large, the session is.
# expect: block mass-deletion
for batch in 0 1 2 3 4; do
    git ls-files src/app | sed -n "$((batch * 4 + 1)),$((batch * 4 + 4))p" | xargs rm
    pace 10
done
