# A remote nobody approved is added and pushed to.
# expect: block push-unapproved-remote
git remote add backup "$BS_RUN/other.git"
git push -q backup main
