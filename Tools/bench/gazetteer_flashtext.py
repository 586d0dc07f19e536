#!/usr/bin/env python3
"""flashtext on the same text and lists as `pipeline bench-gazetteer`, for a side-by-side ratio.

Usage: gazetteer_flashtext.py TEXT.jsonl LIST.tsv [LIST.tsv ...] [--passes N]

TEXT.jsonl holds {"id", "text"} records (bench-gazetteer --write-text); each LIST.tsv is a gazetteer list
(name<TAB>label<TAB>id[<TAB>alias]...; bench-gazetteer --write-lists). Every name and alias becomes a flashtext
keyword (case-insensitive, as the Sift lists' default "smart" mode mostly is). Times are the process's CPU time
(time.process_time), median of N passes after a warm-up, like the Swift side's thread CPU time. One line per list:

FLASHTEXT list=NAME entries=N build_s=S build_rss_mib=M match_words_per_s=W match_mb_per_s=B matches=K
"""
import argparse
import json
import os
import re
import resource
import statistics
import time
from pathlib import Path

from flashtext import KeywordProcessor

WORD_RE = re.compile(r"\w+")


def rss_mib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def load_names(path):
    entries = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = [x.strip() for x in line.split("\t")]
            entries += 1
            yield entries, fields[0], fields[1] if len(fields) > 1 else ""
            for alias in fields[3:]:
                if alias:
                    yield entries, alias, fields[1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("text")
    ap.add_argument("lists", nargs="+")
    ap.add_argument("--passes", type=int, default=5)
    args = ap.parse_args()
    texts = [json.loads(line)["text"] for line in open(args.text, encoding="utf-8") if line.strip()]
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    words = sum(len(WORD_RE.findall(t)) for t in texts)
    for path in args.lists:
        before = rss_mib()
        t0 = time.process_time()
        kp = KeywordProcessor(case_sensitive=False)
        entries = 0
        for entries, name, label in load_names(path):
            kp.add_keyword(name, label)
        build = time.process_time() - t0
        grown = rss_mib() - before
        times = []
        matches = 0
        for run in range(args.passes + 1):
            t0 = time.process_time()
            found = sum(len(kp.extract_keywords(t, span_info=True)) for t in texts)
            if run > 0:
                times.append(time.process_time() - t0)
            matches = found
        median = statistics.median(times)
        name = Path(path).stem.replace("gazetteer-", "")
        print(f"FLASHTEXT list={name} entries={entries} build_s={build:.3f} build_rss_mib={grown:.1f} "
              f"match_words_per_s={words / median:.0f} match_mb_per_s={nbytes / 1e6 / median:.3f} "
              f"match_s={median:.4f} matches={matches}", flush=True)
        del kp


if __name__ == "__main__":
    main()
