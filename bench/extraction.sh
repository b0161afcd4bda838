#!/usr/bin/env bash
# Article-extraction benchmark: our HTML extraction vs trafilatura on the dev pages of
# ../shared/eval/article-extraction (read in place, never copied into the repo).
# Prints F1 of both, pages per CPU-second of both, the ratios, and our peak RSS.
#
# Run from the repository root:  bash bench/extraction.sh [REPEAT]   (REPEAT defaults to 3)
#
# Our side is measured two ways:
#  - the project CLI, `eventwire extract --input-format html --format jsonl --no-backbone
#    --threads 1` (HTML extraction + cleaning + segmentation, whole process), when it
#    builds and handles every dev page within 60 s; its output is what gets scored;
#  - the `extract_pages` example of crates/html: `eventwire_html::extract` alone, with only
#    the extraction calls timed in CPU time, as run_peers.py times trafilatura.
# BENCH_OURS=example skips the CLI (and its workspace build).
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
f1_of() { python3 "$EVAL/score.py" "$1" "$GT" | awk '/^F1 /{print $2}'; }
pps() { python3 -c "print(f'{$1:.1f}')"; }

# --- ours: the extractor alone ----------------------------------------------------------
cargo build --release -q -p eventwire-html --example extract_pages
/usr/bin/time -f "%U %S %M" -o "$OUT/example.time" \
    ${CARGO_TARGET_DIR:-target}/release/examples/extract_pages --repeat "$REPEAT" --out "$OUT/example.json" \
    "${PAGES[@]}" 2>"$OUT/example.log"
EX_PPS=$(sed -n 's/^TIME .*pages_per_s_cpu=\([0-9.]*\).*/\1/p' "$OUT/example.log")
read -r _ _ EX_RSS <"$OUT/example.time"
EX_F1=$(f1_of "$OUT/example.json")

# --- ours: the CLI ----------------------------------------------------------------------
CLI=(${CARGO_TARGET_DIR:-target}/release/eventwire extract --input-format html --format jsonl --no-backbone --threads 1)
CLI_OK=no
if [ "${BENCH_OURS:-auto}" != example ]; then
    if cargo build --release -q -p eventwire-cli 2>"$OUT/cli_build.log" \
        && timeout 60 "${CLI[@]}" "${PAGES[@]}" >"$OUT/cli.jsonl" 2>"$OUT/cli.err" \
        && [ "$(wc -l <"$OUT/cli.jsonl")" -eq "$N" ]; then
        CLI_OK=yes
    else
        echo "note: the CLI's extract did not handle all dev pages within 60 s (see $OUT/cli_build.log, $OUT/cli.err); CLI not measured."
    fi
fi
if [ "$CLI_OK" = yes ]; then
    /usr/bin/time -f "%U %S %M" -o "$OUT/cli.time" \
        bash -c "for r in \$(seq $REPEAT); do ${CLI[*]} ${PAGES[*]} >$OUT/cli.jsonl; done"
    # jsonl lines {id, text, posts[].text}; the id is the path without .gz/.html.
    python3 - "$OUT/cli.jsonl" "$OUT/cli.json" <<'PY'
import json, os, sys
out = {}
for line in open(sys.argv[1], encoding="utf8"):
    if line.strip():
        rec = json.loads(line)
        parts = [rec.get("text") or ""] + [p.get("text") or "" for p in rec.get("posts") or []]
        out[os.path.basename(rec["id"])] = "\n\n".join(p for p in parts if p)
json.dump(out, open(sys.argv[2], "w", encoding="utf8"), ensure_ascii=False)
PY
    read -r CU CS CLI_RSS <"$OUT/cli.time"
    CLI_PPS=$(pps "$N * $REPEAT / max($CU + $CS, 1e-9)")
    CLI_F1=$(f1_of "$OUT/cli.json")
fi

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
TRAF_F1=$(f1_of "$OUT/trafilatura.json")

echo "pages: $N  repeat: $REPEAT  (pages/cpu-s: CPU time; higher is better)"
printf '%-34s %8s %12s %8s %8s\n' tool F1 pages/cpu-s ratio RSS
printf '%-34s %8s %12s %8s %8s\n' "eventwire-html (extract calls)" "$EX_F1" "$EX_PPS" \
    "$(pps "$EX_PPS / $TRAF_PPS")x" "$((EX_RSS / 1024))MiB"
if [ "$CLI_OK" = yes ]; then
    printf '%-34s %8s %12s %8s %8s\n' "eventwire CLI (whole process)" "$CLI_F1" "$CLI_PPS" \
        "$(pps "$CLI_PPS / $TRAF_PPS")x" "$((CLI_RSS / 1024))MiB"
fi
printf '%-34s %8s %12s %8s %8s\n' "trafilatura (extract calls)" "$TRAF_F1" "$TRAF_PPS" 1.0x -
