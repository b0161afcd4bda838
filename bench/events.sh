#!/usr/bin/env bash
# CAMEO event coding on the four development sets in ../shared/eval/events: real news
# (strict + root recall, dates), PLOVER GSR (root F1), ConfliBERT penta (--dedup, root F1),
# and CASE 2021 task 2 (root level), then our own wire sentences (bench/data/wire_dev.jsonl,
# wire_dev2.jsonl ... wire_dev21.jsonl and the held-out wire_test.jsonl, scored
# with the same scorer). Reads the shared
# data in place, never copies it; says so plainly when ../shared is absent.
# Run from anywhere:  bash bench/events.sh [-v]
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=../shared/eval/events
if [ ! -d "$EVAL" ]; then
    echo "events: $EVAL not found: NO EVALUATION WAS RUN (nothing measured, nothing passed)."
    exit 0
fi
TMP=${TMPDIR:-/tmp}/eventwire-events
mkdir -p "$TMP"
if cargo build --release -q -p eventwire-cli 2>/dev/null; then
    RUN=(${CARGO_TARGET_DIR:-target}/release/eventwire extract --format jsonl)
    echo "(eventwire extract: full pipeline)"
else
    echo "events: eventwire-cli does not build (another crate mid-change): NOTHING MEASURED."
    exit 0
fi
# Events marked negated or hypothetical did not happen (the issue's definition): they stay
# in eventwire's output but are not scored as events.
happened() {
    python3 -c 'import json, sys
for line in sys.stdin:
    r = json.loads(line)
    r["events"] = [e for e in r.get("events", []) if not e.get("negated") and not e.get("hypothetical")]
    print(json.dumps(r))'
}
score() {
    local pred=$1
    shift
    happened <"$pred" >"$pred.happened"
    python3 "$EVAL/score_events.py" "$pred.happened" "$@" | grep -E '^(strict|root|date|gold events)'
}
# One set: code it with the pipeline, then score it (extra scorer options after the title).
run_set() {
    local gold=$1 out=$2 title=$3
    shift 3
    "${RUN[@]}" "$gold" >"$TMP/$out.jsonl" || echo "(some records failed, see the errors above; they count as missed)"
    echo "== $title"
    score "$TMP/$out.jsonl" "$gold" "$@"
}
run_set "$EVAL/real_news_dev.jsonl" real_news \
    "real_news_dev (goals: strict recall >= 0.70, root recall >= 0.80, dates >= 0.90)" "$@"
run_set "$EVAL/plover_gsr.jsonl" plover "plover_gsr (goal: root F1 >= 0.80)" \
    --type-map "$EVAL/plover_gsr_type_map.tsv" "$@"
run_set "$EVAL/conflibert_penta_dev.jsonl" conflibert \
    "conflibert_penta_dev --dedup (goal: root F1 >= 0.55)" --dedup "$@"
run_set "$EVAL/case2021_task2_dev.jsonl" case2021 "case2021_task2_dev (read the root line)" \
    --type-map "$EVAL/case2021_task2_type_map.tsv" "$@"
