#!/usr/bin/env bash
# Main-content extraction: Sift's html-cleanup (mode article) against trafilatura, readability-lxml and
# jusText on the same pages, in one run, one pinned core: quality with the benchmark's own scorer
# (../shared/bench/score_extraction.py), throughput in pages/s, and libxml2's parse speed (limit.c).
#
# Usage: Tools/eval/extraction_compare.sh [GOLD_DIR] [OUT_DIR]
#   GOLD_DIR       default ../shared/corpora/dev/extraction (ground-truth.json + html/*.html.gz)
#   OUT_DIR        default /tmp/sift-extraction-eval
#   PEERS_PYTHON   the peers venv's python (../shared/bench/README.md), default /tmp/peers-venv/bin/python
#   PIPELINE       the pipeline binary, default .build/release/pipeline (build it with swift build -c release)
#   PEER_TOOLS     default trafilatura,readability,justext
#   CORE           the core to pin to (taskset), default 0
set -euo pipefail
cd "$(dirname "$0")/../.."
GOLD="${1:-../shared/corpora/dev/extraction}"
OUT="${2:-/tmp/sift-extraction-eval}"
PEERS_PYTHON="${PEERS_PYTHON:-/tmp/peers-venv/bin/python}"
PIPELINE="${PIPELINE:-.build/release/pipeline}"
PEER_TOOLS="${PEER_TOOLS:-trafilatura,readability,justext}"
BENCH="../shared/bench"
PIN=()
if command -v taskset >/dev/null; then PIN=(taskset -c "${CORE:-0}"); fi

[ -x "$PIPELINE" ] || { echo "no $PIPELINE: run swift build -c release first" >&2; exit 2; }
[ -x "$PEERS_PYTHON" ] || { echo "no $PEERS_PYTHON: see $BENCH/README.md to create the peers venv" >&2; exit 2; }
rm -rf "$OUT/predictions"
mkdir -p "$OUT/predictions" "$OUT/html"

echo "== Sift (pipeline eval extraction, 3 passes)" >&2
"${PIN[@]}" "$PIPELINE" eval extraction --gold "$GOLD" --mode article --passes 3 --json \
    --predictions "$OUT/predictions/sift.jsonl" > "$OUT/sift.json"

echo "== peers: $PEER_TOOLS" >&2
"${PIN[@]}" "$PEERS_PYTHON" Tools/eval/extraction_peers.py --gold "$GOLD" --out "$OUT/predictions" \
    --timings "$OUT/timings.json" --tools "$PEER_TOOLS" >&2

echo "== libxml2 alone (limit.c)" >&2
if command -v pkg-config >/dev/null && [ ! -x "$OUT/limit" ]; then
    cc -O2 -o "$OUT/limit" "$BENCH/limit.c" $(pkg-config --cflags --libs libxml-2.0 icu-uc icu-i18n) || true
fi
for f in "$GOLD"/html/*.html.gz; do gunzip -c "$f" > "$OUT/html/$(basename "$f" .gz)"; done
if [ -x "$OUT/limit" ]; then "${PIN[@]}" "$OUT/limit" "$OUT/html" > "$OUT/limit.txt"; fi

echo "== scoring with score_extraction.py" >&2
"$PEERS_PYTHON" "$BENCH/score_extraction.py" "$OUT/predictions" --ground-truth "$GOLD/ground-truth.json" \
    --n-bootstrap 200 --json "$OUT/scores.json" > /dev/null
"$PEERS_PYTHON" Tools/eval/extraction_table.py --scores "$OUT/scores.json" --sift "$OUT/sift.json" \
    --timings "$OUT/timings.json" --limit "$OUT/limit.txt"
