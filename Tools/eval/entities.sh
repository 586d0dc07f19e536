#!/usr/bin/env bash
# Entity F1 on Universal NER English-EWT dev: the names stage alone, then the gazetteer (default lists in
# Config/gazetteers) followed by the names stage. Usage: Tools/eval/entities.sh [PIPELINE_BINARY] [GOLD]
# (defaults: .build/release/pipeline, ../shared/corpora/dev/uner-ewt/dev.jsonl). Extra arguments after
# those two go to `pipeline eval entities` (e.g. --examples 50, --json).
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN="${1:-.build/release/pipeline}"
GOLD="${2:-../shared/corpora/dev/uner-ewt/dev.jsonl}"
shift $(( $# > 2 ? 2 : $# ))
if [ ! -f "$GOLD" ]; then echo "no gold file at $GOLD" >&2; exit 2; fi
ROOT="$(pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
G="$ROOT/Config/gazetteers"
list() { printf '{"path": "%s/%s", "priority": %s, "stoplist": "%s/stoplist.txt"}' "$G" "$1" "$2" "$G"; }
cat > "$WORK/entities.json" <<JSON
{
  "name": "entities",
  "stages": [
    {"stage": "html-cleanup"},
    {"stage": "tokenize"},
    {"stage": "sentences"},
    {"stage": "gazetteer", "options": {"lists": [
      $(list countries.tsv 3), $(list demonyms.tsv 2), $(list organisations.tsv 2),
      $(list news-agencies.tsv 2), $(list regions.tsv 1), $(list cities.tsv 0)]}},
    {"stage": "names"}
  ]
}
JSON
echo "== names alone (html-cleanup, tokenize, sentences, names)"
"$BIN" eval entities --gold "$GOLD" "$@"
echo
echo "== gazetteer + names ($WORK/entities.json)"
"$BIN" eval entities --gold "$GOLD" --config "$WORK/entities.json" "$@"
