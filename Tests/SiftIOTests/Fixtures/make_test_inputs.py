#!/usr/bin/env python3
"""Builds the archives and WARC files the SiftIO and CLI tests read; nothing here is committed as a binary.

    make_test_inputs.py pages  SRC_DIR N OUT_DIR   # N pages from SRC_DIR/html/*.html.gz (synthetic ones when absent)
    make_test_inputs.py good   PAGES_DIR OUT_DIR   # the same pages as tar/tgz/bz2/xz/zst, zip, 7z, WARC(.gz), JSON Lines(.gz/.zst)
    make_test_inputs.py faulty OUT_DIR             # good documents mixed with damaged members, truncated streams, junk

`good` needs only the standard library for tar/zip/gzip; .tar.zst needs `zstandard`, .7z `py7zr`, WARC `warcio`
(each is skipped, and left out of manifest.json, when its package is missing). `faulty` writes manifest.json:
for every file, how many output lines it must yield and which error codes must appear among them.
"""
import gzip, io, json, os, sys, tarfile, zipfile

FIXED = 1577836800


def pages_from(folder):
    names = sorted(n for n in os.listdir(folder) if n.endswith(".html"))
    return [(n, open(os.path.join(folder, n), "rb").read()) for n in names]


def write_tar(path, pages, mode):
    target = {"fileobj": path} if isinstance(path, io.BytesIO) else {"name": path}
    with tarfile.open(mode=mode, format=tarfile.PAX_FORMAT, **target) as tf:
        for name, raw in pages:
            info = tarfile.TarInfo("pages/" + name)
            info.size, info.mtime = len(raw), FIXED
            tf.addfile(info, io.BytesIO(raw))


def warc_record(writer, url, raw, headers=None, rid=None, content_type="text/html; charset=utf-8"):
    from warcio.statusandheaders import StatusAndHeaders
    http = StatusAndHeaders("200 OK", headers or [("Content-Type", content_type), ("Content-Length", str(len(raw)))], protocol="HTTP/1.1")
    rec = writer.create_warc_record(url, "response", payload=io.BytesIO(raw), length=len(raw), http_headers=http)
    rec.rec_headers.replace_header("WARC-Date", "2020-01-01T00:00:00Z")
    if rid:
        rec.rec_headers.replace_header("WARC-Record-ID", rid)
    writer.write_record(rec)


def write_warc(path, pages, compress):
    from warcio.warcwriter import WARCWriter
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=compress)
        info = writer.create_warcinfo_record(os.path.basename(path), {"software": "sift tests"})
        writer.write_record(info)
        for name, raw in pages:
            warc_record(writer, "https://example.org/" + name, raw, rid="<urn:test:%s>" % name)


def good(pages_dir, out):
    pages = pages_from(pages_dir)
    made = []
    for ending, mode in [("tar", "w"), ("tar.gz", "w:gz"), ("tgz", "w:gz"), ("tar.bz2", "w:bz2"), ("tar.xz", "w:xz")]:
        write_tar(os.path.join(out, "pages." + ending), pages, mode)
        made.append("pages." + ending)
    with zipfile.ZipFile(os.path.join(out, "pages.zip"), "w", zipfile.ZIP_DEFLATED) as zf:
        for name, raw in pages:
            zf.writestr(zipfile.ZipInfo("pages/" + name, (2020, 1, 1, 0, 0, 0)), raw)
    made.append("pages.zip")
    lines = b"".join(json.dumps({"id": "pages/" + n, "html": r.decode("utf-8")}).encode() + b"\n" for n, r in pages)
    open(os.path.join(out, "pages.jsonl"), "wb").write(lines)
    open(os.path.join(out, "pages.jsonl.gz"), "wb").write(gzip.compress(lines, mtime=0))
    made += ["pages.jsonl", "pages.jsonl.gz"]
    try:
        import zstandard
        tar = io.BytesIO()
        write_tar(tar, pages, "w")
        open(os.path.join(out, "pages.tar.zst"), "wb").write(zstandard.ZstdCompressor().compress(tar.getvalue()))
        open(os.path.join(out, "pages.jsonl.zst"), "wb").write(zstandard.ZstdCompressor().compress(lines))
        made += ["pages.tar.zst", "pages.jsonl.zst"]
    except ImportError:
        pass
    try:
        import py7zr
        with py7zr.SevenZipFile(os.path.join(out, "pages.7z"), "w") as archive:
            for name, raw in pages:
                archive.writestr(raw, "pages/" + name)
        made.append("pages.7z")
    except ImportError:
        pass
    try:
        write_warc(os.path.join(out, "pages.warc.gz"), pages, True)
        write_warc(os.path.join(out, "pages.warc"), pages, False)
        made += ["pages.warc.gz", "pages.warc"]
    except ImportError:
        pass
    json.dump({"pages": [n for n, _ in pages], "files": made}, open(os.path.join(out, "manifest.json"), "w"))


