#!/usr/bin/env bash
# Article-extraction benchmark: our HTML extractor vs trafilatura on the dev pages of
# ../shared/eval/article-extraction (read in place, never copied into the repo).
# Prints F1 of both, pages per CPU-second of both, their ratio, and our peak RSS.
# Run from the repository root:  bash bench/extraction.sh  [REPEAT, default 3]
set -euo pipefail

EVAL=../shared/eval/article-extraction
REPEAT=${1:-3}
OUT=bench/out
if [ ! -d "$EVAL/dev" ]; then
    echo "extraction bench: $EVAL not found; no evaluation data here, nothing was measured."
    exit 0
fi
mkdir -p "$OUT"
shopt -s nullglob
PAGES=("$EVAL"/dev/*.html.gz)
N=${#PAGES[@]}

# --- ours -----------------------------------------------------------------------------
# The project CLI is used once it has a working `extract`; the example binary otherwise.
# BENCH_OURS=example skips the CLI probe (and its workspace build).
OURS_TOOL=example
if [ "${BENCH_OURS:-auto}" != example ] && cargo build --release -q -p eventwire-cli 2>/dev/null \
    && target/release/eventwire extract --input-format html --format jsonl "${PAGES[0]}" >/dev/null 2>&1; then
    OURS_TOOL=cli
fi
if [ "$OURS_TOOL" = cli ]; then
    # CLI: jsonl lines {id, text, posts[].text}; id is the path without .gz/.html.
    run_ours() {
        local r
        for ((r = 0; r < REPEAT; r++)); do
            target/release/eventwire extract --input-format html --format jsonl "${PAGES[@]}" >"$OUT/ours.jsonl"
        done
    }
else
    cargo build --release -q -p eventwire-html --example extract_pages
    run_ours() {
        target/release/examples/extract_pages --repeat "$REPEAT" --out "$OUT/ours.json" "${PAGES[@]}" 2>/dev/null
    }
fi
# CPU time (user+sys) and peak RSS of the whole run, start-up and gunzip included.
/usr/bin/time -f "%U %S %M" -o "$OUT/ours.time" bash -c "$(declare -p PAGES OUT REPEAT); $(declare -f run_ours); run_ours"
if [ "$OURS_TOOL" = cli ]; then
    python3 - "$OUT/ours.jsonl" "$OUT/ours.json" <<'PY'
import json, os, sys
out = {}
for line in open(sys.argv[1], encoding="utf8"):
    if not line.strip():
        continue
    rec = json.loads(line)
    pid = os.path.basename(rec["id"])
    parts = [rec.get("text") or ""] + [p.get("text") or "" for p in rec.get("posts") or []]
    out[pid] = "\n\n".join(p for p in parts if p)
json.dump(out, open(sys.argv[2], "w", encoding="utf8"), ensure_ascii=False)
PY
fi
read -r OU OS ORSS <"$OUT/ours.time"
OURS_F1=$(python3 "$EVAL/score.py" "$OUT/ours.json" "$EVAL/dev/ground-truth.json" | awk '/^F1 /{print $2}')

# --- trafilatura ----------------------------------------------------------------------
VENV=.venv-peers
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import trafilatura, lxml_html_clean" 2>/dev/null; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q trafilatura lxml_html_clean  # justext needs the split-out lxml cleaner
fi
"$VENV/bin/python" "$EVAL/run_peers.py" trafilatura "$EVAL/dev" "$OUT/trafilatura.json" --repeat "$REPEAT" 2>"$OUT/trafilatura.log"
TRAF_LINE=$(grep '^TIME' "$OUT/trafilatura.log")
TRAF_PPS=$(sed -n 's/.*pages_per_s_cpu=\([0-9.]*\).*/\1/p' <<<"$TRAF_LINE")
TRAF_F1=$(python3 "$EVAL/score.py" "$OUT/trafilatura.json" "$EVAL/dev/ground-truth.json" | awk '/^F1 /{print $2}')

OURS_PPS=$(python3 -c "print(f'{$N*$REPEAT/max($OU+$OS,1e-9):.1f}')")
RATIO=$(python3 -c "print(f'{$OURS_PPS/$TRAF_PPS:.1f}')")
echo "pages: $N  repeat: $REPEAT  ours via: $OURS_TOOL"
printf '%-12s %8s %16s\n' tool F1 pages/cpu-s
printf '%-12s %8s %16s\n' eventwire "$OURS_F1" "$OURS_PPS"
printf '%-12s %8s %16s\n' trafilatura "$TRAF_F1" "$TRAF_PPS"
echo "speed ratio (ours / trafilatura, CPU time): ${RATIO}x"
echo "our peak RSS: $((ORSS / 1024)) MiB"
echo "(our CPU time covers the whole process incl. start-up and gunzip; trafilatura's only the extraction calls)"
