#!/usr/bin/env python3
"""Readability of each sentence and of the whole document (Flesch reading ease, Flesch-Kincaid grade).

A Sift process stage in Python: requires `text`, `tokens` and `sentences`, provides `readability`:

    {"flesch_reading_ease": 61.3, "flesch_kincaid_grade": 8.9, "words": 120, "sentences": 7, "syllables": 180,
     "by_sentence": [{"start": 0, "end": 54, "words": 11, "syllables": 16, "flesch_reading_ease": 66.1}, ...]}

Worker options: `round` (decimals, default 1), `minimum_words` (sentences with fewer words get no score, default 1).
Syllables are counted with an English vowel-group heuristic; tokens of kind "word" count as words.
"""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import sift_stage  # noqa: E402

VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def syllables(word):
    """English syllables by vowel groups, with the usual silent-e and -le corrections (at least 1)."""
    word = word.lower().strip(".'’")
    if not word:
        return 0
    count = len(VOWEL_GROUPS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    return max(1, count)


def scores(words, sentences, syllable_count):
    if words == 0 or sentences == 0:
        return None, None
    ease = 206.835 - 1.015 * (words / sentences) - 84.6 * (syllable_count / words)
    grade = 0.39 * (words / sentences) + 11.8 * (syllable_count / words) - 15.59
    return ease, grade


def setup(options):
    decimals = options.get("round", 1)
    minimum = options.get("minimum_words", 1)
    if not isinstance(decimals, int) or not 0 <= decimals <= 6:
        raise ValueError(f"round must be an integer from 0 to 6, got {decimals!r}")
    if not isinstance(minimum, int) or minimum < 1:
        raise ValueError(f"minimum_words must be a positive integer, got {minimum!r}")
    return {"round": decimals, "minimum_words": minimum}


def process(request, options):
    text = request["text"]
    tokens = request["layers"]["tokens"]
    digits = options["round"]
    by_sentence = []
    total_words = total_syllables = scored = 0
    for sentence in request["layers"]["sentences"]:
        first, end = sentence["tokens"]
        words = [text[t["start"]:t["end"]] for t in tokens[first:end] if t["kind"] == "word"]
        count = sum(syllables(w) for w in words)
        entry = {"start": sentence["start"], "end": sentence["end"], "words": len(words), "syllables": count}
        ease, _ = scores(len(words), 1, count)
        if ease is not None and len(words) >= options["minimum_words"]:
            entry["flesch_reading_ease"] = round(ease, digits)
            scored += 1
            total_words += len(words)
            total_syllables += count
        by_sentence.append(entry)
    ease, grade = scores(total_words, scored, total_syllables)
    return {"readability": {
        "flesch_reading_ease": None if ease is None else round(ease, digits),
        "flesch_kincaid_grade": None if grade is None else round(grade, digits),
        "words": total_words, "sentences": scored, "syllables": total_syllables,
        "by_sentence": by_sentence,
    }}


if __name__ == "__main__":
    sift_stage.run(process, setup=setup, name="readability",
                   requires=["text", "tokens", "sentences"], provides=["readability"])
