#!/usr/bin/env bash
# Gazetteer benchmark: build time, memory and matching throughput of our gazetteer for 1k, 100k and 1M
# entries (`pipeline bench-gazetteer`), and flashtext's extract_keywords on the same text and the same lists,
# in the same run, both pinned to one core, both timed in CPU time. Prints the ratio per list.
# The two alternate for ROUNDS rounds and each keeps its best round (each round's figure is the median of its
# passes): this shared machine's speed moves 10-30% from minute to minute, and a tool measured only in a slow
# phase would skew the ratio either way.
#
# Usage: Tools/bench/gazetteer.sh [PIPELINE_BINARY]
#   PEERS_PYTHON  a Python with flashtext (default /tmp/peers-venv/bin/python; see ../shared/bench/README.md)
#   SIZES         list sizes (default 1000,100000,1000000)
#   ROUNDS        alternating rounds (default 5)
#   PASSES        Sift's timed passes per list and round (default 21: a pass is a few milliseconds)
# The real place lists of ../shared/bench/peers.py (/tmp/peers-out/inputs/gazetteer-{small,large}.tsv, written by
# `peers.py --stages gaz`) are measured too when present, converted to name<TAB>label<TAB>id.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-.build/release/pipeline}
python=${PEERS_PYTHON:-/tmp/peers-venv/bin/python}
sizes=${SIZES:-1000,100000,1000000}
rounds=${ROUNDS:-5}
passes=${PASSES:-21}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pin=""; command -v taskset >/dev/null && pin="taskset -c 0"

lists=()
for kind in small large; do
  peers=/tmp/peers-out/inputs/gazetteer-$kind.tsv
  [ -f "$peers" ] || continue
  # name<TAB>COUNTRY|CITY|... -> name<TAB>GPE|ORG|PERSON<TAB>peers:N (the Sift format needs an id column)
  awk -F'\t' 'BEGIN { OFS = "\t" } {
      label = ($2 == "ORG" || $2 == "PERSON") ? $2 : "GPE"
      print $1, label, "peers:" NR }' "$peers" > "$work/peers-$kind.tsv"
  lists+=(--list "$work/peers-$kind.tsv")
done

generated=(); for size in ${sizes//,/ }; do generated+=("$work/gazetteer-$size.tsv"); done
flash_version=$("$python" -c 'import flashtext, importlib.metadata as m; print(m.version("flashtext"))')
for round in $(seq "$rounds"); do
  echo "== round $round/$rounds: Sift bench-gazetteer"
  $pin "$bin" bench-gazetteer --sizes "$sizes" --passes "$passes" --write-lists "$work" --write-text "$work/text.jsonl" "${lists[@]}" | tee -a "$work/sift.txt"
  echo "== round $round/$rounds: flashtext $flash_version on the same text and lists"
  $pin "$python" Tools/bench/gazetteer_flashtext.py "$work/text.jsonl" "${generated[@]}" $(ls "$work"/peers-*.tsv 2>/dev/null) | tee -a "$work/flash.txt"
done

echo "== ratio (best of $rounds rounds each: Sift matching MB/s / flashtext extract_keywords MB/s; build seconds)"
awk '
  function field(line, name,   n, i, kv) { n = split(line, kv, " "); for (i = 1; i <= n; i++) if (index(kv[i], name "=") == 1) return substr(kv[i], length(name) + 2); return "" }
  FNR == NR && /^GAZ_BENCH/ { l = field($0, "list"); sub(/\.tsv$/, "", l); if (!(l in sift)) order[++n] = l
    v = field($0, "match_mb_per_s") + 0; if (v > sift[l]) sift[l] = v
    b = field($0, "build_s") + 0; if (!(l in sb) || b < sb[l]) sb[l] = b; next }
  /^FLASHTEXT/ { l = field($0, "list"); v = field($0, "match_mb_per_s") + 0; if (v > flash[l]) flash[l] = v
    b = field($0, "build_s") + 0; if (!(l in fb) || b < fb[l]) fb[l] = b }
  END {
    printf "%-14s %12s %14s %8s %12s %14s\n", "list", "Sift MB/s", "flashtext MB/s", "ratio", "Sift build s", "flashtext build s"
    for (i = 1; i <= n; i++) { l = order[i]; if (flash[l] == "") continue
      printf "%-14s %12.1f %14.2f %7.1fx %12.3f %14.3f\n", l, sift[l], flash[l], sift[l] / flash[l], sb[l], fb[l] }
  }' "$work/sift.txt" "$work/flash.txt"
