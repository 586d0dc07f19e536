#!/usr/bin/env python3
"""The batch benchmark's inputs: the ../shared/corpora/dev/extraction pages repeated to at least --mb MB,
as a directory of .html files, a .tar.gz of them and a .warc.gz (one gzip member per record, as Common
Crawl writes them). Standard library only; deterministic (fixed mtimes and dates).

    make_batch_corpus.py --src ../shared/corpora/dev/extraction --mb 200 --out /tmp/sift-batch
"""
import argparse, gzip, io, os, tarfile, uuid


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--src", required=True)
    parser.add_argument("--mb", type=float, default=200)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    folder = os.path.join(args.src, "html")
    pages = []
    for name in sorted(n for n in os.listdir(folder) if n.endswith(".html.gz")):
        pages.append((name[: -len(".html.gz")], gzip.decompress(open(os.path.join(folder, name), "rb").read())))
    size = sum(len(raw) for _, raw in pages)
    repeats = max(1, -(-int(args.mb * 1e6) // size))
    html = os.path.join(args.out, "html")
    os.makedirs(html, exist_ok=True)
    with open(os.path.join(args.out, "pages.tar.gz"), "wb") as raw_tar, \
            gzip.GzipFile(fileobj=raw_tar, mode="wb", compresslevel=6, mtime=0) as packed, \
            tarfile.open(fileobj=packed, mode="w", format=tarfile.PAX_FORMAT) as tar, \
            open(os.path.join(args.out, "pages.warc.gz"), "wb") as warc:
        for k in range(repeats):
            for pid, raw in pages:
                name = "r%03d-%s.html" % (k, pid)
                open(os.path.join(html, name), "wb").write(raw)
                info = tarfile.TarInfo("html/" + name)
                info.size, info.mtime, info.mode = len(raw), 1577836800, 0o644
                tar.addfile(info, io.BytesIO(raw))
                http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(raw)
                block = http + raw
                record_id = uuid.uuid5(uuid.NAMESPACE_URL, name)
                header = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/%s\r\n"
                          "WARC-Date: 2020-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:%s>\r\n"
                          "Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n" % (name, record_id, len(block)))
                warc.write(gzip.compress(header.encode() + block + b"\r\n\r\n", compresslevel=6, mtime=0))
    print("%d pages x %d = %d documents, %.1f MB of HTML" % (len(pages), repeats, len(pages) * repeats, size * repeats / 1e6))


if __name__ == "__main__":
    main()