def faulty(out):
    from warcio.warcwriter import WARCWriter
    good_page = b"<html><head><title>Fine</title></head><body><p>A good page. It has two sentences.</p></body></html>"
    deep = b"<div>" * 50000 + b"deep" + b"</div>" * 50000
    manifest = {}

    # WARC.gz: good, latin-1 by HTTP header, cp1251 by <meta>, chunked+gzip, an image (ignored), a damaged
    # member, a record without Content-Length, a deep page, then a good one; the file is complete.
    members = []
    def member(write):
        buffer = io.BytesIO()
        write(WARCWriter(buffer, gzip=True))
        members.append(buffer.getvalue())
    member(lambda w: warc_record(w, "https://example.org/a", good_page, rid="<urn:test:a>"))
    latin = "<html><body><p>Caf\u00e9 cr\u00e8me na\u00efve.</p></body></html>".encode("latin-1")
    member(lambda w: warc_record(w, "https://example.org/latin", latin, rid="<urn:test:latin>", content_type="text/html; charset=ISO-8859-1"))
    cyr = '<html><head><meta charset="windows-1251"></head><body><p>\u041f\u0440\u0438\u0432\u0435\u0442 \u043c\u0438\u0440.</p></body></html>'.encode("cp1251")
    member(lambda w: warc_record(w, "https://example.org/cyr", cyr, rid="<urn:test:cyr>", content_type="text/html"))
    body = gzip.compress(good_page, mtime=0)
    chunked = b"%x\r\n" % len(body) + body + b"\r\n0\r\n\r\n"
    member(lambda w: warc_record(w, "https://example.org/chunked", chunked, rid="<urn:test:chunked>",
                                 headers=[("Content-Type", "text/html"), ("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")]))
    member(lambda w: warc_record(w, "https://example.org/img.png", b"\x89PNG....", rid="<urn:test:img>", content_type="image/png"))
    member(lambda w: warc_record(w, "https://example.org/damaged", good_page * 20, rid="<urn:test:damaged>"))
    damaged = bytearray(members[-1])
    for i in range(40, min(len(damaged) - 12, 200)):
        damaged[i] ^= 0x5A
    members[-1] = bytes(damaged)
    members.append(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:test:nolength>\r\n\r\n\r\n\r\n", mtime=0))
    member(lambda w: warc_record(w, "https://example.org/deep", deep, rid="<urn:test:deep>"))
    member(lambda w: warc_record(w, "https://example.org/z", good_page, rid="<urn:test:z>"))
    open(os.path.join(out, "mixed.warc.gz"), "wb").write(b"".join(members))
    manifest["mixed.warc.gz"] = {"lines": 8, "errors": ["corrupt_data", "invalid_record"]}

    # The same WARC cut in the middle of its last member: the good records before still come out.
    whole = b"".join(members)
    open(os.path.join(out, "truncated.warc.gz"), "wb").write(whole[: len(whole) - len(members[-1]) // 2])
    manifest["truncated.warc.gz"] = {"lines": 8, "errors": ["corrupt_data", "invalid_record", "truncated"]}

    # A zip whose second member's data is damaged (CRC mismatch); the others read fine.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as zf:
        for i in range(4):
            zf.writestr(zipfile.ZipInfo("p%d.html" % i, (2020, 1, 1, 0, 0, 0)), good_page.replace(b"good", b"good %d" % i))
    data = bytearray(buffer.getvalue())
    second = data.find(b"good 1")
    data[second : second + 6] = b"XXXXXX"
    open(os.path.join(out, "damaged.zip"), "wb").write(bytes(data))
    manifest["damaged.zip"] = {"lines": 4, "errors": ["corrupt_data"]}

    # A tar.gz cut short: the members before the cut come out, then one error record.
    tar = io.BytesIO()
    with tarfile.open(fileobj=tar, mode="w", format=tarfile.PAX_FORMAT) as tf:
        for i in range(40):
            raw = good_page + (b"<p>%s</p>" % os.urandom(4000).hex().encode())
            info = tarfile.TarInfo("t%d.html" % i)
            info.size, info.mtime = len(raw), FIXED
            tf.addfile(info, io.BytesIO(raw))
    packed = gzip.compress(tar.getvalue(), mtime=0)
    open(os.path.join(out, "cut.tar.gz"), "wb").write(packed[: len(packed) * 2 // 3])
    manifest["cut.tar.gz"] = {"lines": None, "errors": ["truncated"]}

    # JSON Lines in gzip, cut short.
    lines = b"".join(json.dumps({"id": "j%d" % i, "text": "Line %d is fine. %s" % (i, os.urandom(200).hex())}).encode() + b"\n" for i in range(40))
    packed = gzip.compress(lines, mtime=0)
    open(os.path.join(out, "cut.jsonl.gz"), "wb").write(packed[: len(packed) // 2])
    manifest["cut.jsonl.gz"] = {"lines": None, "errors": ["truncated"]}

    # Binary junk under archive and WARC names.
    junk = os.urandom(5000)
    open(os.path.join(out, "junk.tar"), "wb").write(junk)
    manifest["junk.tar"] = {"lines": 1, "errors": ["corrupt_data"]}
    open(os.path.join(out, "junk.warc.gz"), "wb").write(b"\x1f\x8b\x08" + junk)
    manifest["junk.warc.gz"] = {"lines": 1, "errors": []}  # corrupt_data or truncated, by chance
    json.dump(manifest, open(os.path.join(out, "manifest.json"), "w"), indent=1)


def pages(src, count, out):
    os.makedirs(out, exist_ok=True)
    folder = os.path.join(src, "html")
    names = sorted(n for n in os.listdir(folder) if n.endswith(".html.gz"))[:count] if os.path.isdir(folder) else []
    for name in names:
        open(os.path.join(out, name[:-3]), "wb").write(gzip.decompress(open(os.path.join(folder, name), "rb").read()))
    for i in range(len(names), count):
        body = "".join("<p>Paragraph %d of page %d. It says something, e.g. that Mr. Smith paid $1,000.50 on 2021-08-15.</p>" % (j, i) for j in range(200))
        html = "<html><head><title>Page %d</title></head><body><h1>Page %d</h1>%s</body></html>" % (i, i, body)
        open(os.path.join(out, "synthetic-%02d.html" % i), "w").write(html)


if __name__ == "__main__":
    if sys.argv[1] == "pages":
        pages(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    elif sys.argv[1] == "good":
        good(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "faulty":
        faulty(sys.argv[2])
    else:
        sys.exit(__doc__)
