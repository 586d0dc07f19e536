#!/usr/bin/env bash
# The process protocol's cost per document: `pipeline bench` (one thread) with no-op Python workers
# (noop-bench.json: one worker sent the text only, one sent the text and the tokens) on
#   1. 500 one-line documents,
#   2. the cleaned text of the 88 pages of ../shared/corpora/dev/extraction (as .txt: cleanup is cheap,
#      so requests follow each other back to back),
#   3. the same 88 pages as HTML (the worker idles ~5 ms between requests while libxml2 parses).
# Usage: Plugins/Process/Examples/measure-overhead.sh [PIPELINE_BINARY]   (build with: swift build -c release)
set -euo pipefail
cd "$(dirname "$0")/../../.."
bin=${1:-.build/release/pipeline}
config=Plugins/Process/Examples/noop-bench.json
pages=../shared/corpora/dev/extraction/html
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/small" "$work/html" "$work/text"
for i in $(seq 1 500); do echo "A short document number $i, with a dozen words in it." > "$work/small/d$i.txt"; done
echo "== 500 one-line documents"
"$bin" bench "$work/small" --config "$config" --passes 5 | grep -E "^(pipeline|process)"
[ -d "$pages" ] || { echo "(no $pages: skipping the page measurements)"; exit 0; }
for f in "$pages"/*.html.gz; do gunzip -c "$f" > "$work/html/$(basename "$f" .gz)"; done
echo '{"stages": [{"stage": "html-cleanup"}]}' > "$work/cleanup.json"
"$bin" run "$work/cleanup.json" "$work/html" --quiet | python3 -c '
import json, sys
for index, line in enumerate(sys.stdin):
    open(f"{sys.argv[1]}/page{index:03}.txt", "w", encoding="utf-8").write(json.loads(line)["text"])' "$work/text"
echo "== the 88 pages' text, requests back to back"
"$bin" bench "$work/text" --config "$config" --passes 5 | grep -E "^(pipeline|process)"
echo "== the 88 pages as HTML, the worker idle while each page is parsed"
"$bin" bench "$work/html" --config "$config" --passes 3 | grep -E "^(pipeline|cleanup|process)"
