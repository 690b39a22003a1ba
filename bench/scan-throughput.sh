#!/usr/bin/env bash
# Scan throughput, in MB/s = corpus bytes / median wall seconds (hyperfine), warm page cache, each tool
# with its default parallelism on this machine. Compared side by side in one run:
#   backstop scan DIR                         (all built-in rules; exit 1 on findings is expected)
#   ripgrep with backstop's own rule patterns (rg -c --no-ignore -f PATTERNS DIR; see bench/rules2rg.py),
#                                              once as written (Unicode) and once with (?-u) (ASCII classes)
#   detect-secrets 1.5.0                       (detect-secrets -C DIR scan --all-files), on a fixed subset
#                                              because it runs at well under 1 MB/s; scaled to MB/s
# on two corpora: a generated source-like tree (bench/corpus.py) and real source trees (HEAD of Swift
# packages from /opt/swift-packages, exported with git archive).
# Called by bench/run.sh, which sets ROOT, WORK, BACKSTOP, DETECT_SECRETS, QUICK and OUT.
set -euo pipefail
: "${ROOT:?} ${WORK:?} ${BACKSTOP:?} ${DETECT_SECRETS:?} ${OUT:?}"
QUICK=${QUICK:-0}
BENCH=$ROOT/bench
ROWS=$OUT/scan.jsonl
NOTES=$OUT/scan.notes.md
: > "$ROWS"

if [ "$QUICK" = 1 ]; then
    SOURCE_MB=20; RUNS=${BENCH_RUNS:-3}; DS_SHARDS=1
    REAL_REPOS="apple/swift-nio"
else
    SOURCE_MB=200; RUNS=${BENCH_RUNS:-5}; DS_SHARDS=3
    REAL_REPOS="apple/swift-nio apple/swift-crypto apple/swift-collections apple/swift-nio-extras apple/swift-certificates apple/swift-argument-parser apple/swift-algorithms"
fi
DS_REAL_REPO=swift-nio   # detect-secrets subset of the real trees