# Our own wire-style sentences (bench/data/wire_dev.md): written for this project, not tuned
# on before they were added, so a check that the rules generalise beyond the sets above.
run_set bench/data/wire_dev.jsonl wire "wire_dev (ours: bench/data/wire_dev.jsonl)" "$@"
# A second development set (bench/data/wire_dev2.md), written later with harder constructions;
# added after the rules up to that point, so its first score was an unseen one (0.6157).
run_set bench/data/wire_dev2.jsonl wire2 "wire_dev2 (ours: bench/data/wire_dev2.jsonl)" "$@"
# A third development set (bench/data/wire_dev3.md), written later still by a session that
# never read the coder's rules; its first score, on the rules before it was added, was 0.5714.
run_set bench/data/wire_dev3.jsonl wire3 "wire_dev3 (ours: bench/data/wire_dev3.jsonl)" "$@"
# A fourth (bench/data/wire_dev4.md), also written without reading the coder, with plain
# codebook-style sentences beside wire copy; first score, on the rules before it, 0.6818.
run_set bench/data/wire_dev4.jsonl wire4 "wire_dev4 (ours: bench/data/wire_dev4.jsonl)" "$@"
# A fifth (bench/data/wire_dev5.md), written the same way with more varied phrasings; first
# score, on the rules before it (f011f44), 0.5789.
run_set bench/data/wire_dev5.jsonl wire5 "wire_dev5 (ours: bench/data/wire_dev5.jsonl)" "$@"
# A sixth (bench/data/wire_dev6.md), written the same way; first score, on the rules before
# it (79d9592, and unchanged on 2292c36), 0.6994.
run_set bench/data/wire_dev6.jsonl wire6 "wire_dev6 (ours: bench/data/wire_dev6.jsonl)" "$@"
# A seventh (bench/data/wire_dev7.md), written the same way; first score, on the rules
# before it (a234e17), 0.6804.
run_set bench/data/wire_dev7.jsonl wire7 "wire_dev7 (ours: bench/data/wire_dev7.jsonl)" "$@"
# An eighth (bench/data/wire_dev8.md), written the same way with other regions and verbs;
# first score, on the rules before it (94f9872), 0.6455.
run_set bench/data/wire_dev8.jsonl wire8 "wire_dev8 (ours: bench/data/wire_dev8.jsonl)" "$@"
# A ninth (bench/data/wire_dev9.md, 150 items), written the same way; first score, on the
# rules before it (d305245), 0.7013 (on this session's start, 4845a6e: 0.6943).
run_set bench/data/wire_dev9.jsonl wire9 "wire_dev9 (ours: bench/data/wire_dev9.jsonl)" "$@"
# A tenth (bench/data/wire_dev10.md, 180 items), written the same way; first score, on the
# rules before it (c961024), 0.6311.
run_set bench/data/wire_dev10.jsonl wire10 "wire_dev10 (ours: bench/data/wire_dev10.jsonl)" "$@"
# An eleventh (bench/data/wire_dev11.md, 180 items, more follow-up sentences that refer back);
# first score, on the rules of this session's start (c961024), 0.5896.
run_set bench/data/wire_dev11.jsonl wire11 "wire_dev11 (ours: bench/data/wire_dev11.jsonl)" "$@"
# A twelfth (bench/data/wire_dev12.md, 160 items); first score, on the rules of this session's
# start (c961024), 0.4934, and on 8ae82e1 plus the subjunctive and toll rules, 0.5065.
run_set bench/data/wire_dev12.jsonl wire12 "wire_dev12 (ours: bench/data/wire_dev12.jsonl)" "$@"
# A thirteenth (bench/data/wire_dev13.md, 160 items of ordinary wire copy), kept unread: first
# score on the rules of this session's start (c961024) 0.6942, on f59d522 0.7184 (examined
# from stop 22 on).
run_set bench/data/wire_dev13.jsonl wire13 "wire_dev13 (ours: bench/data/wire_dev13.jsonl)" "$@"
# A fourteenth (bench/data/wire_dev14.md, 160 items), kept unread: first score on stop 22's
# start (9c1fc48) 0.6768 (examined from stop 23 on).
run_set bench/data/wire_dev14.jsonl wire14 "wire_dev14 (ours: bench/data/wire_dev14.jsonl)" "$@"
# A fifteenth (bench/data/wire_dev15.md, 160 items, written by a session that never read the
# coder), kept unread: first score on stop 23's start (ff804ca) 0.7107 (examined from stop 24 on).
run_set bench/data/wire_dev15.jsonl wire15 "wire_dev15 (ours: bench/data/wire_dev15.jsonl)" "$@"
# A sixteenth (bench/data/wire_dev16.md, 160 items, written by a session that never read the
# coder), kept unread: first score on stop 24's start (d752a9f) 0.7437 (examined from 1a3f65d on).
run_set bench/data/wire_dev16.jsonl wire16 "wire_dev16 (ours: bench/data/wire_dev16.jsonl)" "$@"
# A seventeenth (bench/data/wire_dev17.md, 160 items, written by a session that never read the
# coder), kept unread: first score on 1a3f65d (stop 24) 0.6844 (examined from stop 25 on).
run_set bench/data/wire_dev17.jsonl wire17 "wire_dev17 (ours: bench/data/wire_dev17.jsonl)" "$@"
# An eighteenth (bench/data/wire_dev18.md, 160 items, written by a session that never read the
# coder), kept unread: first score on stop 25's start (5c01053) 0.5940 (examined from stop 26
# on).
run_set bench/data/wire_dev18.jsonl wire18 "wire_dev18 (ours: bench/data/wire_dev18.jsonl)" "$@"
# A nineteenth (bench/data/wire_dev19.md, 160 items, written by a session that never read the
# coder), kept unread: first score on 302d3e0 (stop 26) 0.7235 (0.7165 on the
# stop's start, 90c3218, scored afterwards; examined from stop 27 on).
run_set bench/data/wire_dev19.jsonl wire19 "wire_dev19 (ours: bench/data/wire_dev19.jsonl)" "$@"
# A twentieth (bench/data/wire_dev20.md, 160 items, written by a session that never read the
# coder), kept unread: first score on stop 27's start (9f5fdeb) 0.6334 (examined from stop 28
# on).
run_set bench/data/wire_dev20.jsonl wire20 "wire_dev20 (ours: bench/data/wire_dev20.jsonl)" "$@"
# A twenty-first (bench/data/wire_dev21.md, 160 items, written by a session that never read the
# coder), kept unread: first score on stop 28's start (5481738) 0.7009.
run_set bench/data/wire_dev21.jsonl wire21 "wire_dev21 (ours: bench/data/wire_dev21.jsonl)" "$@"
# The held-out twin (bench/data/wire_test.md): only its totals are read while rules are
# written against wire_dev, so that the gap between the two shows how far they generalise.
run_set bench/data/wire_test.jsonl wire_test "wire_test (ours, held out: bench/data/wire_test.jsonl)" "$@"
