#!/usr/bin/env bash
# Sentence segmentation side by side, measured in the same run with the same definitions:
# Sift (`pipeline eval segmentation`: tokenize + sentences), pySBD and spaCy's sentencizer
# (Tools/eval/segmentation_peers.py). Boundary F1 = F1 over the sets of sentence end offsets
# (trimmed of white space, the document's final end excluded); see SegmentationScorer.
#
# Usage: Tools/eval/compare_segmentation.sh [PIPELINE_BINARY] [GOLD_JSONL] [VARIANT]
#   PIPELINE_BINARY  default .build/release/pipeline (build with: swift build -c release)
#   GOLD_JSONL       default ../shared/corpora/dev/ud-ewt/dev_paragraphs.jsonl
#   VARIANT          original (default), single-newlines or wrapped (see GoldTextVariant)
# Environment: PEERS_PYTHON, a Python with spacy and pysbd (default /tmp/peers-venv/bin/python;
#   see ../shared/bench/README.md); LINE_BREAKS, the sentences stage's line_breaks (default auto).
set -euo pipefail
cd "$(dirname "$0")/../.."

bin=${1:-.build/release/pipeline}
gold=${2:-../shared/corpora/dev/ud-ewt/dev_paragraphs.jsonl}
variant=${3:-original}
python=${PEERS_PYTHON:-/tmp/peers-venv/bin/python}
line_breaks=${LINE_BREAKS:-auto}

if [[ ! -x "$bin" ]]; then
    echo "error: no pipeline binary at $bin (swift build -c release)" >&2
    exit 2
fi
if [[ ! -f "$gold" ]]; then
    echo "error: no gold file at $gold" >&2
    exit 2
fi
if ! "$python" -c "import spacy, pysbd" 2>/dev/null; then
    echo "error: $python cannot import spacy and pysbd; set PEERS_PYTHON (see ../shared/bench/README.md)" >&2
    exit 2
fi

sift=$("$bin" eval segmentation --gold "$gold" --variant "$variant" --line-breaks "$line_breaks" --json)
peers=$("$python" Tools/eval/segmentation_peers.py --gold "$gold" --variant "$variant" --json)

python3 - "$gold" "$variant" "$line_breaks" "$sift" "$peers" <<'PY'
import json
import sys

gold, variant, line_breaks, sift, peers = sys.argv[1:6]
rows = []
report = json.loads(sift)
rows.append((f"Sift tokenize+sentences ({line_breaks})", report["boundaries"], report["sentences"], report.get("seconds")))
for line in peers.splitlines():
    if line.strip():
        peer = json.loads(line)
        rows.append((peer["name"], peer["boundaries"], peer["sentences"], peer.get("seconds")))
print(f"{gold} (variant {variant}, {report['documents']} documents, {report['boundaries']['gold']} gold boundaries)")
print(f"{'segmenter':<36} {'boundary P':>10} {'R':>7} {'F1':>7}   {'sentence F1':>11} {'seconds':>8}")
for name, boundaries, sentences, seconds in rows:
    print(f"{name:<36} {boundaries['precision']:>10.4f} {boundaries['recall']:>7.4f} {boundaries['f1']:>7.4f}"
          f"   {sentences['f1']:>11.4f} {seconds if seconds is not None else float('nan'):>8.3f}")
PY
