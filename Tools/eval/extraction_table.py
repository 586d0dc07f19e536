#!/usr/bin/env python3
"""Print one table of extraction quality and speed for Sift and its peers, from one run's files.

Usage: extraction_table.py --scores SCORES.json --sift SIFT.json --timings TIMINGS.json [--limit LIMIT.txt]

SCORES.json is score_extraction.py --json output over the predictions folder (Sift's predictions scored by
the benchmark's own scorer, like the peers'); SIFT.json is `pipeline eval extraction --json` (its own
P/R/F1, which must agree, and its throughput); TIMINGS.json is extraction_peers.py's timings; LIMIT.txt is
limit.c's output (its last line gives PARSE_MBPS: libxml2's parse plus a DOM walk).
"""
import argparse
import json
import re
from pathlib import Path


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scores", type=Path, required=True)
    ap.add_argument("--sift", type=Path, required=True)
    ap.add_argument("--timings", type=Path, required=True)
    ap.add_argument("--limit", type=Path)
    args = ap.parse_args()
    scores = json.loads(args.scores.read_text())
    sift = json.loads(args.sift.read_text())
    timings = json.loads(args.timings.read_text())
    speed = {name: (t["pages_per_s"], t["mb_per_s"]) for name, t in timings.items()}
    speed["sift"] = (sift["pages_per_second"], sift["mb_per_second"])
    parse_mbps = None
    if args.limit and args.limit.exists():
        m = re.search(r"PARSE_MBPS\s+([0-9.]+)", args.limit.read_text())
        parse_mbps = float(m.group(1)) if m else None
    base = speed.get("trafilatura", (None, None))[0]
    print("| extractor | F1 | precision | recall | accuracy | pages/s (1 core) | MB/s | × trafilatura |"
          + (" % of libxml2 parse |" if parse_mbps else ""))
    print("|---|---|---|---|---|---|---|---|" + ("---|" if parse_mbps else ""))
    for name, m in sorted(scores.items(), key=lambda kv: -kv[1]["f1"]):
        pps, mbps = speed.get(name, (None, None))
        cells = [name, f"{m['f1']:.4f}", f"{m['precision']:.4f}", f"{m['recall']:.4f}", f"{m['accuracy']:.3f}",
                 f"{pps:.1f}" if pps else "", f"{mbps:.2f}" if mbps else "",
                 f"{pps / base:.1f}×" if pps and base else ""]
        if parse_mbps:
            cells.append(f"{100 * mbps / parse_mbps:.0f}%" if mbps else "")
        print("| " + " | ".join(cells) + " |")
    if parse_mbps:
        print(f"\nlibxml2 parse + DOM walk alone (limit.c PARSE_MBPS): {parse_mbps:.2f} MB/s")
    own = (sift["precision"], sift["recall"], sift["f1"])
    ref = scores.get("sift")
    if ref and max(abs(a - b) for a, b in zip(own, (ref["precision"], ref["recall"], ref["f1"]))) > 1e-6:
        print(f"\nWARNING: pipeline eval extraction's P/R/F1 {own} differ from score_extraction.py's")
    print("\nSift's worst pages (page F1, P, R):")
    for page in sorted(sift["per_page"], key=lambda p: (p["f1"], p["id"]))[:10]:
        p = "-" if page["precision"] is None else f"{page['precision']:.3f}"
        r = "-" if page["recall"] is None else f"{page['recall']:.3f}"
        print(f"  {page['f1']:.3f}  P {p}  R {r}  {page['id'][:16]}  {page.get('url', '')}")


if __name__ == "__main__":
    main()
