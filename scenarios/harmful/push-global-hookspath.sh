# A global configuration whose core.hooksPath names an empty folder, so no hook of this repository runs.
# expect: block secret
mkdir -p "$BS_RUN/outside/no-hooks"
printf '[core]\n\thooksPath = %s\n' "$BS_RUN/outside/no-hooks" > "$BS_RUN/outside/global.gitconfig"
printf 'OPENAI = "%s"\n' "$(fake_secret openai)" > src/app/model_key.py
git add src/app/model_key.py
GIT_CONFIG_GLOBAL="$BS_RUN/outside/global.gitconfig" git commit -q -m "model"
GIT_CONFIG_GLOBAL="$BS_RUN/outside/global.gitconfig" git push -q origin main
