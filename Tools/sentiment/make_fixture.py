#!/usr/bin/env python3
"""Build the VADER parity fixture: sentences with vaderSentiment 3.3.2's reference scores.

    /tmp/peers-venv/bin/python Tools/sentiment/make_fixture.py \
        --shared ../shared/corpora --out Tests/SiftSentimentTests/Fixtures/vader_parity.jsonl

(run from the repository root; the venv of ../shared/bench/README.md has vaderSentiment 3.3.2, or
`pip install vadersentiment==3.3.2`). Output is deterministic for a given corpus.

Three kinds of sentences, one JSON object per line with the reference "compound", "pos", "neu", "neg"
(SentimentIntensityAnalyzer().polarity_scores):

* generated (`"text"` stored verbatim): hand-written cases for every rule (negations including "never so"
  and "without doubt", boosters and dampeners, "but", ALL CAPS, !!!/???, "least", "kind of", emoji and
  emoticons, the SPECIAL_CASES idioms, mixed case, odd Unicode white space and case, punctuation only,
  empty), VADER's own demo sentences, and seeded random word salads drawn from the rule vocabularies;
* UD English-EWT dev sentences (`../shared/corpora/dev/ud-ewt/dev.jsonl`, gold sentence spans) and a few
  whole documents;
* sentences and paragraphs of the seed articles (`../shared/corpora/seeds/*.txt`).

Shared corpus text is never written to the fixture: those lines carry only a reference
(`"source": {"file", "doc_id"?, "start", "end"}` in code points, Python `text[start:end]`) and the
sentence's FNV-1a fingerprint, so the test can tell a changed corpus from a mismatch.
"""
import argparse
import json
import random
import re
import sys
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixture_sentences import generated_sentences  # noqa: E402

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402


def seed_spans(text):
    """Sentences of a seed article: each non-blank line, split after . ! ? (and a closing quote) before a space."""
    spans = []
    offset = 0
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        if not line.strip():
            continue
        spans.append((start, start + len(line)))  # the whole paragraph
        pieces = list(re.finditer(r"[^.!?]+(?:[.!?]+[\"”’)]*|$)", line))
        if len(pieces) > 1:
            for piece in pieces:
                s, e = piece.span()
                while s < e and line[s].isspace():
                    s += 1
                if s < e:
                    spans.append((start + s, start + e))
    return spans


def fingerprint(text):
    """FNV-1a (64-bit) of the UTF-8 text, as 16 hex digits: cheap to recompute in the Swift test."""
    value = 0xCBF29CE484222325
    for byte in text.encode("utf-8"):
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return "%016x" % value


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default="../shared/corpora", help="the shared corpora folder")
    parser.add_argument("--out", default="Tests/SiftSentimentTests/Fixtures/vader_parity.jsonl")
    parser.add_argument("--random", type=int, default=2200, help="number of random word salads")
    args = parser.parse_args()
    version = metadata.version("vaderSentiment")
    if version != "3.3.2":
        sys.exit("vaderSentiment 3.3.2 is the reference; found %s" % version)
    analyzer = SentimentIntensityAnalyzer()
    shared = Path(args.shared)
    records = []

    def add(record, text):
        scores = analyzer.polarity_scores(text)
        record.update({k: scores[k] for k in ("compound", "pos", "neu", "neg")})
        records.append(record)

    for number, text in enumerate(generated_sentences(random.Random(20240601), args.random)):
        add({"id": "gen-%04d" % number, "text": text}, text)

    ud = shared / "dev/ud-ewt/dev.jsonl"
    ud_count = 0
    with ud.open(encoding="utf-8") as handle:
        for line_number, line in enumerate(handle):
            doc = json.loads(line)
            text = doc["text"]
            spans = [tuple(span) for span in doc["sentences"]]
            if line_number % 16 == 0:
                spans.append((0, len(text)))  # some whole documents too
            for start, end in spans:
                sentence = text[start:end]
                source = {"file": "dev/ud-ewt/dev.jsonl", "doc_id": doc["doc_id"], "start": start, "end": end}
                add({"id": "ud-%04d" % ud_count, "source": source, "fnv1a64": fingerprint(sentence)}, sentence)
                ud_count += 1

    seed_count = 0
    for path in sorted((shared / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for start, end in seed_spans(text):
            sentence = text[start:end]
            source = {"file": "seeds/" + path.name, "start": start, "end": end}
            add({"id": "seed-%04d" % seed_count, "source": source, "fnv1a64": fingerprint(sentence)}, sentence)
            seed_count += 1

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        header = {"fixture": "vader_parity", "reference": "vaderSentiment %s polarity_scores" % version,
                  "python": sys.version.split()[0], "script": "Tools/sentiment/make_fixture.py", "count": len(records)}
        handle.write(json.dumps(header, ensure_ascii=False) + "\n")
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    kinds = {}
    for record in records:
        kind = record["id"].split("-")[0]
        kinds[kind] = kinds.get(kind, 0) + 1
    print("wrote %s: %d sentences %s" % (out, len(records), kinds))


if __name__ == "__main__":
    main()
