#!/usr/bin/env bash
# Sentences per second of Sift's VADER scorer vs vaderSentiment 3.3.2's polarity_scores on the same sentences,
# one core each (taskset -c 0), measured alternately in the same run; prints the ratio of the medians.
#
#   bash Tools/sentiment/compare_speed.sh [PIPELINE_BINARY]      # from the repository root
#
# Sentences: the gold article bodies of ../shared/corpora/dev/extraction split into sentences, plus the UD
# English-EWT dev sentences (Tools/sentiment/speed_sentences.py, written to /tmp, never committed).
# Sift side: `pipeline bench-sentiment` (release build) when the binary has that command, otherwise the
# SIFT_BENCH speed test in a release test build. Explanations are off (the second row shows them on).
# Python side: PEERS_PYTHON (default /tmp/peers-venv/bin/python, see ../shared/bench/README.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
PIPELINE=${1:-.build/release/pipeline}
PEERS_PYTHON=${PEERS_PYTHON:-/tmp/peers-venv/bin/python}
ROUNDS=${ROUNDS:-3}
SENTENCES=${SENTENCES:-/tmp/sift-sentiment-speed/sentences.jsonl}
PIN="taskset -c 0"
command -v taskset >/dev/null || PIN=""

python3 Tools/sentiment/speed_sentences.py --shared ../shared/corpora --out "$SENTENCES"

use_cli=0
if [ -x "$PIPELINE" ] && "$PIPELINE" bench-sentiment --help >/dev/null 2>&1; then
    use_cli=1
else
    echo "($PIPELINE has no bench-sentiment command: timing the release SIFT_BENCH test instead)"
    swift build -c release --build-tests >/dev/null
fi

sift_rate() {
    if [ "$use_cli" = 1 ]; then
        $PIN "$PIPELINE" bench-sentiment --sentences "$SENTENCES" --passes 5 | tee /dev/stderr | awk '/^SIFT_SENTENCES_PER_S/ {print $2}'
    else
        SIFT_BENCH=1 SIFT_SENTIMENT_SENTENCES="$SENTENCES" $PIN swift test -c release --skip-build --filter SentimentSpeedTests 2>&1 \
            | tee /dev/stderr | awk '/SIFT_SENTENCES_PER_S/ {print $NF}'
    fi
}

vader_rate() {
    $PIN "$PEERS_PYTHON" Tools/sentiment/reference_scores.py --time "$SENTENCES" --runs 3 | tee /dev/stderr | awk '/^VADER_SENTENCES_PER_S/ {print $2}'
}

sift=()
vader=()
for _ in $(seq "$ROUNDS"); do
    vader+=("$(vader_rate)")
    sift+=("$(sift_rate)")
done

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
s=$(median "${sift[@]}")
v=$(median "${vader[@]}")
echo
printf 'vaderSentiment polarity_scores: %.0f sentences/s (median of %d)\n' "$v" "$ROUNDS"
printf 'Sift VaderScorer, explain off:  %.0f sentences/s (median of %d)\n' "$s" "$ROUNDS"
awk -v s="$s" -v v="$v" 'BEGIN { printf "SPEEDUP %.1fx\n", s / v }'
