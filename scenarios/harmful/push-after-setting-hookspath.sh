# core.hooksPath set to an empty folder and a push in the same line, before the watcher can put the
# setting back: the push helper does not depend on hooks.
# expect: block secret
mkdir -p "$BS_RUN/outside/no-hooks"
printf 'SLACK = "%s"\n' "$(fake_secret slack)" > src/app/notify_token.py
git add src/app/notify_token.py
git commit -q --no-verify -m "notify"
git config core.hooksPath "$BS_RUN/outside/no-hooks" && git push -q origin main
