#!/usr/bin/env bash
# Throughput and peak memory of `eventwire extract` on real news, one worker thread:
# ingest + clean + segment + JSON out (`--no-backbone`), then the full pipeline
# (backbone, entities, time, quotes, events), in MB and words of article text per CPU-second.
# Run from the repository root:  bash bench/throughput.sh [RUNS, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=../shared/corpus/bbc-news.jsonl
RUNS=${1:-3}
if [ ! -f "$CORPUS" ]; then
    echo "throughput: $CORPUS not found: NOTHING WAS MEASURED."
    exit 0
fi
cargo build --release -q -p eventwire-cli
mkdir -p bench/out
MB=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1]))/1e6)" "$CORPUS")
WORDS=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].split()) for l in open(sys.argv[1])))" "$CORPUS")
echo "corpus: $CORPUS ($MB MB of text, $WORDS words)"
run() { # LABEL FLAGS...
    local label=$1
    shift
    for ((r = 1; r <= RUNS; r++)); do
        /usr/bin/time -f "%U %S %M" -o bench/out/time.txt \
            ${CARGO_TARGET_DIR:-target}/release/eventwire extract --threads 1 "$@" "$CORPUS" >/dev/null 2>bench/out/stderr.txt || true
        read -r user sys rss < <(tail -n 1 bench/out/time.txt)
        python3 -c "
u,s,rss,mb,w=$user,$sys,$rss,$MB,$WORDS
cpu=u+s
print(f'$label run $r: {cpu:.2f} CPU-s  {mb/cpu:.1f} MB/CPU-s  {w/cpu:,.0f} words/CPU-s  peak RSS {rss/1024:.0f} MiB')"
    done
}
run "clean+segment (--no-backbone)" --no-backbone
run "full pipeline" 
