#!/usr/bin/env python3
"""Sentence-boundary scores of peer segmenters (pySBD, spaCy's sentencizer) on gold JSON Lines.

Uses exactly the definitions of Sift's `pipeline eval segmentation` (Sources/SiftEvaluation):

* offsets are Unicode code points into the record's `text`;
* every sentence span is trimmed of leading and trailing white space (the Unicode White_Space set
  below, the same set as `SegmentationScorer.isWhiteSpace` in Swift);
* boundaries: the set of trimmed sentence END offsets of a document, minus any end at or after the
  end of the trimmed text (the final end is trivial); compared as sets, summed over documents
  (micro average): precision = |pred ∩ gold| / |pred|, recall = |pred ∩ gold| / |gold|;
* exact sentences: the set of trimmed (start, end) spans, compared the same way.

Text variants (--variant, the same rewrites as `GoldTextVariant` in Swift; offsets stay valid):
original; single-newlines (each blank line "\n\n" becomes " \n"); wrapped (hard-wrapped at 72 columns).

Usage: segmentation_peers.py [--gold FILE] [--tools pysbd,spacy] [--variant NAME] [--json]
"""
import argparse
import json
import sys
import time

WHITE_SPACE = set(
    "\u0009\u000a\u000b\u000c\u000d\u0020\u0085\u00a0\u1680"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)


def trim(text, start, end):
    """The span without leading/trailing white space; None when nothing is left."""
    start = max(0, start)
    end = min(len(text), end)
    while start < end and text[start] in WHITE_SPACE:
        start += 1
    while end > start and text[end - 1] in WHITE_SPACE:
        end -= 1
    return (start, end) if start < end else None


def text_end(text):
    end = len(text)
    while end > 0 and text[end - 1] in WHITE_SPACE:
        end -= 1
    return end


class Score:
    def __init__(self):
        self.tp = self.pred = self.gold = 0

    def add(self, pred, gold):
        self.tp += len(pred & gold)
        self.pred += len(pred)
        self.gold += len(gold)

    def prf(self):
        p = self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)
        r = self.tp / self.gold if self.gold else (1.0 if not self.pred else 0.0)
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def as_json(self):
        p, r, f = self.prf()
        return {"precision": p, "recall": r, "f1": f, "true_positives": self.tp, "predicted": self.pred, "gold": self.gold}


def spans_to_sets(text, spans):
    final = text_end(text)
    trimmed = [t for t in (trim(text, s, e) for s, e in spans) if t]
    ends = {e for _, e in trimmed if e < final}
    return ends, set(trimmed)


def single_newlines(text):
    chars = list(text)
    i = 0
    while i + 1 < len(chars):
        if chars[i] == "\n" and chars[i + 1] == "\n":
            chars[i] = " "
            i += 2
        else:
            i += 1
    return "".join(chars)


def wrapped(text, width=72):
    chars = list(text)
    line_start, last_space = 0, -1
    for i, ch in enumerate(chars):
        if ch == "\n":
            line_start, last_space = i + 1, -1
        else:
            if ch == " ":
                last_space = i
            if i - line_start >= width and last_space > line_start:
                chars[last_space] = "\n"
                line_start, last_space = last_space + 1, -1
    return "".join(chars)


VARIANTS = {"original": lambda text: text, "single-newlines": single_newlines, "wrapped": wrapped}


def make_pysbd():
    import pysbd
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)

    def run(text):
        return [(span.start, span.end) for span in segmenter.segment(text)]

    return "pySBD " + pysbd.__version__ if hasattr(pysbd, "__version__") else "pySBD", run


def make_spacy():
    import spacy
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")

    def run(text):
        return [(sent.start_char, sent.end_char) for sent in nlp(text).sents]

    return "spaCy " + spacy.__version__ + " sentencizer", run


FACTORIES = {"pysbd": make_pysbd, "spacy": make_spacy}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default="../shared/corpora/dev/ud-ewt/dev_paragraphs.jsonl")
    parser.add_argument("--tools", default="pysbd,spacy")
    parser.add_argument("--variant", default="original", choices=sorted(VARIANTS))
    parser.add_argument("--json", action="store_true", help="one JSON object per tool instead of a table")
    args = parser.parse_args()

    with open(args.gold, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    for record in records:
        record["text"] = VARIANTS[args.variant](record["text"])

    rows = []
    for key in args.tools.split(","):
        name, run = FACTORIES[key.strip()]()
        boundaries, sentences = Score(), Score()
        seconds = 0.0
        for record in records:
            text = record["text"]
            started = time.perf_counter()
            predicted = run(text)
            seconds += time.perf_counter() - started
            pred_ends, pred_spans = spans_to_sets(text, predicted)
            gold_ends, gold_spans = spans_to_sets(text, record["sentences"])
            boundaries.add(pred_ends, gold_ends)
            sentences.add(pred_spans, gold_spans)
        rows.append((key, name, boundaries, sentences, seconds))

    if args.json:
        for key, name, boundaries, sentences, seconds in rows:
            print(json.dumps({"tool": key, "name": name, "variant": args.variant, "documents": len(records), "seconds": seconds,
                              "boundaries": boundaries.as_json(), "sentences": sentences.as_json()}))
        return
    print(f"{'tool':<34} {'boundary P':>10} {'R':>7} {'F1':>7}   {'sentence F1':>11}")
    for key, name, boundaries, sentences, seconds in rows:
        p, r, f = boundaries.prf()
        print(f"{name:<34} {p:>10.4f} {r:>7.4f} {f:>7.4f}   {sentences.prf()[2]:>11.4f}")


if __name__ == "__main__":
    sys.exit(main())
