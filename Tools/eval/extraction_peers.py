#!/usr/bin/env python3
"""Run peer main-content extractors on the extraction dev pages; write one JSONL per tool and timings.

Usage: extraction_peers.py --gold DIR --out OUTDIR --timings FILE [--tools trafilatura,readability,justext] [--runs 1]

DIR is ../shared/corpora/dev/extraction (html/<id>.html.gz + ground-truth.json). Pages are decoded as
UTF-8 (as the benchmark's make_corpus.py does) and handed to each tool as str, the call peers.py uses:
  trafilatura  trafilatura.extract(html, include_comments=False)   (fallbacks on: the benchmark's call)
  readability  readability-lxml Document(html).summary(html_partial=True) -> lxml text_content()
  justext      jusText with the English stoplist, non-boilerplate paragraphs joined by newlines
Writes OUTDIR/<tool>.jsonl ({"id", "text"}, the format score_extraction.py reads) and FILE
({tool: {"pages", "seconds", "pages_per_s", "mb_per_s"}}; kept out of OUTDIR, which holds predictions only). Timing covers the
extract calls only (pages already in memory, one warm-up page first); the best of --runs is kept.
Pin to one core from the caller (taskset -c 0) for single-core figures.
"""
import argparse
import gzip
import json
import time
from pathlib import Path


def load_pages(gold):
    pages = []
    for p in sorted((Path(gold) / "html").glob("*.html.gz")):
        pages.append((p.name[: -len(".html.gz")], gzip.decompress(p.read_bytes()).decode("utf-8")))
    return pages


def tools(names):
    out = {}
    if "trafilatura" in names:
        import trafilatura
        out["trafilatura"] = lambda h: trafilatura.extract(h, include_comments=False) or ""
    if "trafilatura_fast" in names:
        import trafilatura
        out["trafilatura_fast"] = lambda h: trafilatura.extract(h, include_comments=False, fast=True) or ""
    if "readability" in names:
        import lxml.html
        from readability import Document
        out["readability"] = lambda h: lxml.html.fromstring(Document(h).summary(html_partial=True)).text_content()
    if "justext" in names:
        import justext
        stop = justext.get_stoplist("English")
        out["justext"] = lambda h: "\n".join(p.text for p in justext.justext(h, stop) if not p.is_boilerplate)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--tools", default="trafilatura,readability,justext")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--timings", required=True, type=Path)
    args = ap.parse_args()
    pages = load_pages(args.gold)
    nbytes = sum(len(h.encode("utf-8")) for _, h in pages)
    args.out.mkdir(parents=True, exist_ok=True)
    timings_path = args.timings
    timings = json.loads(timings_path.read_text()) if timings_path.exists() else {}
    for name, fn in tools(args.tools.split(",")).items():
        fn(pages[0][1])  # warm-up: imports, lazy tables
        best, texts = None, None
        for _ in range(max(1, args.runs)):
            t0 = time.perf_counter()
            outs = [fn(h) for _, h in pages]
            seconds = time.perf_counter() - t0
            if best is None or seconds < best:
                best, texts = seconds, outs
        with (args.out / f"{name}.jsonl").open("w", encoding="utf-8") as f:
            for (pid, _), text in zip(pages, texts):
                f.write(json.dumps({"id": pid, "text": text}, ensure_ascii=False) + "\n")
        timings[name] = {"pages": len(pages), "seconds": best, "pages_per_s": len(pages) / best,
                         "mb_per_s": nbytes / 1e6 / best}
        print(f"{name}: {len(pages) / best:.1f} pages/s, {nbytes / 1e6 / best:.2f} MB/s", flush=True)
    timings_path.write_text(json.dumps(timings, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
