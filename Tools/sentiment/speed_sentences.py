#!/usr/bin/env python3
"""Write the sentences the speed comparison scores: one JSON string per line.

    python3 Tools/sentiment/speed_sentences.py --shared ../shared/corpora --out /tmp/sift-sentiment-speed/sentences.jsonl

The gold article bodies of ../shared/corpora/dev/extraction (the text peers.py's sentiment row reads),
split into sentences after . ! ? before white space and at line breaks, plus the UD English-EWT dev gold
sentences. The file is written outside the repository: shared corpus text is never committed.
"""
import argparse
import json
import re
from pathlib import Path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", default="../shared/corpora")
    parser.add_argument("--out", default="/tmp/sift-sentiment-speed/sentences.jsonl")
    args = parser.parse_args()
    shared = Path(args.shared)
    sentences = []
    truth = json.loads((shared / "dev/extraction/ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth):
        body = truth[key].get("articleBody") or ""
        for line in body.split("\n"):
            for piece in re.split(r"(?<=[.!?])\s+", line):
                if piece.strip():
                    sentences.append(piece)
    with (shared / "dev/ud-ewt/dev.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            for start, end in doc["sentences"]:
                if doc["text"][start:end].strip():
                    sentences.append(doc["text"][start:end])
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for sentence in sentences:
            handle.write(json.dumps(sentence, ensure_ascii=False) + "\n")
    print("wrote %s: %d sentences, %d characters" % (out, len(sentences), sum(map(len, sentences))))


if __name__ == "__main__":
    main()