# --- corpora (cached; regenerated when the generator changes) -------------------------------------
stamp=$(cat "$BENCH/corpus.py" "$BENCH/fakesecrets.py" | sha256sum | cut -c1-16)
SOURCE=$WORK/corpus/source-${SOURCE_MB}mb
if [ "$(cat "$SOURCE.stamp" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$SOURCE" "$SOURCE.manifest.json"
    mkdir -p "$WORK/corpus"
    python3 "$BENCH/corpus.py" source "$SOURCE" --mb "$SOURCE_MB" --seed 1
    echo "$stamp" > "$SOURCE.stamp"
fi

REAL=$WORK/real/$( [ "$QUICK" = 1 ] && echo quick || echo full )
STAMPS=$REAL.stamps   # which commit each tree was exported from, kept outside the scanned folder
mkdir -p "$STAMPS"
real_list=""
for repo in $REAL_REPOS; do
    name=${repo##*/}
    git_dir=/opt/swift-packages/$repo.git
    if [ ! -d "$git_dir" ]; then echo "bench: $git_dir missing, skipped" >&2; continue; fi
    commit=$(git --git-dir="$git_dir" rev-parse HEAD)
    if [ "$(cat "$STAMPS/$name" 2>/dev/null)" != "$commit" ]; then
        rm -rf "${REAL:?}/$name"; mkdir -p "$REAL/$name"
        git --git-dir="$git_dir" archive HEAD | tar -x -C "$REAL/$name"
        echo "$commit" > "$STAMPS/$name"
    fi
    real_list="$real_list $name@${commit:0:10}"
done

# detect-secrets subsets: hard links of the first shards / of one repository (cheap, stable).
DS_SOURCE=$WORK/corpus/ds-subset-${SOURCE_MB}mb-$DS_SHARDS
if [ ! -d "$DS_SOURCE" ] || [ "$(cat "$DS_SOURCE.stamp" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$DS_SOURCE"; mkdir -p "$DS_SOURCE"
    for ((i = 0; i < DS_SHARDS; i++)); do cp -al "$SOURCE/$(printf 'shard-%03d' $i)" "$DS_SOURCE/"; done
    echo "$stamp" > "$DS_SOURCE.stamp"
fi
DS_REAL=$REAL/$DS_REAL_REPO

bytes_of() { find "$1" -type f -printf '%s\n' | awk '{s+=$1} END {print s+0}'; }
files_of() { find "$1" -type f | wc -l; }

# --- rules -> ripgrep patterns -----------------------------------------------------------------------
"$BACKSTOP" scan --list-rules --format json > "$OUT/rules.json"
python3 "$BENCH/rules2rg.py" "$OUT/rules.json" "$OUT/rg"
RG_UNI=$OUT/rg/rg-unicode.txt
RG_ASCII=$OUT/rg/rg-ascii.txt
RG_VERSION=$(rg --version | sed -n 1p | awk '{print $2}')
DS_VERSION=$("$DETECT_SECRETS" --version)

# backstop scans a folder inside a git working tree as that tree's work files, and .build-bench is
# ignored, so it would see nothing. Stop git's repository search at the repo root.
export GIT_CEILING_DIRECTORIES=$ROOT

# time_tool NAME BYTES CMD: runs CMD once as a probe (it writes the tool's output for counting, and warms
# the cache), then times it with hyperfine: --warmup 1 --runs $RUNS when it takes under 5 s, 2 more runs
# when it takes under 30 s, and for slower ones the probe is the one timed run. Prints a report.py option
# list (--hyperfine FILE or --seconds S) for the row.
time_tool() {
    local name=$1 cmd=$2 started ended seconds rc=0
    started=$(date +%s.%N)
    bash -c "$cmd" >&2 || rc=$?
    ended=$(date +%s.%N)
    if [ "$rc" -gt 1 ]; then echo "bench: '$cmd' failed with exit $rc" >&2; return 1; fi
    seconds=$(awk -v a="$started" -v b="$ended" 'BEGIN {print b - a}')
    if awk -v s="$seconds" 'BEGIN {exit !(s >= 30)}'; then
        echo "--seconds $seconds"
    elif awk -v s="$seconds" 'BEGIN {exit !(s >= 5)}'; then
        hyperfine -i --runs 2 --export-json "$OUT/$name-hf.json" -n "$name" "$cmd" >&2
        echo "--hyperfine $OUT/$name-hf.json"
    else
        hyperfine -i --warmup 1 --runs "$RUNS" --export-json "$OUT/$name-hf.json" -n "$name" "$cmd" >&2
        echo "--hyperfine $OUT/$name-hf.json"
    fi
}

measure_corpus() {  # label dir ds_dir ds_label
    local label=$1 dir=$2 ds_dir=$3 ds_label=$4
    local tag; tag=$(echo "$label" | tr 'A-Z' 'a-z' | tr -c 'a-z0-9\n' '-' | cut -c1-20)
    local bytes files ds_bytes
    bytes=$(bytes_of "$dir"); files=$(files_of "$dir")
    ds_bytes=$(bytes_of "$ds_dir")
    local corpus; corpus="$label: $(awk -v b="$bytes" 'BEGIN {printf "%.1f MB", b/1e6}'), $files files"
    echo "bench: scan $corpus" >&2
    local nrules; nrules=$(python3 "$BENCH/report.py" info rules-kept "$OUT/rg/rg-rules.json")
    local keywords; keywords=$(wc -l < "$OUT/rg/rg-keywords.txt")
    local t

    # Each command writes its output to a file, so the last timed run also gives the counts.
    t=$(time_tool "$tag-backstop" "cd '$WORK' && '$BACKSTOP' scan --format json '$dir' > '$OUT/$tag-backstop.json' 2> '$OUT/$tag-backstop.err'")
    # shellcheck disable=SC2086
    python3 "$BENCH/report.py" add "$ROWS" --part scan --corpus "$corpus" --tool "backstop scan" --role subject $t --bytes "$bytes" \
        --result "$(python3 "$BENCH/report.py" info backstop-findings "$OUT/$tag-backstop.json") findings"
    echo "- **$label**: backstop $(python3 "$BENCH/report.py" info backstop-summary "$OUT/$tag-backstop.json"); findings by rule: $(python3 "$BENCH/report.py" info backstop-rules "$OUT/$tag-backstop.json")." >> "$NOTES"

    # The Unicode spelling is left out: ripgrep 13 ran out of memory building it for the 682 rules.
    for variant in ascii; do
        t=$(time_tool "$tag-rg-$variant" "rg --no-ignore --regex-size-limit 4G --dfa-size-limit 4G -c -f '$OUT/rg/rg-$variant.txt' '$dir' > '$OUT/$tag-rg-$variant.txt'")
        local spelled; spelled=$([ $variant = unicode ] && echo "as written (Unicode)" || echo "(?-u) ASCII")
        # shellcheck disable=SC2086
        python3 "$BENCH/report.py" add "$ROWS" --part scan --corpus "$corpus" --tool "ripgrep $RG_VERSION, $nrules rule patterns $spelled" $t \
            --bytes "$bytes" --result "$(awk -F: '{s+=$NF} END {print s+0}' "$OUT/$tag-rg-$variant.txt") matching lines"
    done
    # Reference only: the rules' keywords as fixed strings, case-insensitive (a prefilter's floor).
    t=$(time_tool "$tag-rg-keywords" "rg --no-ignore -c -i -F -f '$OUT/rg/rg-keywords.txt' '$dir' > '$OUT/$tag-rg-keywords.txt'")
    # shellcheck disable=SC2086
    python3 "$BENCH/report.py" add "$ROWS" --part scan --corpus "$corpus" --tool "ripgrep $RG_VERSION, the $keywords rule keywords, -i -F (reference)" \
        --role reference $t --bytes "$bytes" --result "$(awk -F: '{s+=$NF} END {print s+0}' "$OUT/$tag-rg-keywords.txt") matching lines"

    t=$(time_tool "$tag-ds" "'$DETECT_SECRETS' -C '$ds_dir' scan --all-files > '$OUT/$tag-ds.json'")
    # shellcheck disable=SC2086
    python3 "$BENCH/report.py" add "$ROWS" --part scan --corpus "$corpus" --tool "detect-secrets $DS_VERSION (subset)" $t --bytes "$ds_bytes" \
        --result "$(python3 "$BENCH/report.py" info detect-secrets-findings "$OUT/$tag-ds.json") findings on $ds_label, $(awk -v b="$ds_bytes" 'BEGIN {printf "%.1f MB", b/1e6}')"
}

{
    echo "### Scan throughput"
    echo
    echo "- Generated corpus: \`bench/corpus.py source --mb $SOURCE_MB --seed 1\`, $(python3 "$BENCH/report.py" info manifest "$SOURCE.manifest.json")."
    echo "- Real trees: HEAD of$real_list (\`git archive\` from /opt/swift-packages)."
    echo "- MB/s = bytes of every file in the corpus / median wall time. rg runs the (?-u) ASCII spelling with its regex and DFA size limits raised to 4G (the default 100 MB is too small for the rules); the Unicode spelling is not run, since ripgrep 13 was killed for lack of memory building it (over 20 GB). Every command runs once untimed (warm cache, output for the counts), then hyperfine: 1 warm-up and $RUNS runs if it takes under 5 s, 2 runs if under 30 s; a command slower than 30 s is timed once (the runs column says how many). rg and backstop use both cores; detect-secrets uses its default worker processes."
    echo "- The ripgrep keyword row is a reference, not a goal: the rules' literal keywords as one case-insensitive fixed-string set, about what any prefilter must at least pay."
    echo "- ripgrep runs backstop's own rule patterns: $(python3 "$BENCH/report.py" info rules "$OUT/rg/rg-rules.json"). rg counts matching lines, without backstop's entropy, stopword and allowlist filters, and line by line (the multi-line part of the private-key rule cannot match)."
    echo "- detect-secrets runs on a subset: the first $DS_SHARDS shard(s) of the generated corpus, and $DS_REAL_REPO of the real trees; its MB/s is that subset's bytes / its time."
} > "$NOTES"

measure_corpus "generated source" "$SOURCE" "$DS_SOURCE" "first $DS_SHARDS shard(s)"
measure_corpus "real Swift trees" "$REAL" "$DS_REAL" "$DS_REAL_REPO"
