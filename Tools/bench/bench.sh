#!/usr/bin/env bash
# Side-by-side throughput: our pipeline (pipeline bench) vs what libxml2 + ICU cost alone (../shared/bench/limit.c),
# on the same pages, pinned to one core, in one run. Usage: Tools/bench/bench.sh [PIPELINE_BINARY] [CONFIG]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-.build/release/pipeline}
config=${2:-Pipelines/news.json}
shared=../shared
[ -d "$shared/corpora/dev/extraction/html" ] || { echo "needs $shared/corpora/dev/extraction/html" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/html"
for f in "$shared"/corpora/dev/extraction/html/*.html.gz; do gunzip -c "$f" > "$work/html/$(basename "$f" .gz)"; done
pin=""; command -v taskset >/dev/null && pin="taskset -c 0"
cc -O2 -o "$work/limit" "$shared/bench/limit.c" $(pkg-config --cflags --libs libxml-2.0 icu-uc icu-i18n)
echo "== libxml2 + ICU alone (limit.c)"
$pin "$work/limit" "$work/html" | tee "$work/limit.txt"
echo "== pipeline bench ($config)"
$pin "$bin" bench "$work/html" --config "$config" | tee "$work/sift.txt"
limit=$(awk '/^LIMIT_MBPS/ {print $2}' "$work/limit.txt")
parse=$(awk '/^LIMIT_MBPS/ {print $4}' "$work/limit.txt")
stages=$(awk '/^SIFT_STAGES_MBPS/ {print $2}' "$work/sift.txt")
e2e=$(awk '/^SIFT_STAGES_MBPS/ {print $4}' "$work/sift.txt")
awk -v l="$limit" -v p="$parse" -v s="$stages" -v e="$e2e" 'BEGIN {
  printf "\nlimit.c (parse + word + sentence): %.1f MB/s   parse alone: %.1f MB/s\n", l, p
  printf "sift stages: %.1f MB/s = %.0f%% of limit.c   end to end incl. JSON output: %.1f MB/s = %.0f%%\n", s, 100*s/l, e, 100*e/l }'
