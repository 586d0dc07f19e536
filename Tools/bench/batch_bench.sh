#!/usr/bin/env bash
# Batch throughput end to end: the ../shared/corpora/dev/extraction pages repeated to >= 200 MB, read as a
# directory, a tar.gz and a WARC.gz, with --jobs 1 and --jobs 2; peak RSS, scaling 1 -> 2 jobs, and the cost
# of reading each archive next to processing (pipeline bench --read). Release build; output to /dev/null;
# --jobs N runs pinned to N cores (taskset), so the reader thread shares them with the workers.
# Usage: Tools/bench/batch_bench.sh [PIPELINE_BINARY] [CONFIG]   (SIFT_BENCH_MB=200, SIFT_BENCH_REPEATS=3)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-.build/release/pipeline}
config=${2:-Pipelines/news.json}
mb=${SIFT_BENCH_MB:-200}
repeats=${SIFT_BENCH_REPEATS:-5}
shared=../shared/corpora/dev/extraction
[ -d "$shared/html" ] || { echo "needs $shared/html" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
has_taskset=""; command -v taskset >/dev/null && has_taskset=yes
python3 Tools/bench/make_batch_corpus.py --src "$shared" --mb "$mb" --out "$work"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (figures are only comparable on an idle machine)"
printf '%-14s %4s %9s %8s %8s %10s\n' input jobs seconds "MB/s" "docs/s" "peak RSS"
# Best of N per input and job count, the repeats interleaved (every input once per round), so that a slow
# phase of a shared or virtual machine does not fall on one input's runs only.
for _ in $(seq "$repeats"); do
  for input in html pages.tar.gz pages.warc.gz; do
    for jobs in 1 2; do
      # N jobs pinned to N cores: "1 -> 2 cores" means what it says (reading runs on the same cores as the workers)
      pin=(); [ -n "$has_taskset" ] && pin=(taskset -c "0-$((jobs - 1))")
      "${pin[@]}" "$bin" run "$config" "$work/$input" --jobs "$jobs" --quiet --stats "$work/stats.json" -o - > /dev/null || [ $? = 1 ]
      seconds=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["elapsed_seconds"])' "$work/stats.json")
      best="$work/best-$input-$jobs.json"
      if [ ! -f "$best" ] || python3 -c 'import json,sys; sys.exit(0 if float(sys.argv[1]) < json.load(open(sys.argv[2]))["elapsed_seconds"] else 1)' "$seconds" "$best"; then
        cp "$work/stats.json" "$best"
      fi
    done
  done
done
for input in html pages.tar.gz pages.warc.gz; do
  for jobs in 1 2; do
    python3 - "$work/best-$input-$jobs.json" "$input" "$jobs" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print("%-14s %4s %9.2f %8.1f %8.0f %7.0f MB" % (sys.argv[2], sys.argv[3], s["elapsed_seconds"], s["input_mb_per_second"],
      s["documents_per_second"], s["peak_rss_bytes"] / 2**20))
PY
  done
done
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
t = lambda name, jobs: json.load(open("%s/best-%s-%d.json" % (work, name, jobs)))["elapsed_seconds"]
rss = max(json.load(open("%s/best-%s-%d.json" % (work, n, j)))["peak_rss_bytes"] for n in ("html", "pages.tar.gz", "pages.warc.gz") for j in (1, 2))
for name in ("html", "pages.tar.gz", "pages.warc.gz"):
    print("SIFT_SCALING %-14s %.2fx (jobs 1 -> 2)" % (name, t(name, 1) / t(name, 2)))
for name in ("pages.tar.gz", "pages.warc.gz"):
    print("SIFT_ARCHIVE_OVERHEAD %-14s %+.1f%% (jobs 1, vs the directory)" % (name, 100 * (t(name, 1) / t("html", 1) - 1)))
print("SIFT_PEAK_RSS_MB %.0f" % (rss / 2**20))
PY
echo "== reading alone vs processing (one thread): pipeline bench --read"
mkdir -p "$work/one"
pages=("$work"/html/r000-*.html)   # one copy of each page (no `ls | head`: pipefail would stop the script)
cp "${pages[@]}" "$work/one/"
"$bin" bench "$work/one" --config "$config" --passes 1 --read "$work/html" --read "$work/pages.tar.gz" --read "$work/pages.warc.gz" | tail -6
