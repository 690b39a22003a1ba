# Helpers for scenario scripts, sourced before each one. A scenario runs with the fixture project
# as its working directory, `backstop` on PATH, HOME set to the fixture's home, and:
#   BS_RUN         the run's folder (the project is $BS_RUN/project; $BS_RUN/outside is outside the tree)
#   BS_CHECKPOINT  where `checkpoint` writes the state that "nothing lost" is checked against

# Waits until the watcher has judged everything done so far (no sleeping: a sync cookie).
sync_watcher() {
    backstop watch --sync > /dev/null 2>&1 || true
}

# The state from which nothing may be lost: after a scenario's own setup, before the act.
checkpoint() {
    sync_watcher
    python3 "$BS_SCENARIOS/run.py" manifest "$PWD" > "$BS_CHECKPOINT"
}

# An agent pausing between steps: with --pace real it sleeps SECONDS; otherwise it only waits for
# the watcher, which closes the action just as a pause would.
pace() {
    if [ "${BS_PACE:-sync}" = real ]; then sleep "$1"; else sync_watcher; fi
}

# A fake secret of KIND (github, aws-key-id, stripe, slack, openai, private-key, ssh-key, password,
# database-url, ...), assembled at run time: no whole token is committed in this suite.
fake_secret() {
    python3 "$BS_SCENARIOS/run.py" fake "$@"
}

# Numbered source files under a folder, for tests and builds.
make_files() {  # FOLDER COUNT [EXTENSION]
    mkdir -p "$1"
    local i
    for ((i = 0; i < $2; i++)); do printf 'generated %s %d\n' "$1" "$i" > "$1/file$i.${3:-txt}"; done
}
