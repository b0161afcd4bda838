#!/usr/bin/env bash
# Quote attribution quality on the development set in ../shared/eval/attribution:
# all quotes, then direct quotes (score.py prints F1 and speaker accuracy).
# Reads the data in place, never copies it; says so plainly when ../shared is absent.
# Run from anywhere:  bash bench/attribution.sh [-v]
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=../shared/eval/attribution
if [ ! -d "$EVAL" ]; then
    echo "attribution: $EVAL not found: NO EVALUATION WAS RUN (nothing measured, nothing passed)."
    exit 0
fi
OUT=${TMPDIR:-/tmp}/eventwire-attribution.jsonl
if cargo build --release -q -p eventwire-cli 2>/dev/null; then
    ${CARGO_TARGET_DIR:-target}/release/eventwire extract --format jsonl "$EVAL/dev.jsonl" >"$OUT"
    echo "(eventwire extract: full pipeline)"
else
    # The CLI does not build (another crate mid-change): segmentation + attribution only.
    cargo build --release -q -p eventwire-attribution --example attr_jsonl
    ${CARGO_TARGET_DIR:-target}/release/examples/attr_jsonl "$EVAL/dev.jsonl" >"$OUT"
    echo "(eventwire-cli did not build: examples/attr_jsonl, no backbone)"
fi
for kind in all direct; do
    echo "== kind=$kind"
    python3 "$EVAL/score.py" "$OUT" "$EVAL/dev.jsonl" --kind "$kind" "$@" | tail -n 7
done
