#!/usr/bin/env python3
"""vaderSentiment 3.3.2, the reference: score sentences, or time polarity_scores on them.

    reference_scores.py FILE               # FILE: one JSON string per line; prints one JSON object of scores per line
    reference_scores.py --time FILE        # sentences/s (thread CPU time) of polarity_scores, median of --runs
    echo '"VADER is smart!"' | reference_scores.py -

Run it with the peers venv (/tmp/peers-venv/bin/python, see ../shared/bench/README.md) or any Python with
`pip install vadersentiment==3.3.2`; pin it to one core (taskset -c 0) when timing.
"""
import argparse
import json
import statistics
import sys
import time
from importlib import metadata

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer


def read(path):
    handle = sys.stdin if path == "-" else open(path, encoding="utf-8")
    return [json.loads(line) for line in handle if line.strip()]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--time", action="store_true", help="time polarity_scores instead of printing scores")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    analyzer = SentimentIntensityAnalyzer()
    sentences = read(args.file)
    if not args.time:
        for sentence in sentences:
            print(json.dumps(analyzer.polarity_scores(sentence)))
        return
    for sentence in sentences[:200]:  # warm-up
        analyzer.polarity_scores(sentence)
    seconds = []
    for _ in range(args.runs):
        started = time.thread_time()  # CPU time: other processes on a shared machine do not inflate it
        for sentence in sentences:
            analyzer.polarity_scores(sentence)
        seconds.append(time.thread_time() - started)
    median = statistics.median(seconds)
    print("vaderSentiment %s polarity_scores: %d sentences, median of %d runs %.3f s CPU, %.0f sentences/s"
          % (metadata.version("vaderSentiment"), len(sentences), args.runs, median, len(sentences) / median))
    print("VADER_SENTENCES_PER_S %.1f" % (len(sentences) / median))


if __name__ == "__main__":
    main()
