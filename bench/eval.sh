#!/usr/bin/env bash
# Quality of eventwire on the development sets in ../shared/eval, printed stage by stage.
# CI runs it after the tests. It reads the data in place (never copies it) and says so
# plainly when ../shared is absent instead of passing silently.
# Run from the repository root:  bash bench/eval.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=../shared/eval
OUT=bench/out
if [ ! -d "$SHARED" ]; then
    echo "eval: $SHARED not found: NO EVALUATION WAS RUN (nothing measured, nothing passed)."
    exit 0
fi
mkdir -p "$OUT"
cargo build --release -q -p eventwire-cli
cargo build --release -q -p eventwire-segment --examples
EW=${CARGO_TARGET_DIR:-target}/release/eventwire
[ -x "$EW" ] || { echo "eval: $EW was not built"; exit 1; }

echo "== article extraction: HTML -> text ($SHARED/article-extraction/dev, score.py)"
AE=$SHARED/article-extraction
"$EW" extract --input-format html --format jsonl "$AE"/dev/*.html.gz >"$OUT/extraction.jsonl" || echo "(some records failed, see the errors above; they count as missed)"
python3 - "$OUT/extraction.jsonl" "$OUT/extraction-pred.json" <<'PY'
import json, os, sys
pred = {}
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    key = os.path.basename(d["id"])
    # The ground truth keeps embedded posts inside the body: score text, then posts.
    pred[key] = "\n\n".join([d["text"]] + [p["text"] for p in d["posts"]])
json.dump(pred, open(sys.argv[2], "w", encoding="utf-8"))
PY
python3 "$AE/score.py" "$OUT/extraction-pred.json" "$AE/dev/ground-truth.json" | tail -4

echo
echo "== segmentation: tokens and sentence boundaries against UD"
for f in ewt-dev gum-dev; do
    echo "-- $f"
    ${CARGO_TARGET_DIR:-target}/release/examples/ud_eval "$SHARED/ud/$f.conllu"
done

echo
echo "== entities: mentions, canonical names, B-cubed clusters ($SHARED/attribution, score_entities.py)"
"$EW" extract --format jsonl "$SHARED/attribution/dev.jsonl" >"$OUT/attribution.jsonl" || echo "(some records failed, see the errors above; they count as missed)"
python3 "$SHARED/attribution/score_entities.py" "$OUT/attribution.jsonl" "$SHARED/attribution/dev.jsonl" | tail -5
echo "-- GUM dev named mentions: pairwise clustering (bench/gum_entities.py)"
python3 bench/gum_entities.py "$SHARED/ud/gum-dev.conllu" "$EW"

echo
echo "== attribution: quotes (score.py; all, then direct)"
for kind in all direct; do
    echo "-- kind=$kind"
    python3 "$SHARED/attribution/score.py" "$OUT/attribution.jsonl" "$SHARED/attribution/dev.jsonl" --kind "$kind" | tail -n 7
done

if [ -f bench/events.sh ]; then
    echo
    echo "== events"
    bash bench/events.sh
fi

if "$EW" eval --help >/dev/null 2>&1; then
    echo
    echo "== backbone: tagger and parser (UD EWT dev, GUM dev)"
    for f in ewt-dev gum-dev; do
        echo "-- $f"
        "$EW" eval ud --gold "$SHARED/ud/$f.conllu" || echo "eval ud on $f failed"
    done
    echo
    echo "== backbone: NER (entity-level micro P/R/F1; PER/ORG/LOC)"
    echo "-- Universal NER EWT dev (evaluation only)"
    "$EW" eval ner --gold "$SHARED/ner/uner-ewt-dev.iob2" --from iob2 || echo "eval ner failed"
    echo "-- GUM dev, named mentions (types mapped)"
    "$EW" eval ner --gold "$SHARED/ud/gum-dev.conllu" --from conllu || echo "eval ner failed"
    echo "-- wikigold"
    "$EW" eval ner --gold "$SHARED/ner/wikigold.conll" --from conll || echo "eval ner failed"
    echo "-- re3d (evaluation only)"
    "$EW" eval ner --gold "$SHARED/ner/re3d-train.conll" --from conll || echo "eval ner failed"
else
    echo
    echo "== backbone: not built into this binary; no scores."
fi
