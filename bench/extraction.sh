#!/usr/bin/env bash
# Article-extraction benchmark: our HTML extractor vs trafilatura on the dev pages of
# ../shared/eval/article-extraction (read in place, never copied into the repo).
# Prints F1 of both, pages per CPU-second of both, their ratio, and our peak RSS.
#
# Run from the repository root:  bash bench/extraction.sh [REPEAT]   (REPEAT defaults to 3)
# BENCH_OURS=example|cli|auto (default auto) picks how our side runs: the project CLI
# (`eventwire extract --input-format html --no-backbone`) when it builds and handles every
# dev page within a time limit, else the `extract_pages` example of crates/html.
set -euo pipefail

EVAL=../shared/eval/article-extraction
REPEAT=${1:-3}
OUT=bench/out
if [ ! -d "$EVAL/dev" ]; then
    echo "extraction bench: $EVAL is not here; no evaluation data, so nothing was measured."
    exit 0
fi
mkdir -p "$OUT"
PAGES=("$EVAL"/dev/*.html.gz)
N=${#PAGES[@]}
GT="$EVAL/dev/ground-truth.json"

# --- ours -----------------------------------------------------------------------------
MODE=${BENCH_OURS:-auto}
CLI=(target/release/eventwire extract --input-format html --format jsonl --no-backbone --threads 1)
if [ "$MODE" != example ]; then
    if cargo build --release -q -p eventwire-cli \
        && timeout 60 "${CLI[@]}" "${PAGES[@]}" >"$OUT/ours.jsonl" 2>"$OUT/ours.err" \
        && [ "$(wc -l <"$OUT/ours.jsonl")" -eq "$N" ]; then
        MODE=cli
    elif [ "$MODE" = cli ]; then
        echo "extraction bench: the CLI failed on the dev pages (see $OUT/ours.err)." >&2
        exit 1
    else
        echo "note: the CLI's extract did not handle all dev pages within 60 s; using the extract_pages example."
        MODE=example
    fi
fi
if [ "$MODE" = cli ]; then
    CMD="for r in \$(seq $REPEAT); do ${CLI[*]} ${PAGES[*]} >$OUT/ours.jsonl; done"
else
    cargo build --release -q -p eventwire-html --example extract_pages
    CMD="target/release/examples/extract_pages --repeat $REPEAT --out $OUT/ours.json ${PAGES[*]} 2>$OUT/ours.log"
fi
# CPU time (user+sys) and peak RSS of the whole run, start-up and gunzip included.
/usr/bin/time -f "%U %S %M" -o "$OUT/ours.time" bash -c "$CMD"
if [ "$MODE" = cli ]; then
    # jsonl lines {id, text, posts[].text}; the id is the path without .gz/.html.
    python3 - "$OUT/ours.jsonl" "$OUT/ours.json" <<'PY'
import json, os, sys
out = {}
for line in open(sys.argv[1], encoding="utf8"):
    if line.strip():
        rec = json.loads(line)
        parts = [rec.get("text") or ""] + [p.get("text") or "" for p in rec.get("posts") or []]
        out[os.path.basename(rec["id"])] = "\n\n".join(p for p in parts if p)
json.dump(out, open(sys.argv[2], "w", encoding="utf8"), ensure_ascii=False)
PY
fi
read -r OU OS ORSS <"$OUT/ours.time"
OURS_F1=$(python3 "$EVAL/score.py" "$OUT/ours.json" "$GT" | awk '/^F1 /{print $2}')

# --- trafilatura ----------------------------------------------------------------------
VENV=.venv-peers
if ! "$VENV/bin/python" -c "import trafilatura, lxml_html_clean" 2>/dev/null; then
    python3 -m venv "$VENV"
    # justext (a trafilatura dependency) needs lxml's split-out HTML cleaner.
    "$VENV/bin/pip" install -q trafilatura lxml_html_clean
fi
"$VENV/bin/python" "$EVAL/run_peers.py" trafilatura "$EVAL/dev" "$OUT/trafilatura.json" \
    --repeat "$REPEAT" 2>"$OUT/trafilatura.log"
TRAF_PPS=$(sed -n 's/^TIME .*pages_per_s_cpu=\([0-9.]*\).*/\1/p' "$OUT/trafilatura.log")
TRAF_F1=$(python3 "$EVAL/score.py" "$OUT/trafilatura.json" "$GT" | awk '/^F1 /{print $2}')

PROC_PPS=$(python3 -c "print(f'{$N * $REPEAT / max($OU + $OS, 1e-9):.1f}')")
# The example times its extraction calls alone, as run_peers.py does for trafilatura; the
# CLI can only be timed as a whole process.
OURS_PPS=$PROC_PPS
if [ "$MODE" = example ]; then
    OURS_PPS=$(sed -n 's/^TIME .*pages_per_s_cpu=\([0-9.]*\).*/\1/p' "$OUT/ours.log")
fi
RATIO=$(python3 -c "print(f'{$OURS_PPS / $TRAF_PPS:.1f}')")
PROC_RATIO=$(python3 -c "print(f'{$PROC_PPS / $TRAF_PPS:.1f}')")
echo "pages: $N  repeat: $REPEAT  ours via: $MODE"
printf '%-12s %8s %14s\n' tool F1 pages/cpu-s
printf '%-12s %8s %14s\n' eventwire "$OURS_F1" "$OURS_PPS"
printf '%-12s %8s %14s\n' trafilatura "$TRAF_F1" "$TRAF_PPS"
echo "speed ratio (ours / trafilatura, CPU time of the extraction calls): ${RATIO}x"
echo "whole-process ours (start-up, gunzip, JSON out included): $PROC_PPS pages/cpu-s, ${PROC_RATIO}x"
echo "our peak RSS: $((ORSS / 1024)) MiB"
