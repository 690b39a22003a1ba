#!/usr/bin/env bash
# The scenario suite's published figures: every scripted session in scenarios/ against a guarded
# fixture, with the release build and real pacing (`pace N` in a script sleeps N seconds, so the
# slow deletions really take most of a minute). Prints the table (scenario, expected, got, files
# lost, undone) and the totals (false alarms, misses, files lost), and writes them to
# bench/scenarios.md.
#
#   bench/scenarios.sh [NAME...]        BACKSTOP=/path/to/backstop skips the build
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=$ROOT/.build-bench
mkdir -p "$WORK"
command -v python3 > /dev/null || { echo "bench: python3 is needed (sudo apt-get install -y python3)" >&2; exit 3; }

if [ -z "${BACKSTOP:-}" ]; then
    echo "bench: building backstop (release)" >&2
    (cd "$ROOT" && swift build -c release --static-swift-stdlib --product backstop --scratch-path "$WORK/swift") > "$WORK/build-scenarios.log" 2>&1 \
        || { tail -20 "$WORK/build-scenarios.log" >&2; exit 3; }
    BACKSTOP=$WORK/swift/release/backstop
fi

rm -rf "$WORK/scenarios"
status=0
python3 "$ROOT/scenarios/run.py" --backstop "$BACKSTOP" --pace real --jobs 2 --work "$WORK/scenarios" "$@" > "$WORK/scenarios.txt" || status=$?
{
    echo "Run $(date -u '+%Y-%m-%d %H:%M UTC'), backstop $("$BACKSTOP" --version | awk '{print $2}') at $(git -C "$ROOT" rev-parse --short HEAD), pace real, 2 at a time."
    echo
    cat "$WORK/scenarios.txt"
} | tee "$ROOT/bench/scenarios.md"
[ "$status" = 0 ] || echo "bench: failed runs are kept in $WORK/scenarios/runs" >&2
exit "$status"
