#!/usr/bin/env python3
"""Token-span F1 of peer tokenizers (spaCy's blank English tokenizer) on a gold JSON Lines file.

Usage:
    /tmp/peers-venv/bin/python Tools/eval/tokenize_peers.py ../shared/corpora/dev/ud-ewt/dev.jsonl

Each record is {doc_id, text, tokens: [[s, e]], words: [[s, e]], ...} with code-point offsets.
A predicted token is correct when its (start, end) equals a gold span exactly (whitespace is never a
token). Prints precision/recall/F1 against the surface `tokens` layer and against the syntactic
`words` layer (spaCy splits clitics, so `words` is its natural match). Measures peers only: Sift's own
figure comes from Tests/SiftTextTests/TokenizeUDTests.swift.
"""
import json
import sys
import time


def prf(correct, predicted, gold):
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: tokenize_peers.py GOLD.jsonl")
    import spacy

    nlp = spacy.blank("en")
    records = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
    counts = {layer: [0, 0, 0] for layer in ("tokens", "words")}  # correct, predicted, gold
    chars = 0
    started = time.perf_counter()
    for record in records:
        text = record["text"]
        chars += len(text.encode("utf-8"))
        doc = nlp.make_doc(text)
        predicted = {(t.idx, t.idx + len(t.text)) for t in doc if not t.is_space and t.text.strip()}
        for layer, tally in counts.items():
            gold = {tuple(span) for span in record[layer]}
            tally[0] += len(predicted & gold)
            tally[1] += len(predicted)
            tally[2] += len(gold)
    elapsed = time.perf_counter() - started
    print(f"spaCy {spacy.__version__} blank('en') tokenizer on {sys.argv[1]} ({len(records)} docs)")
    for layer, (correct, predicted, gold) in counts.items():
        p, r, f = prf(correct, predicted, gold)
        print(f"  vs gold {layer:6}: P {p:.4f}  R {r:.4f}  F1 {f:.4f}  ({correct} of {predicted} predicted, {gold} gold)")
    print(f"  throughput: {chars / elapsed / 1e6:.2f} MB/s of text (incl. scoring)")


if __name__ == "__main__":
    main()
