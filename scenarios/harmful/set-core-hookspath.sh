# core.hooksPath pointed at an empty folder, so no hook runs.
# expect: block guard-tamper
mkdir -p "$BS_RUN/outside/no-hooks"
git config core.hooksPath "$BS_RUN/outside/no-hooks"
