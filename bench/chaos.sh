#!/usr/bin/env bash
# The long chaos run: random sessions against the guarded fixture (scenarios/chaos.py), several
# seeds, each checking that every settled version of every work file is in refs/backstop/*.
# Reports the files checked and the files lost per seed, and writes bench/chaos.md.
#
#   bench/chaos.sh [STEPS] [SEEDS]      (defaults: 600 steps, seeds 1 to 5); BACKSTOP=/path skips the build
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=$ROOT/.build-bench
STEPS=${1:-600}
SEEDS=${2:-"1 2 3 4 5"}
mkdir -p "$WORK"
if [ -z "${BACKSTOP:-}" ]; then
    echo "bench: building backstop (release)" >&2
    (cd "$ROOT" && swift build -c release --static-swift-stdlib --product backstop --scratch-path "$WORK/swift") > "$WORK/build-chaos.log" 2>&1 \
        || { tail -20 "$WORK/build-chaos.log" >&2; exit 3; }
    BACKSTOP=$WORK/swift/release/backstop
fi
status=0
echo "Run $(date -u '+%Y-%m-%d %H:%M UTC'), backstop at $(git -C "$ROOT" rev-parse --short HEAD), $STEPS steps per seed." | tee "$ROOT/bench/chaos.md"
for seed in $SEEDS; do
    python3 "$ROOT/scenarios/chaos.py" --backstop "$BACKSTOP" --seed "$seed" --steps "$STEPS" --work "$WORK/chaos-$seed" > "$WORK/chaos-$seed.txt" 2>&1 || status=1
    { echo; grep -v "^chaos: seed [0-9]*, [0-9]* steps$" "$WORK/chaos-$seed.txt"; } | tee -a "$ROOT/bench/chaos.md"
done
exit "$status"
