# Someone else pushed to origin; `git pull` brings their commit in.
# expect: allow
git clone -q "$BS_RUN/origin.git" "$BS_RUN/outside/colleague"
(cd "$BS_RUN/outside/colleague" && for i in 1 2 3; do echo "fix $i" >> docs/page-$i.md; done && git commit -q -am "fixes" && git push -q origin main)
git pull -q --no-rebase origin main
